//go:build !wasm

package server

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loaderJS is appended to go-app's app.js: it loads the wasm before
// registering the service worker, unzips app.wasm.gz on static hosts and
// notices updates reliably.
//
//go:embed loader.js
var loaderJS string

// site is the app as both the server and the static writer serve it:
// go-app's handler with our loader, a manifest scoped to the sub-path and a
// page head where the security policy comes first and the styles are inline.
type site struct {
	app      *app.Handler
	version  string
	appJS    []byte
	manifest []byte
	styles   inlineStyles
	pages    *pageCache
}

func newSite(o Options) (*site, error) {
	o.BasePath = strings.TrimRight(o.BasePath, "/")
	h, err := NewHandler(o)
	if err != nil {
		return nil, err
	}
	s := &site{app: h, version: h.Version, pages: newPageCache()}
	resources := h.Resources.(webResources)

	goappJS, err := fetchFromHandler(h, "/app.js")
	if err != nil {
		return nil, err
	}
	if s.appJS, err = patchAppJS(goappJS, o, resources); err != nil {
		return nil, err
	}
	goappManifest, err := fetchFromHandler(h, "/manifest.webmanifest")
	if err != nil {
		return nil, err
	}
	if s.manifest, err = scopeManifest(goappManifest, resources.Resolve("/")); err != nil {
		return nil, err
	}
	goappCSS, err := fetchFromHandler(h, "/app.css")
	if err != nil {
		return nil, err
	}
	ourCSS, err := os.ReadFile(filepath.Join(o.Root, "web", "app.css"))
	if err != nil {
		return nil, fmt.Errorf("the stylesheet is missing: %w", err)
	}
	if s.styles, err = newInlineStyles(string(goappCSS), string(ourCSS)); err != nil {
		return nil, err
	}
	return s, nil
}

func fetchFromHandler(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("go-app served %s with status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// patchAppJS points go-app's loader at our additions. Each edit must match
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

// scopeManifest sets the manifest's scope, start_url and id to the home
// page: go-app hard-codes the scope to "/", which under a sub-path leaves the
// start page outside the app.
func scopeManifest(goappManifest []byte, home string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(goappManifest, &m); err != nil {
		return nil, fmt.Errorf("go-app's manifest: %w", err)
	}
	m["scope"] = home
	m["start_url"] = home
	m["id"] = home
	// go-app writes "purpose": "" for plain icons; absent means "any".
	if icons, ok := m["icons"].([]any); ok {
		for _, icon := range icons {
			if fields, ok := icon.(map[string]any); ok && fields["purpose"] == "" {
				delete(fields, "purpose")
			}
		}
	}
	return json.Marshal(m)
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body []byte
	var contentType string
	switch r.URL.Path {
	case "/app.js", "/goapp.js":
		body, contentType = s.appJS, "application/javascript"
	case "/manifest.webmanifest", "/manifest.json":
		body, contentType = s.manifest, "application/manifest+json"
	}
	if body != nil {
		etag := `"` + s.version + `"`
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	if !isPageRequest(r.URL.Path) {
		s.app.ServeHTTP(w, r)
		return
	}
	address := r.URL.RequestURI()
	if r.Method == http.MethodGet {
		if page, ok := s.pages.get(address); ok {
			page.writeTo(w, r)
			return
		}
	}
	rec := &recorder{header: make(http.Header), status: http.StatusOK}
	s.app.ServeHTTP(rec, r)
	out := rec.body.Bytes()
	if strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
		out = s.styles.inline(fixHead(joinPunctuation(out), s.styles.policy))
		rec.header.Set("Content-Length", strconv.Itoa(len(out)))
	}
	page := &cachedPage{status: rec.status, header: rec.header, body: out}
	// A 304 has no page to keep.
	if r.Method == http.MethodGet && (rec.status == http.StatusOK || rec.status == http.StatusNotFound) {
		s.pages.put(address, page)
	}
	page.writeTo(w, r)
}

// cspLine is the policy's meta tag where go-app puts it, with its indent.
var cspLine = regexp.MustCompile(`\n[ \t]*` + regexp.QuoteMeta(cspMeta))

// metaTag, socialImage and pointsNowhere find the og:url and og:image tags
// go-app writes with no host ("https:///coach/about", "https://") when no
// domain is known; go-app orders attributes at random, hence three steps.
var (
	metaTag       = regexp.MustCompile(`\n?[ \t]*<meta [^>]*>`)
	pointsNowhere = regexp.MustCompile(`content="https://(/[^"]*)?"`)
	socialImage   = regexp.MustCompile(`(property|name)="(og:url|og:image|twitter:image)"`)
)

// fixHead puts policy, the page's security policy as a meta tag, at the top
// of the head in place of go-app's copy among its raw headers, so it governs
// the scripts and styles go-app lists before them, and drops meta tags that
// point nowhere.
func fixHead(page []byte, policy string) []byte {
	html := string(page)
	const charset = `<meta charset="UTF-8">`
	if strings.Contains(html, cspMeta) && strings.Contains(html, charset) {
		html = cspLine.ReplaceAllLiteralString(html, "")
		html = strings.Replace(html, charset, charset+"\n    "+policy, 1)
	}
	html = metaTag.ReplaceAllStringFunc(html, func(tag string) string {
		if socialImage.MatchString(tag) && pointsNowhere.MatchString(tag) {
			return ""
		}
		return tag
	})
	return []byte(html)
}
