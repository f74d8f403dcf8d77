//go:build !wasm

package server

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/hitcoach/hitcoach/app/ui"
)

// GenerateStatic writes a self-contained site to out that any static file
// host can serve with no rewrite rules, at its root or under base (such as
// "/coach"). Every page is written both as route.html and route/index.html,
// so a deep link opens whether the host adds ".html" or looks for an index;
// 404.html is the not-found page hosts such as GitHub Pages use. Text files
// and the wasm also get precompressed .gz and .br copies, for hosts that
// serve those, and app.wasm.gz is what the loader fetches on hosts that
// compress nothing.
func GenerateStatic(root, out, base string) error {
	base, err := cleanBasePath(base)
	if err != nil {
		return err
	}
	s, err := newSite(Options{Root: root, BasePath: base, Static: true})
	if err != nil {
		return err
	}
	if err := clearOutput(root, out); err != nil {
		return err
	}
	srv := httptest.NewServer(s)
	defer srv.Close()

	for _, f := range []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"} {
		if err := fetchTo(srv.URL+f, filepath.Join(out, f), http.StatusOK); err != nil {
			return err
		}
	}
	for _, p := range ui.Paths() {
		targets := []string{filepath.Join(out, filepath.FromSlash(p), "index.html")}
		if p != "/" {
			targets = append(targets, filepath.Join(out, filepath.FromSlash(p)+".html"))
		}
		for _, t := range targets {
			if err := fetchTo(srv.URL+p, t, http.StatusOK); err != nil {
				return err
			}
		}
	}
	notFound := filepath.Join(out, "404.html")
	if err := fetchTo(srv.URL+"/this-page-does-not-exist", notFound, http.StatusOK); err != nil {
		return err
	}
	if err := indexParentFolders(out, notFound); err != nil {
		return err
	}
	if err := copyDir(filepath.Join(root, "web"), filepath.Join(out, "web")); err != nil {
		return err
	}
	return precompressTree(out)
}

// indexParentFolders gives folders that hold pages but are no page
// themselves, such as careers/, the not-found page as their index: a plain
// file server would list their files instead.
func indexParentFolders(out, notFound string) error {
	page, err := os.ReadFile(notFound)
	if err != nil {
		return err
	}
	for _, p := range ui.Paths() {
		for dir := path.Dir(p); dir != "/" && dir != "."; dir = path.Dir(dir) {
			index := filepath.Join(out, filepath.FromSlash(dir), "index.html")
			if _, err := os.Stat(index); err == nil {
				continue
			}
			if err := os.WriteFile(index, page, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

var safeBasePath = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)*$`)

// cleanBasePath accepts "", "/", "coach", "/coach/" and "/a/b", and refuses
// anything that is not a plain path, since it ends up in HTML, JSON and
// JavaScript.
func cleanBasePath(base string) (string, error) {
	b := strings.Trim(strings.TrimSpace(base), "/")
	if b == "" {
		return "", nil
	}
	b = "/" + b
	if !safeBasePath.MatchString(b) || strings.Contains(b+"/", "/../") || strings.Contains(b+"/", "/./") {
		return "", fmt.Errorf("base path %q: use a plain path such as /coach (letters, digits, . _ ~ - and /)", base)
	}
	return b, nil
}

// clearOutput empties out for a fresh build, but refuses to delete a
// directory that is not an earlier build, such as the repository itself.
func clearOutput(root, out string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	if absOut == absRoot || strings.HasPrefix(absRoot+string(filepath.Separator), absOut+string(filepath.Separator)) {
		return fmt.Errorf("output directory %s would delete the app's own files in %s", out, root)
	}
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(out, "app-worker.js")); err != nil {
			return fmt.Errorf("output directory %s is not empty and holds no earlier build: remove it or choose another", out)
		}
	}
	return os.RemoveAll(out)
}

func fetchTo(url, path string, want int) error {
	res, err := http.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != want {
		return fmt.Errorf("%s: %s", url, res.Status)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, res.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// copyDir copies web/ without compressed leftovers: precompressTree writes
// fresh ones.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if isPrecompressed(path) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

func isPrecompressed(path string) bool {
	return strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".br")
}

// precompressible are the file types worth compressing; images other than
// SVG are compressed already.
var precompressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".webmanifest": true, ".json": true,
	".svg": true, ".wasm": true, ".txt": true, ".xml": true,
}

// precompressTree writes file.gz and file.br beside every text file and the
// wasm. The wasm's .gz is always written, since the loader depends on it;
// other copies only when they are smaller.
func precompressTree(dir string) error {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && precompressible[filepath.Ext(path)] {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return err
	}
	// The wasm takes most of the time; the two encodings run side by side.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, enc := range []string{"gzip", "br"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, f := range files {
				if err := precompressFile(f, enc); err != nil {
					errs[i] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func precompressFile(path, enc string) error {
	body, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out := Compress(enc, body)
	ext := ".gz"
	if enc == "br" {
		ext = ".br"
	}
	isWasmGz := filepath.Ext(path) == ".wasm" && enc == "gzip"
	if len(out) >= len(body) && !isWasmGz {
		return nil
	}
	return os.WriteFile(path+ext, out, 0o644)
}
