//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// This file holds the server's answers to go-app's behaviour: each helper
// names the go-app behaviour it corrects, so a go-app upgrade can be checked
// against this one list.

// patchAppJS points go-app's loader at our additions (loader.js). go-app's
// app.js registers the service worker at once and fetches app.wasm itself;
// ours loads the wasm first (app.wasm.gz on a static host, which may
// compress nothing) and registers the worker after. Each edit must match
// exactly once, so a go-app upgrade that changes its loader fails here, at
// start, instead of in a visitor's browser.
func patchAppJS(goappJS []byte, o Options, r webResources) ([]byte, error) {
	plain, gz := wasmURLs(o, r)
	edits := []struct{ old, new string }{
		// Registered after the wasm has loaded, by hitcoachStart.
		{"\ngoappInitServiceWorker();\n", "\n"},
		// Started at the end of our additions, once they are defined.
		{"\ngoappInitWebAssembly();\n", "\n"},
		{"fetchWithProgress(" + strconv.Quote(plain) + ", showProgress)", "hitcoachFetchWasm(showProgress)"},
		// The takeover waits for the browser to have settled what it painted.
		{"\n    go.run(wasm.instance);\n", "\n    await hitcoachPaintSettled();\n    go.run(wasm.instance);\n"},
	}
	js := string(goappJS)
	for _, e := range edits {
		if n := strings.Count(js, e.old); n != 1 {
			return nil, fmt.Errorf("go-app's app.js has changed: %q occurs %d times, want once", e.old, n)
		}
		js = strings.Replace(js, e.old, e.new, 1)
	}
	settings, err := json.Marshal(map[string]string{
		"url":    plain,
		"gz":     gz,
		"root":   o.BasePath,
		"worker": r.Resolve("/app-worker.js"),
	})
	if err != nil {
		return nil, err
	}
	return []byte(js + strings.ReplaceAll(loaderJS, "{{.Settings}}", string(settings))), nil
}

// repairPage applies the fixes below to a page go-app rendered.
func repairPage(page []byte, policy string) []byte {
	return dropHostlessMeta(policyFirst(joinPunctuation(page), policy))
}

// go-app writes every child of an element that has several on a line of its
// own, so the line break before a comma that follows a link is read as a
// space ("Career Guide , citing") until the wasm draws the page again: for
// seconds on a slow line, and for good with scripts off.
var (
	breakBeforePunctuation = regexp.MustCompile(`>\n[ \t]*([,.;:!?%)\]’”])`)
	breakAfterOpening      = regexp.MustCompile(`([(\[‘“])\n[ \t]*<`)
)

// joinPunctuation takes those breaks out of the page's body, and the ones
// after an opening bracket or quote that comes before an element. The head
// is left alone: its scripts are not text to read.
func joinPunctuation(page []byte) []byte {
	at := bytes.Index(page, []byte("<body"))
	if at < 0 {
		return page
	}
	body := breakBeforePunctuation.ReplaceAll(page[at:], []byte(">$1"))
	body = breakAfterOpening.ReplaceAll(body, []byte("$1<"))
	return append(page[:at:at], body...)
}

// cspLine is the policy's meta tag where go-app puts it, with its indent.
var cspLine = regexp.MustCompile(`\n[ \t]*` + regexp.QuoteMeta(cspMeta))

// policyFirst moves the page's security policy to the top of the head. go-app
// writes its raw headers (our policy among them) after its own scripts and
// links, where the policy would not govern them; policy replaces it there,
// with the hash of the page's inline styles.
func policyFirst(page []byte, policy string) []byte {
	html := string(page)
	const charset = `<meta charset="UTF-8">`
	if !strings.Contains(html, cspMeta) || !strings.Contains(html, charset) {
		return page
	}
	html = cspLine.ReplaceAllLiteralString(html, "")
	return []byte(strings.Replace(html, charset, charset+"\n    "+policy, 1))
}

// metaTag, socialImage and pointsNowhere find the og:url and og:image tags
// go-app writes with no host ("https:///coach/about", "https://") when no
// domain is known; go-app orders attributes at random, hence three steps.
var (
	metaTag       = regexp.MustCompile(`\n?[ \t]*<meta [^>]*>`)
	pointsNowhere = regexp.MustCompile(`content="https://(/[^"]*)?"`)
	socialImage   = regexp.MustCompile(`(property|name)="(og:url|og:image|twitter:image)"`)
)

// dropHostlessMeta drops those tags: a static site does not know its host.
func dropHostlessMeta(page []byte) []byte {
	return metaTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		if socialImage.Match(tag) && pointsNowhere.Match(tag) {
			return nil
		}
		return tag
	})
}

// scopeManifest sets the manifest's scope, start_url and id to the home
// page: go-app hard-codes the scope to "/", which under a sub-path leaves the
// start page outside the app. go-app also writes "purpose": "" for plain
// icons; absent means "any".
func scopeManifest(goappManifest []byte, home string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(goappManifest, &m); err != nil {
		return nil, fmt.Errorf("go-app's manifest: %w", err)
	}
	m["scope"] = home
	m["start_url"] = home
	m["id"] = home
	if icons, ok := m["icons"].([]any); ok {
		for _, icon := range icons {
			if fields, ok := icon.(map[string]any); ok && fields["purpose"] == "" {
				delete(fields, "purpose")
			}
		}
	}
	return json.Marshal(m)
}
