//go:build !wasm

package server

import (
	"net/http"
	"path"
	"slices"
	"strings"

	"github.com/hitcoach/hitcoach/app/ui"
)

// redirects are addresses with no page of their own that should still lead
// somewhere: make run answers them with a 302, and make static writes a
// small page that sends the reader on. One line each; delete the line when
// the address gets its page.
var redirects = map[string]string{}

// NewServer returns the HTTP handler `make run` serves: the go-app handler
// behind compression, with the status codes a static host gives the same
// site (see route).
func NewServer(o Options) (http.Handler, error) {
	h, err := newSite(o)
	if err != nil {
		return nil, err
	}
	pages := make(map[string]bool)
	for _, p := range ui.Paths() {
		pages[p] = true
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o.Pack != "" && r.URL.Path == "/local.json" {
			servePack(w, r, o.Pack)
			return
		}
		switch to, status := route(r.URL.Path, pages); status {
		case http.StatusOK:
			h.ServeHTTP(w, r)
		case http.StatusNotFound:
			if !isPageRequest(r.URL.Path) {
				http.NotFound(w, r)
				return
			}
			// go-app's catch-all route renders the not-found page with a 200.
			h.ServeHTTP(&statusOverride{ResponseWriter: w, status: http.StatusNotFound}, r)
		default:
			if r.URL.RawQuery != "" && status == http.StatusMovedPermanently {
				to += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, to, status)
		}
	})
	return Compression(handler), nil
}

// servePack answers /local.json with the file at path, as it is now: a
// counselor edits it and reloads the page. The service worker asks for it
// with no-cache, so no-cache here keeps the two in step.
func servePack(w http.ResponseWriter, r *http.Request, path string) {
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "application/json")
	http.ServeFile(w, r, path)
}

// route decides how the server answers a path:
//   - a page, a file of the site or anything under /web/ (which answers its
//     own 404s): 200;
//   - another form of a page's address ("/salaries/", "/salaries.html",
//     "/salaries/index.html", "/index.html"): a 301 to the page's own form,
//     "/salaries" and "/". That is the form the app's links use, and the one
//     the loader puts in the address bar whichever form a host served (a
//     plain file server sends /salaries to /salaries/; GitHub Pages serves
//     salaries.html as /salaries);
//   - an address in redirects, in any of those forms: a 302 to its target;
//   - anything else: 404.
func route(urlPath string, pages map[string]bool) (to string, status int) {
	if pages[urlPath] || slices.Contains(siteFiles, urlPath) || strings.HasPrefix(urlPath, "/web/") {
		return "", http.StatusOK
	}
	if target, ok := redirects[urlPath]; ok {
		return target, http.StatusFound
	}
	if canonical := pageAddress(urlPath); canonical != urlPath {
		if _, ok := redirects[canonical]; ok || pages[canonical] {
			return canonical, http.StatusMovedPermanently
		}
	}
	return "", http.StatusNotFound
}

// pageAddress is the page a file host may serve at urlPath: "/salaries" for
// "/salaries/", "/salaries.html" and "/salaries/index.html"; "/" for
// "/index.html". It matches the loader's hitcoachNormalizeAddress and the
// worker's pageKey.
func pageAddress(urlPath string) string {
	p := urlPath
	switch {
	case path.Base(p) == "index.html":
		p = strings.TrimSuffix(p, "index.html")
	case strings.HasSuffix(p, ".html"):
		p = strings.TrimSuffix(p, ".html")
	}
	if len(p) > 1 {
		p = strings.TrimSuffix(p, "/")
	}
	return p
}

// isPageRequest tells page paths from files: files have an extension other
// than .html, and everything under /web/ is a file.
func isPageRequest(urlPath string) bool {
	last := urlPath[strings.LastIndex(urlPath, "/")+1:]
	return !strings.HasPrefix(urlPath, "/web/") && (!strings.Contains(last, ".") || strings.HasSuffix(last, ".html"))
}

// statusOverride replaces the status of a successful response, so unknown
// pages render the app's not-found page with a 404.
type statusOverride struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (s *statusOverride) WriteHeader(code int) {
	if s.wroteHeader {
		return
	}
	s.wroteHeader = true
	if code == http.StatusOK {
		code = s.status
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusOverride) Write(b []byte) (int, error) {
	s.WriteHeader(http.StatusOK)
	return s.ResponseWriter.Write(b)
}
