//go:build !wasm

package server

import (
	_ "embed"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hitcoach/hitcoach/data/local"
)

// workerJS is our service worker, given to go-app as its template: go-app's
// own precaches only "/" and is cache-first with no fallback, so deep links
// fail offline.
//
//go:embed worker.js
var workerJS string

// precacheLists are what the service worker stores at install: what the
// app needs to start offline, and no pages but the shell. The worker keeps
// the other pages as they are opened; a page never opened opens offline
// from the shell, and the wasm renders it.
type precacheLists struct {
	// Required are what the app cannot start without.
	Required []string
	// Optional are the remaining files in web/: the icons.
	Optional []string
	// Shell is the page navigations fall back to.
	Shell string
	// Pack is the counselor's local.json beside index.html, which the
	// worker keeps and revalidates on its own (worker.js).
	Pack string
}

// wasmURLs are where the loader fetches the wasm: gzipped for a static host,
// which may compress nothing, with the plain file as the fallback.
func wasmURLs(o Options, r webResources) (plain, gz string) {
	plain = r.Resolve("/web/app.wasm")
	if o.Static {
		gz = plain + ".gz"
	}
	return plain, gz
}

// precache lists the URLs the worker stores at install, prefixed for the
// sub-path.
func precache(o Options, r webResources) precacheLists {
	plain, gz := wasmURLs(o, r)
	wasm := plain
	if gz != "" {
		wasm = gz
	}
	l := precacheLists{Shell: r.Resolve("/"), Pack: r.Resolve("/" + local.FileName)}
	// No stylesheet: every page carries its styles (see inlineStyles).
	l.Required = []string{l.Shell, r.Resolve("/app.js"), r.Resolve("/wasm_exec.js"), r.Resolve("/manifest.webmanifest"), wasm}
	required := make(map[string]bool)
	for _, u := range l.Required {
		required[u] = true
	}
	entries, _ := os.ReadDir(filepath.Join(o.Root, "web"))
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "app.wasm" || name == path.Base(stylesheet) || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") || strings.HasPrefix(name, ".") {
			continue
		}
		if u := r.Resolve("/web/" + name); !required[u] {
			l.Optional = append(l.Optional, u)
		}
	}
	sort.Strings(l.Optional)
	return l
}

// workerTemplate fills our lists into the worker; go-app fills in the
// version when it serves app-worker.js.
func workerTemplate(o Options, r webResources) (string, error) {
	l := precache(o, r)
	s := workerJS
	for placeholder, v := range map[string]any{"{{.Required}}": l.Required, "{{.Optional}}": l.Optional, "{{.Shell}}": l.Shell, "{{.Pack}}": l.Pack} {
		b, err := json.Marshal(v)
		if err != nil {
			return "", err
		}
		s = strings.ReplaceAll(s, placeholder, string(b))
	}
	return s, nil
}
