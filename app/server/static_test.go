//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/ui"
)

// builtSites are sites written once, by base path as cleanBasePath writes
// it, for the tests that only read them: under the race detector (make
// test) each build takes seconds.
var builtSites struct {
	dir, root string
	out       map[string]string
}

func builtSite(t *testing.T, base string) string {
	t.Helper()
	if builtSites.dir == "" {
		dir, err := os.MkdirTemp("", "hitcoach-server-test-")
		if err != nil {
			t.Fatal(err)
		}
		builtSites.dir, builtSites.root, builtSites.out = dir, filepath.Join(dir, "root"), map[string]string{}
		fillTestRoot(t, builtSites.root)
	}
	clean, err := cleanBasePath(base)
	if err != nil {
		t.Fatal(err)
	}
	if out, ok := builtSites.out[clean]; ok {
		return out
	}
	out := filepath.Join(builtSites.dir, fmt.Sprintf("dist%d", len(builtSites.out)))
	if err := GenerateStatic(builtSites.root, out, base); err != nil {
		t.Fatalf("GenerateStatic(%q): %v", base, err)
	}
	builtSites.out[clean] = out
	return out
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStaticSiteHasEveryPageInBothLayouts(t *testing.T) {
	for _, base := range []string{"", "/coach"} {
		out := builtSite(t, base)
		for _, p := range ui.Paths() {
			files := []string{filepath.Join(out, filepath.FromSlash(p), "index.html")}
			if p != "/" {
				files = append(files, filepath.Join(out, filepath.FromSlash(p)+".html"))
			}
			for _, f := range files {
				page := string(readFile(t, f))
				if !strings.Contains(page, `src="`+base+`/app.js"`) {
					t.Errorf("base %q: %s does not load %s/app.js", base, f, base)
				}
				if !strings.Contains(page, `href="`+base+`/about"`) {
					t.Errorf("base %q: %s has no link to %s/about", base, f, base)
				}
				// Under a sub-path too, the styles are in the page, not linked.
				if strings.Contains(page, `rel="stylesheet"`) || strings.Count(page, "<style>") != 1 {
					t.Errorf("base %q: %s links a stylesheet or lacks its one style element", base, f)
				}
			}
		}
		if page := string(readFile(t, filepath.Join(out, "404.html"))); !strings.Contains(page, "Page not found") {
			t.Errorf("base %q: 404.html is not the not-found page", base)
		}
		if page := string(readFile(t, filepath.Join(out, "careers", "index.html"))); strings.Contains(page, "Page not found") || !strings.Contains(page, "<h1>Careers</h1>") {
			t.Errorf("base %q: careers/index.html is not the careers page", base)
		}
		for _, f := range []string{"app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest", "web/app.wasm", "web/app.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/icon-maskable.png"} {
			if _, err := os.Stat(filepath.Join(out, f)); err != nil {
				t.Errorf("base %q: %v", base, err)
			}
		}
	}
}

func TestStaticManifestIsScopedToTheSubPath(t *testing.T) {
	// "coach/" is written as /coach, so it shares that build.
	for base, want := range map[string]string{"": "/", "/coach": "/coach/", "coach/": "/coach/"} {
		out := builtSite(t, base)
		var m struct {
			Scope, StartURL, ID, Display, Name string
			Icons                              []struct{ Src, Sizes, Purpose, Type string }
		}
		b := readFile(t, filepath.Join(out, "manifest.webmanifest"))
		if err := json.Unmarshal(bytes.ReplaceAll(b, []byte(`"start_url"`), []byte(`"startURL"`)), &m); err != nil {
			t.Fatal(err)
		}
		if m.Scope != want || m.StartURL != want || m.ID != want {
			t.Errorf("base %q: scope %q, start_url %q, id %q; want %q", base, m.Scope, m.StartURL, m.ID, want)
		}
		if m.Display != "standalone" || m.Name == "" {
			t.Errorf("base %q: display %q, name %q", base, m.Display, m.Name)
		}
		sizes := map[string]bool{}
		for _, ic := range m.Icons {
			if !strings.HasPrefix(ic.Src, strings.TrimSuffix(want, "/")+"/web/") {
				t.Errorf("base %q: icon %s is not one of ours", base, ic.Src)
			}
			if _, err := os.Stat(filepath.Join(out, strings.TrimPrefix(ic.Src, strings.TrimSuffix(want, "/")))); err != nil {
				t.Errorf("base %q: icon %s is missing: %v", base, ic.Src, err)
			}
			sizes[ic.Sizes+" "+ic.Purpose] = true
		}
		for _, s := range []string{"192x192 ", "512x512 ", "512x512 maskable", "any "} {
			if !sizes[s] {
				t.Errorf("base %q: no %q icon", base, s)
			}
		}
	}
}

func TestStaticSiteIsPrecompressed(t *testing.T) {
	out := builtSite(t, "/coach")
	for _, f := range []string{"index.html", "salaries.html", "salaries/index.html", "app.js", "wasm_exec.js", "web/app.wasm", "web/app.css"} {
		plain := readFile(t, filepath.Join(out, f))
		for _, enc := range []string{"gzip", "br"} {
			ext := map[string]string{"gzip": ".gz", "br": ".br"}[enc]
			packed := readFile(t, filepath.Join(out, f+ext))
			if len(packed) >= len(plain) {
				t.Errorf("%s%s is %d bytes, the file %d", f, ext, len(packed), len(plain))
			}
			if got := decode(t, enc, packed); !bytes.Equal(got, plain) {
				t.Errorf("%s%s does not decode to %s", f, ext, f)
			}
		}
	}
	for _, f := range []string{"web/icon-192.png.gz", "web/icon-512.png.br"} {
		if _, err := os.Stat(filepath.Join(out, f)); err == nil {
			t.Errorf("%s: PNGs are compressed already", f)
		}
	}
	js := string(readFile(t, filepath.Join(out, "app.js")))
	if !strings.Contains(js, `"gz":"/coach/web/app.wasm.gz"`) || !strings.Contains(js, `"url":"/coach/web/app.wasm"`) {
		t.Errorf("the static loader does not fetch app.wasm.gz with app.wasm as the fallback")
	}
	lists := workerLists(t, string(readFile(t, filepath.Join(out, "app-worker.js"))))
	if !contains(lists["requiredResources"], "/coach/web/app.wasm.gz") || contains(lists["requiredResources"], "/coach/web/app.wasm") {
		t.Errorf("the static worker should precache app.wasm.gz only: %v", lists["requiredResources"])
	}
	if !contains(lists["requiredResources"], "/coach/") || !contains(lists["requiredResources"], "/coach/app.js") {
		t.Errorf("the static worker does not require the shell and the loader: %v", lists["requiredResources"])
	}
	// Pages but the shell are kept as they are opened, not at install.
	for _, p := range ui.Paths() {
		if p != "/" && (contains(lists["requiredResources"], "/coach"+p) || contains(lists["optionalResources"], "/coach"+p)) {
			t.Errorf("the static worker precaches page /coach%s", p)
		}
	}
}

// urlInAttribute finds the values of attributes that make a browser fetch
// or go somewhere; text that merely shows an address is not a request.
var (
	urlInAttribute = regexp.MustCompile(`\s(?:href|src|srcset|content|action|poster|data|formaction|manifest)="([^"]*)"`)
	urlInCSS       = regexp.MustCompile(`url\(\s*['"]?([^'")]*)`)
	urlInJSString  = regexp.MustCompile("[\"'`](https?:)?//[^\"'`]*")
	// namesHost is "//" starting an address ("//host", "https://host"), not
	// "//" inside a word, as in a base64 style hash of the security policy.
	namesHost = regexp.MustCompile(`(?:^|[\s'"(,=])(?:[A-Za-z][A-Za-z0-9+.-]*:)?//`)
)

func TestStaticSiteNamesNoOtherHost(t *testing.T) {
	out := builtSite(t, "/coach")
	var checked int
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || isPrecompressed(path) {
			return err
		}
		b := string(readFile(t, path))
		var found []string
		switch filepath.Ext(path) {
		case ".html":
			for _, m := range urlInAttribute.FindAllStringSubmatch(b, -1) {
				found = append(found, m[1])
			}
			if !strings.Contains(b, `<meta http-equiv="Content-Security-Policy"`) {
				t.Errorf("%s has no Content-Security-Policy", path)
			}
		case ".css":
			for _, m := range urlInCSS.FindAllStringSubmatch(b, -1) {
				found = append(found, m[1])
			}
		case ".js":
			found = urlInJSString.FindAllString(b, -1)
		case ".webmanifest":
			var m map[string]any
			if err := json.Unmarshal([]byte(b), &m); err != nil {
				t.Errorf("%s: %v", path, err)
			}
			found = append(found, strings.Fields(strings.NewReplacer(`"`, " ", ",", " ").Replace(b))...)
		default:
			return nil
		}
		checked++
		for _, u := range found {
			if namesHost.MatchString(u) {
				t.Errorf("%s names another host: %q", path, u)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < len(ui.Paths())*2 {
		t.Errorf("checked only %d files", checked)
	}
}

func TestStaticOutputRefusesToDeleteOtherFiles(t *testing.T) {
	root := testRoot(t)
	if err := GenerateStatic(root, root, ""); err == nil {
		t.Error("writing the site over its own root succeeded")
	}
	other := t.TempDir()
	writeFile(t, filepath.Join(other, "notes.txt"), []byte("keep me"))
	if err := GenerateStatic(root, other, ""); err == nil {
		t.Error("writing the site over a folder of other files succeeded")
	}
	if _, err := os.Stat(filepath.Join(other, "notes.txt")); err != nil {
		t.Errorf("a refused build deleted a file: %v", err)
	}
	// An earlier build, as clearOutput knows one: by its app-worker.js. A
	// rebuild starts from empty, so no file of the earlier one is left.
	out := t.TempDir()
	writeFile(t, filepath.Join(out, "app-worker.js"), []byte("old"))
	writeFile(t, filepath.Join(out, "stale.html"), []byte("old"))
	if err := clearOutput(root, out); err != nil {
		t.Fatalf("clearing an earlier build: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "stale.html")); err == nil {
		t.Error("a rebuild keeps a file of the earlier build")
	}
	if err := GenerateStatic(root, t.TempDir(), "/a b"); err == nil {
		t.Error("a base path with a space was accepted")
	}
}

// TestNoFolderAnswersPageNotFound walks the site for an index.html that is
// the not-found page: a host serves it with status 200 (careers/ once did).
// Addresses in redirects get a page that sends the browser to their target.
func TestNoFolderAnswersPageNotFound(t *testing.T) {
	for _, base := range []string{"", "/coach"} {
		out := builtSite(t, base)
		notFound := readFile(t, filepath.Join(out, "404.html"))
		var indexes int
		err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.Name() != "index.html" {
				return err
			}
			indexes++
			if page := readFile(t, path); bytes.Equal(page, notFound) || bytes.Contains(page, []byte("Page not found")) {
				t.Errorf("base %q: %s is the not-found page", base, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if indexes < len(ui.Paths()) {
			t.Errorf("base %q: %d index.html files for %d pages", base, indexes, len(ui.Paths()))
		}
		for from, to := range redirects {
			for _, f := range pageFiles(out, from) {
				page := string(readFile(t, f))
				if want := `<meta http-equiv="refresh" content="0; url=` + base + to + `">`; !strings.Contains(page, want) {
					t.Errorf("base %q: %s does not send the browser to %s%s:\n%s", base, f, base, to, page)
				}
				if !strings.Contains(page, `<a href="`+base+to+`">`) {
					t.Errorf("base %q: %s has no link to %s%s", base, f, base, to)
				}
				if !strings.Contains(page, cspMeta) {
					t.Errorf("base %q: %s has no security policy", base, f)
				}
			}
		}
	}
}

// TestStaticSiteOnAPlainFileServer serves the site as a plain file server
// does (Go's, like python3 -m http.server, sends /salaries to /salaries/ and
// has no not-found page) and follows what a browser follows.
func TestStaticSiteOnAPlainFileServer(t *testing.T) {
	out := builtSite(t, "")
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, p := range ui.Paths() {
		for _, form := range []string{p, p + "/", p + ".html"} {
			if p == "/" && form != "/" {
				continue
			}
			res, body := fetch(t, srv.URL+form)
			if want := readFile(t, pageFiles(out, p)[0]); res.StatusCode != http.StatusOK || !bytes.Equal(body, want) {
				t.Errorf("%s: status %d and not the page of %s", form, res.StatusCode, p)
			}
		}
	}
	for from, to := range redirects {
		for _, form := range []string{from, from + "/", from + ".html"} {
			res, body := fetch(t, srv.URL+form)
			if res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte("url="+to+`"`)) {
				t.Errorf("%s: status %d, want the page that moves on to %s", form, res.StatusCode, to)
			}
		}
	}
	if res, _ := fetch(t, srv.URL+"/no-such-page"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/no-such-page: status %d, want 404", res.StatusCode)
	}
}

func fetch(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func TestFoldersOfPagesNeedAPageOrARedirect(t *testing.T) {
	if err := checkFolders(ui.Paths()); err != nil {
		t.Errorf("the app's pages: %v", err)
	}
	err := checkFolders([]string{"/", "/guides/coding/icd-10"})
	if err == nil || !strings.Contains(err.Error(), "/guides/coding/") {
		t.Errorf("a folder with no page of its own: error %v, want one naming /guides/coding/", err)
	}
}

func TestStaticSummary(t *testing.T) {
	out := builtSite(t, "/coach")
	var files, copies int
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files++
			if isPrecompressed(path) {
				copies++
			}
		}
		return err
	})
	summary, err := summarizeSite(out, "/coach")
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(out)
	for _, want := range []string{
		abs + string(filepath.Separator),
		fmt.Sprintf("%d files, ", files),
		fmt.Sprintf("; %d of them, ", copies),
		" MB in all",
		"Base path: /coach.",
		"upload everything inside that folder",
		"index.html as the index document",
		"404.html as the error document",
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("the summary lacks %q:\n%s", want, summary)
		}
	}
	if copies == 0 || files <= copies {
		t.Errorf("%d files, %d copies", files, copies)
	}
	if root, _ := summarizeSite(out, ""); !strings.Contains(root, "Base path: none.") {
		t.Errorf("the summary for the root of a host:\n%s", root)
	}
}

func TestMegabytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0.0 MB", 18_234_567: "18.2 MB", 950_000: "0.9 MB"} {
		if got := megabytes(n); got != want {
			t.Errorf("megabytes(%d) = %q, want %q", n, got, want)
		}
	}
}
