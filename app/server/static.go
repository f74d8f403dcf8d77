//go:build !wasm

package server

import (
	"errors"
	"flag"
	"fmt"
	"html"
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
// 404.html is the not-found page hosts such as GitHub Pages use, and each
// address in redirects gets a page that moves on to its target. Text files
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

	for _, f := range siteFiles {
		if err := fetchTo(srv.URL+f, filepath.Join(out, f), http.StatusOK); err != nil {
			return err
		}
	}
	for _, p := range ui.Paths() {
		for _, f := range pageFiles(out, p) {
			if err := fetchTo(srv.URL+p, f, http.StatusOK); err != nil {
				return err
			}
		}
	}
	if err := fetchTo(srv.URL+"/this-page-does-not-exist", filepath.Join(out, "404.html"), http.StatusOK); err != nil {
		return err
	}
	if err := writeRedirectPages(srv.URL, out, s.app.Resources.Resolve); err != nil {
		return err
	}
	if err := checkFolders(ui.Paths()); err != nil {
		return err
	}
	if err := copyDir(filepath.Join(root, "web"), filepath.Join(out, "web")); err != nil {
		return err
	}
	return precompressTree(out)
}

// pageFiles are the files a page's address is written to: route/index.html
// and route.html, so that a host that looks for an index and one that adds
// ".html" both find it.
func pageFiles(out, urlPath string) []string {
	files := []string{filepath.Join(out, filepath.FromSlash(urlPath), "index.html")}
	if urlPath != "/" {
		files = append(files, filepath.Join(out, filepath.FromSlash(urlPath)+".html"))
	}
	return files
}

// writeRedirectPages writes a page for each address in redirects that sends
// the browser on at once: a static host cannot answer with a 302. Its title
// is the target page's, read from the site.
func writeRedirectPages(siteURL, out string, resolve func(string) string) error {
	for from, to := range redirects {
		title, err := pageTitle(siteURL + to)
		if err != nil {
			return err
		}
		page := redirectPage(resolve(to), title)
		for _, f := range pageFiles(out, from) {
			if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(f, page, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

var titleElement = regexp.MustCompile(`<title>([^<]*)</title>`)

func pageTitle(url string) (string, error) {
	res, err := http.Get(url)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return "", err
	}
	m := titleElement.FindSubmatch(b)
	if res.StatusCode != http.StatusOK || m == nil {
		return "", fmt.Errorf("%s: %s, with no title for a page that leads to it", url, res.Status)
	}
	return html.UnescapeString(string(m[1])), nil
}

// redirectPage sends the browser to target by a meta refresh, which the
// security policy does not govern, with a link for a browser that does not
// follow it.
func redirectPage(target, title string) []byte {
	// Page titles end with the app's name, which the heading leaves out.
	heading, _, _ := strings.Cut(title, " · ")
	t, h, to := html.EscapeString(title), html.EscapeString(heading), html.EscapeString(target)
	return []byte(`<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    ` + cspMeta + `
    <meta name="robots" content="noindex">
    <meta http-equiv="refresh" content="0; url=` + to + `">
    <link rel="canonical" href="` + to + `">
    <title>` + t + `</title>
</head>
<body>
    <main>
        <h1>` + h + `</h1>
        <p>This page has moved: <a href="` + to + `">` + h + `</a>.</p>
    </main>
</body>
</html>
`)
}

// checkFolders refuses a site where a folder that holds pages, such as
// careers/, is neither a page nor in redirects: a plain file server would
// list its files, and a copy of the not-found page there would answer
// "Page not found" with status 200.
func checkFolders(paths []string) error {
	known := make(map[string]bool)
	for _, p := range paths {
		known[p] = true
	}
	for p := range redirects {
		known[p] = true
	}
	for _, p := range paths {
		for dir := path.Dir(p); dir != "/" && dir != "."; dir = path.Dir(dir) {
			if !known[dir] {
				return fmt.Errorf("the folder %s/ holds pages but is neither a page nor in redirects (app/server/server.go): give it a page or a redirect", dir)
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
// other copies only when they are smaller. Files with the same content, such
// as route.html and route/index.html, are compressed once.
func precompressTree(dir string) error {
	same := make(map[string][]string) // content → files
	var contents []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !precompressible[filepath.Ext(path)] {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		content := string(b)
		if same[content] == nil {
			contents = append(contents, content)
		}
		same[content] = append(same[content], path)
		return nil
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
			for _, content := range contents {
				if err := precompressFiles(same[content], []byte(content), enc); err != nil {
					errs[i] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// precompressFiles writes body compressed with enc beside each of files,
// which all hold body.
func precompressFiles(files []string, body []byte, enc string) error {
	out := Compress(enc, body)
	ext := ".gz"
	if enc == "br" {
		ext = ".br"
	}
	for _, path := range files {
		isWasmGz := filepath.Ext(path) == ".wasm" && enc == "gzip"
		if len(out) >= len(body) && !isWasmGz {
			continue
		}
		if err := os.WriteFile(path+ext, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func defineStatic(fs *flag.FlagSet) func(args []string) error {
	root := fs.String("root", ".", "the folder that holds web/ with the built app.wasm (make build)")
	out := fs.String("out", "dist", "the folder to write the site to; an earlier build there is replaced")
	base := fs.String("base", "", "the sub-path the site is hosted under, such as /coach (make static BASE_PATH=/coach);\nempty for the root of a host")
	return func([]string) error {
		if err := checkData(); err != nil {
			return err
		}
		if err := GenerateStatic(*root, *out, *base); err != nil {
			return err
		}
		clean, _ := cleanBasePath(*base) // GenerateStatic has accepted it
		summary, err := summarizeSite(*out, clean)
		if err != nil {
			return err
		}
		fmt.Print(summary)
		return nil
	}
}

// summarizeSite says what make static wrote and what to do with it, for the
// counselor who will upload it.
func summarizeSite(out, base string) (string, error) {
	var files, copies int
	var size, copiesSize int64
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		size += info.Size()
		if isPrecompressed(path) {
			copies++
			copiesSize += info.Size()
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	folder, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	where := "at the root of a web host, such as https://coach.example.org/"
	if base != "" {
		where = "under " + base + "/, such as https://www.example.org" + base + "/"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Wrote the HIT Career Coach as a static site to %s%c\n", folder, filepath.Separator)
	fmt.Fprintf(&b, "  %d files, %s in all; %d of them, %s, are the .gz and .br copies.\n", files, megabytes(size), copies, megabytes(copiesSize))
	if base == "" {
		fmt.Fprintf(&b, "  Base path: none. The site works %s.\n", where)
	} else {
		fmt.Fprintf(&b, "  Base path: %s. The site works only %s.\n", base, where)
	}
	b.WriteString("Next: upload everything inside that folder to the web host as it is, with its\n" +
		"folders and the .gz and .br copies; set index.html as the index document and\n" +
		"404.html as the error document. README.md, \"Host it yourself\", says more.\n")
	return b.String(), nil
}

// megabytes writes a size as a web host's control panel would: "18.2 MB".
func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
