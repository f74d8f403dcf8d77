//go:build !wasm

package bench

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hitcoach/hitcoach/app/server"
)

// staticHost serves a static website from a folder the way a plain static
// host with gzip on does (nginx with gzip_static, say): a page at /x from
// x/index.html or x.html, 404.html for anything else when there is one, and
// every text file and the wasm sent gzipped to a browser that asks for it,
// from the .gz copy beside it (make static writes them) or compressed here
// once, with the same compressor, where there is none (hello's website). A
// .gz file asked for by name is sent as it is, as such a host does.
type staticHost struct {
	dir   string
	files map[string]hostedFile // by path from the site's root, "/index.html"
}

type hostedFile struct {
	body, gzipped []byte
	contentType   string
}

// newStaticHost reads the whole site into memory, so no disk and no
// compression are timed.
func newStaticHost(dir string) (*staticHost, error) {
	h := &staticHost{dir: dir, files: make(map[string]hostedFile)}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f := hostedFile{body: body, contentType: contentTypeOf(p)}
		if gz, err := os.ReadFile(p + ".gz"); err == nil {
			f.gzipped = gz
		} else if compressibleFile(p) {
			f.gzipped = server.Compress("gzip", body)
		}
		h.files["/"+filepath.ToSlash(rel)] = f
		return nil
	})
	return h, err
}

func contentTypeOf(p string) string {
	switch filepath.Ext(p) {
	case ".wasm":
		return "application/wasm"
	case ".gz":
		return "application/gzip"
	case ".webmanifest":
		return "application/manifest+json"
	case ".js":
		return "text/javascript; charset=utf-8"
	}
	if t := mime.TypeByExtension(filepath.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressibleFile(p string) bool {
	switch filepath.Ext(p) {
	case ".html", ".js", ".css", ".json", ".webmanifest", ".svg", ".wasm", ".txt", ".xml":
		return true
	}
	return false
}

func (h *staticHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	status := http.StatusOK
	f, ok := h.files[p]
	for _, alt := range []string{path.Join(p, "index.html"), p + ".html"} {
		if ok {
			break
		}
		f, ok = h.files[alt]
	}
	if !ok {
		status = http.StatusNotFound
		if f, ok = h.files["/404.html"]; !ok {
			http.NotFound(w, r)
			return
		}
	}
	w.Header().Set("Content-Type", f.contentType)
	body := f.body
	if f.gzipped != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		body = f.gzipped
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Header().Set("Vary", "Accept-Encoding")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
