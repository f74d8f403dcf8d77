//go:build !wasm

// Package e2e holds the browser tests: they build the real wasm, start the
// real server on a loopback port and drive headless Chromium through
// chromedp, reading what a person would read. The package has no code of
// its own besides its tests.
package e2e
