//go:build !wasm

// Package engines drives the browsers that are not Chromium, so the paths a
// student hits first are tested in the engines of Firefox and Safari too:
// Firefox ESR over WebDriver BiDi, and WebKitGTK's MiniBrowser (the engine
// behind Safari) over classic WebDriver, both from Debian packages. The
// tests themselves are in firefox/ and webkit/; the paths they share are in
// paths.go. Chromium keeps the deep suite in the packages beside this one.
//
// The clients are our own, and small, on purpose:
//
//   - No maintained Go client drives these browsers. The Go WebDriver
//     clients speak classic WebDriver only, are no longer kept up, and
//     would need geckodriver for Firefox, which Debian does not package.
//     The Go CDP clients (chromedp, rod) cannot drive Firefox, which no
//     longer speaks CDP. playwright-go is kept up, but it runs Playwright's
//     Node.js driver and its own patched browser builds, downloaded, not
//     Debian's Firefox ESR or WebKitGTK. Firefox serves BiDi itself on
//     --remote-debugging-port, so a few commands over one WebSocket are
//     enough (firefox.go).
//   - The WebSocket is golang.org/x/net/websocket, already in the module
//     graph through go-app and kept by the Go team. (chromedp talks to
//     Chromium over a pipe now and brings no WebSocket library.) Its Conn
//     reads as one stream across frames, so a message the browser splits
//     into fragments still decodes.
//   - WebKitGTK's WebKitWebDriver speaks classic WebDriver: JSON over HTTP,
//     which net/http does (webkit.go).
//
// Both implement Page, and Tab wraps a Page for tests the way app/e2e's Tab
// wraps a Chromium tab: it waits for the app to take over, polls for what
// a person would see and reports what the page complained about.
package engines
