//go:build !wasm

package server

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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

// siteFiles are the files at the site's root besides the pages and web/:
// make static writes them, and make run answers any other file with a 404.
var siteFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"}

func fetchFromHandler(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("go-app served %s with status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body []byte
	var contentType string
	switch r.URL.Path {
	case "/app.js":
		body, contentType = s.appJS, "application/javascript"
	case "/manifest.webmanifest":
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
		out = s.styles.inline(repairPage(out, s.styles.policy))
		rec.header.Set("Content-Length", strconv.Itoa(len(out)))
	}
	page := &cachedPage{status: rec.status, header: rec.header, body: out}
	// A 304 has no page to keep.
	if r.Method == http.MethodGet && (rec.status == http.StatusOK || rec.status == http.StatusNotFound) {
		s.pages.put(address, page)
	}
	page.writeTo(w, r)
}
