//go:build !wasm

package server

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/hitcoach/hitcoach/app/ui"
)

// GenerateStatic writes a self-contained site to out that any static file
// host can serve, at its root or under base. Every page is written both as
// route.html and route/index.html, so deep links work without rewrites.
func GenerateStatic(root, out, base string) error {
	h, err := NewHandler(Options{Root: root, BasePath: base})
	if err != nil {
		return err
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	if err := os.RemoveAll(out); err != nil {
		return err
	}
	files := []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"}
	for _, f := range files {
		if err := fetchTo(srv.URL+f, filepath.Join(out, f)); err != nil {
			return err
		}
	}
	for _, p := range ui.Paths() {
		targets := []string{filepath.Join(out, p, "index.html")}
		if p != "/" {
			targets = append(targets, filepath.Join(out, p+".html"))
		}
		for _, t := range targets {
			if err := fetchTo(srv.URL+p, t); err != nil {
				return err
			}
		}
	}
	if err := fetchTo(srv.URL+"/this-page-does-not-exist", filepath.Join(out, "404.html")); err != nil {
		return err
	}
	return copyDir(filepath.Join(root, "web"), filepath.Join(out, "web"))
}

func fetchTo(url, path string) error {
	res, err := http.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK && !strings.HasSuffix(path, "404.html") {
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
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
