//go:build !wasm

package server

import (
	"net/http"
	"strings"

	"github.com/hitcoach/hitcoach/app/ui"
)

// NewServer returns the HTTP handler `make run` serves: the go-app handler
// behind compression, answering unknown pages with a 404 status.
func NewServer(o Options) (http.Handler, error) {
	h, err := newSite(o)
	if err != nil {
		return nil, err
	}
	pages := make(map[string]bool)
	for _, p := range ui.Paths() {
		pages[p] = true
	}
	var handler http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isPageRequest(r.URL.Path) && !pages[r.URL.Path] {
			w = &statusOverride{ResponseWriter: w, status: http.StatusNotFound}
		}
		h.ServeHTTP(w, r)
	})
	return Compression(handler), nil
}

// isPageRequest tells page paths from files: files have an extension.
func isPageRequest(path string) bool {
	last := path[strings.LastIndex(path, "/")+1:]
	return !strings.Contains(last, ".") && !strings.HasPrefix(path, "/web/")
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
