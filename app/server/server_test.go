//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/hitcoach/hitcoach/app/ui"
)

func TestMain(m *testing.M) {
	ui.Routes()
	code := m.Run()
	if builtSites.dir != "" {
		os.RemoveAll(builtSites.dir)
	}
	os.Exit(code)
}

// fakeWasm stands in for the real build: the server only needs its bytes.
var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("career data, pay and sources; "), 4000)...)

// testRoot is a copy of the repository's web/ with a stand-in wasm.
func testRoot(t testing.TB) string {
	t.Helper()
	root := t.TempDir()
	fillTestRoot(t, root)
	return root
}

func fillTestRoot(t testing.TB, root string) {
	t.Helper()
	web := filepath.Join(root, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join("..", "..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "app.wasm" || isPrecompressed(name) {
			continue
		}
		b, err := os.ReadFile(filepath.Join("..", "..", "web", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(web, name), b)
	}
	writeFile(t, filepath.Join(web, "app.wasm"), fakeWasm)
}

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func newTestServer(t *testing.T, root string) http.Handler {
	t.Helper()
	h, err := NewServer(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(h http.Handler, path, acceptEncoding string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func decode(t *testing.T, enc string, body []byte) []byte {
	t.Helper()
	var r io.Reader
	switch enc {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("not gzip: %v", err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	default:
		return body
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", enc, err)
	}
	return b
}

func TestNegotiateEncoding(t *testing.T) {
	tests := []struct{ accept, want string }{
		{"", ""},
		{"gzip", "gzip"},
		{"br", "br"},
		{"gzip, deflate, br, zstd", "br"},
		{"GZIP", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0.0, gzip;q=0.000", ""},
		{"br; q=0 , gzip ;q=0", ""},
		{"gzip;q=1.0, br;q=0.5", "gzip"},
		{"gzip;q=0.5, br;q=0.5", "br"},
		{"identity", ""},
		{"*", ""},
		{"deflate", ""},
		{"br;q=nonsense, gzip", "gzip"},
	}
	for _, tt := range tests {
		if got := negotiateEncoding(tt.accept); got != tt.want {
			t.Errorf("negotiateEncoding(%q) = %q, want %q", tt.accept, got, tt.want)
		}
	}
}

func FuzzNegotiateEncoding(f *testing.F) {
	for _, s := range []string{"gzip, br", "br;q=0", "gzip;q=0.5;x=y", ";;,,=", "br;q=1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, accept string) {
		switch got := negotiateEncoding(accept); got {
		case "", "br", "gzip":
		default:
			t.Fatalf("negotiateEncoding(%q) = %q", accept, got)
		}
	})
}

func BenchmarkNegotiateEncoding(b *testing.B) {
	for b.Loop() {
		negotiateEncoding("gzip, deflate, br, zstd")
	}
}

func TestServerCompressesWhatTheClientAccepts(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	for _, path := range []string{"/web/app.wasm", "/", "/salaries", "/app.js", "/web/app.css"} {
		identity := get(h, path, "")
		if identity.Code != http.StatusOK {
			t.Fatalf("%s: status %d", path, identity.Code)
		}
		want := identity.Body.Bytes()
		if ce := identity.Header().Get("Content-Encoding"); ce != "" {
			t.Errorf("%s: no Accept-Encoding, but Content-Encoding %q", path, ce)
		}
		for _, tt := range []struct{ accept, enc string }{
			{"gzip", "gzip"},
			{"gzip, deflate, br", "br"},
			{"br;q=0, gzip;q=0", ""},
			{"identity", ""},
		} {
			res := get(h, path, tt.accept)
			if got := res.Header().Get("Content-Encoding"); got != tt.enc {
				t.Errorf("%s with Accept-Encoding %q: Content-Encoding %q, want %q", path, tt.accept, got, tt.enc)
				continue
			}
			if !strings.Contains(strings.Join(res.Header().Values("Vary"), ","), "Accept-Encoding") {
				t.Errorf("%s with Accept-Encoding %q: no Vary: Accept-Encoding", path, tt.accept)
			}
			body := res.Body.Bytes()
			if tt.enc != "" && len(body) >= len(want) {
				t.Errorf("%s: %s body is %d bytes, identity %d", path, tt.enc, len(body), len(want))
			}
			if cl := res.Header().Get("Content-Length"); cl != "" && cl != itoa(len(body)) {
				t.Errorf("%s: Content-Length %s for a %d-byte body", path, cl, len(body))
			}
			if got := decode(t, tt.enc, body); !sameContent(res.Header().Get("Content-Type"), got, want) {
				t.Errorf("%s: %q body does not decode to the identity body", path, tt.enc)
			}
		}
	}
	if got := decode(t, "br", get(h, "/web/app.wasm", "br").Body.Bytes()); !bytes.Equal(got, fakeWasm) {
		t.Errorf("the served wasm is not web/app.wasm")
	}
}

// sameContent compares bodies; pages are rendered afresh for each request,
// and go-app writes attributes in random order, so for them the same bytes
// in any order will do.
func sameContent(contentType string, a, b []byte) bool {
	if !strings.HasPrefix(contentType, "text/html") {
		return bytes.Equal(a, b)
	}
	sorted := func(p []byte) []byte {
		c := append([]byte(nil), p...)
		slices.Sort(c)
		return c
	}
	return bytes.HasSuffix(bytes.TrimSpace(a), []byte("</html>")) && bytes.Equal(sorted(a), sorted(b))
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestServerAnswersUnknownPagesWith404(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	for _, p := range ui.Paths() {
		if res := get(h, p, "gzip"); res.Code != http.StatusOK {
			t.Errorf("%s: status %d, want 200", p, res.Code)
		}
	}
	for _, p := range []string{"/no-such-page", "/careers/no-such-career", "/salaries/extra"} {
		res := get(h, p, "br")
		if res.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.Code)
		}
		if body := string(decode(t, res.Header().Get("Content-Encoding"), res.Body.Bytes())); !strings.Contains(body, "Page not found") {
			t.Errorf("%s: the 404 does not render the not-found page", p)
		}
	}
	if res := get(h, "/web/no-such-file.css", ""); res.Code != http.StatusNotFound {
		t.Errorf("missing file: status %d, want 404", res.Code)
	}
}

func TestVersionChangesExactlyWhenTheWebContentDoes(t *testing.T) {
	root := testRoot(t)
	version := func() string {
		t.Helper()
		h, err := NewHandler(Options{Root: root})
		if err != nil {
			t.Fatal(err)
		}
		return h.Version
	}
	original := version()
	if again := version(); again != original {
		t.Fatalf("the same build got two versions: %s, %s", original, again)
	}
	// Precompressed leftovers are not content.
	writeFile(t, filepath.Join(root, "web", "app.wasm.gz"), []byte("stale"))
	if v := version(); v != original {
		t.Errorf("a .gz leftover changed the version")
	}
	wasm := filepath.Join(root, "web", "app.wasm")
	writeFile(t, wasm, append(append([]byte(nil), fakeWasm...), '!'))
	changedWasm := version()
	if changedWasm == original {
		t.Errorf("a new wasm kept the version %s", original)
	}
	writeFile(t, wasm, fakeWasm)
	if v := version(); v != original {
		t.Errorf("restoring the wasm gave %s, want the original %s", v, original)
	}
	writeFile(t, filepath.Join(root, "web", "extra.svg"), []byte("<svg/>"))
	if v := version(); v == original || v == changedWasm {
		t.Errorf("a new file in web/ kept an old version")
	}
}

func TestServedAppLoadsWasmThenRegistersTheWorker(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	js := get(h, "/app.js", "").Body.String()
	for _, want := range []string{
		`"GOAPP_ROOT_PREFIX":"/"`,
		`hitcoachFetchWasm(showProgress)`,
		`const goappWasmContentLength = "` + itoa(len(fakeWasm)) + `"`,
		`"url":"/web/app.wasm"`,
		`"gz":""`,
		"\nhitcoachStart();\n",
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	for _, banned := range []string{"{{.", "\ngoappInitServiceWorker();\n", "\ngoappInitWebAssembly();\n", `fetchWithProgress("/web/app.wasm"`} {
		if strings.Contains(js, banned) {
			t.Errorf("app.js still has go-app's %q", banned)
		}
	}
	worker := get(h, "/app-worker.js", "").Body.String()
	if strings.Contains(worker, "{{.") {
		t.Errorf("app-worker.js has an unfilled placeholder")
	}
	lists := workerLists(t, worker)
	for _, want := range []string{"/", "/app.js", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.wasm"} {
		if !contains(lists["requiredResources"], want) {
			t.Errorf("the worker does not require %s: %v", want, lists["requiredResources"])
		}
	}
	// The pages carry their styles, so no stylesheet is worth a download.
	for _, unused := range []string{"/app.css", "/web/app.css"} {
		if contains(lists["requiredResources"], unused) || contains(lists["optionalResources"], unused) {
			t.Errorf("the worker precaches %s, which no page links", unused)
		}
	}
	if got, want := lists["optionalResources"], []string{"/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png", "/web/icon.svg"}; !slices.Equal(got, want) {
		t.Errorf("the worker's optional files are %v, want the icons %v", got, want)
	}
	// The counselor's pack is kept apart, beside index.html.
	if !strings.Contains(worker, `const packURL = "/local.json";`) {
		t.Errorf("the worker does not know where local.json is")
	}
	// Pages but the shell are kept as they are opened, not at install.
	for _, p := range ui.Paths() {
		if p != "/" && (contains(lists["requiredResources"], p) || contains(lists["optionalResources"], p)) {
			t.Errorf("the worker precaches page %s", p)
		}
	}
}

// TestPageCarriesItsStyles checks the page links no stylesheet, which would
// hold back the first paint, and carries go-app's styles and ours in one
// style element that its security policy allows by hash.
func TestPageCarriesItsStyles(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	page := get(h, "/salaries", "").Body.String()
	if links := regexp.MustCompile(`<link [^>]*rel="stylesheet"[^>]*>`).FindAllString(page, -1); len(links) != 0 {
		t.Errorf("the page links the stylesheets %q; its styles belong inline", links)
	}
	styles := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(page, -1)
	if len(styles) != 1 {
		t.Fatalf("the page has %d style elements, want 1", len(styles))
	}
	css := styles[0][1]
	// go-app's loader, then a rule of each of our sections: base, offline,
	// quiz, salaries, search.
	for _, rule := range []string{".goapp-app-info{", "\n.skip-link{", "\n.update-banner{", "\n.quiz{", "\n.chart ", "\n.search-mark{"} {
		if !strings.Contains(css, rule) {
			t.Errorf("the page's styles lack %q", strings.TrimSpace(rule))
		}
	}
	if strings.Contains(css, "/*") || strings.Contains(css, "\n ") {
		t.Errorf("the inline styles keep comments or indentation, which every page would carry")
	}
	sum := sha256.Sum256([]byte(css))
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	policy := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	if policy == nil || !strings.Contains(policy[1], "style-src 'self' "+hash+";") {
		t.Errorf("the security policy does not allow the style element by its hash %s: %v", hash, policy)
	}
	if strings.Index(page, "Content-Security-Policy") > strings.Index(page, "<style>") {
		t.Errorf("the security policy comes after the styles it governs")
	}
}

func TestMinifyCSS(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a { color: red; }", "a{color:red;}"},
		{"/* note */\n.x {\n  margin: 0 auto;\n}\n\n", ".x{\nmargin:0 auto;\n}"},
		{".a :focus, .b { width: calc(100% - 2rem); }", ".a :focus,.b{width:calc(100% - 2rem);}"},
		{"a { b: c; } /* x } */ d { e: \"/* not a comment */\"; }", "a{b:c;}d{e:\"/* not a comment */\";}"},
		{"@media (max-width: 40rem) {\n  .a, .b { gap: 0.5rem 1rem; }\n}", "@media (max-width:40rem){\n.a,.b{gap:0.5rem 1rem;}\n}"},
		{`.c::after { content: "a  b"; }`, `.c::after{content:"a  b";}`},
		{".d:not(.e) > .f + .g ~ .h { grid-template-columns: repeat(2, 1fr); }", ".d:not(.e) > .f + .g ~ .h{grid-template-columns:repeat(2,1fr);}"},
	}
	for _, tt := range tests {
		if got := minifyCSS(tt.in); got != tt.want {
			t.Errorf("minifyCSS(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// workerLists reads the JSON arrays the server wrote into the worker.
func workerLists(t *testing.T, worker string) map[string][]string {
	t.Helper()
	lists := make(map[string][]string)
	for _, name := range []string{"requiredResources", "optionalResources"} {
		_, rest, ok := strings.Cut(worker, "const "+name+" = ")
		if !ok {
			t.Fatalf("the worker has no %s", name)
		}
		line, _, _ := strings.Cut(rest, ";\n")
		var l []string
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("%s is not a JSON list: %v", name, err)
		}
		lists[name] = l
	}
	return lists
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestPageHeadStartsWithThePolicy(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	page := get(h, "/about", "").Body.String()
	csp := strings.Index(page, `http-equiv="Content-Security-Policy"`)
	if csp < 0 {
		t.Fatal("no Content-Security-Policy meta tag")
	}
	if strings.Count(page, `http-equiv="Content-Security-Policy"`) != 1 {
		t.Error("the policy appears more than once")
	}
	for _, later := range []string{"<script", "<link", "<style"} {
		if i := strings.Index(page, later); i >= 0 && i < csp {
			t.Errorf("%s comes before the policy, so the policy does not cover it", later)
		}
	}
	if strings.Contains(page, "unsafe-inline") {
		t.Error("the policy allows unsafe-inline")
	}
	if strings.Contains(page, `content="https://"`) || strings.Contains(page, `"https:///`) {
		t.Error("the page has meta tags pointing nowhere")
	}
}

func TestCleanBasePath(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"/", "", true},
		{"coach", "/coach", true},
		{"/coach/", "/coach", true},
		{" /a/b-c_d.e~f ", "/a/b-c_d.e~f", true},
		{"/a//b", "", false},
		{"/../etc", "", false},
		{"/a/./b", "", false},
		{`/a"b`, "", false},
		{"/a b", "", false},
		{"/a<script>", "", false},
		{"https://x.example", "", false},
	}
	for _, tt := range tests {
		got, err := cleanBasePath(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("cleanBasePath(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzCleanBasePath(f *testing.F) {
	for _, s := range []string{"/coach", "a/b/", "/../x", "/a\"b", "//"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := cleanBasePath(in)
		if err != nil {
			return
		}
		if got != "" && (!safeBasePath.MatchString(got) || strings.HasSuffix(got, "/") || strings.Contains(got, "/../")) {
			t.Fatalf("cleanBasePath(%q) accepted %q", in, got)
		}
	})
}

// A page is rendered once per address: a second request gets the same bytes
// (so the compressed copy is reused too), a revalidation gets 304 and leaves
// the kept page whole, and addresses that differ in their query are
// different pages.
func TestPagesAreKeptByAddress(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	first := get(h, "/salaries", "br")
	if first.Code != http.StatusOK {
		t.Fatalf("status %d", first.Code)
	}
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("the page has no ETag")
	}

	req := httptest.NewRequest(http.MethodGet, "/salaries", nil)
	req.Header.Set("If-None-Match", etag)
	revalidated := httptest.NewRecorder()
	h.ServeHTTP(revalidated, req)
	if revalidated.Code != http.StatusNotModified || revalidated.Body.Len() != 0 {
		t.Errorf("revalidation: status %d with %d bytes, want 304 and none", revalidated.Code, revalidated.Body.Len())
	}

	again := get(h, "/salaries", "br")
	if again.Code != http.StatusOK || !bytes.Equal(again.Body.Bytes(), first.Body.Bytes()) {
		t.Errorf("second request: status %d, %d bytes against %d first; want the same page", again.Code, again.Body.Len(), first.Body.Len())
	}

	// Revalidating a page that is not kept yet must not keep the empty 304.
	req = httptest.NewRequest(http.MethodGet, "/glossary", nil)
	req.Header.Set("If-None-Match", etag)
	h.ServeHTTP(httptest.NewRecorder(), req)
	if res := get(h, "/glossary", ""); res.Code != http.StatusOK || !strings.Contains(res.Body.String(), "<h1") {
		t.Errorf("after a 304, /glossary answers %d with %d bytes, want the page", res.Code, res.Body.Len())
	}

	compare := string(decode(t, "br", get(h, "/salaries?compare=us", "br").Body.Bytes()))
	plain := string(decode(t, "br", first.Body.Bytes()))
	if compare == plain {
		t.Error("/salaries?compare=us is served the page of /salaries")
	}
}

func TestJoinPunctuation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<body>\n  Source: \n  <a href=\"/about\">Guide</a>\n  , citing BLS\n</body>", "<body>\n  Source: \n  <a href=\"/about\">Guide</a>, citing BLS\n</body>"},
		{"<body>\n  <a>Data sources</a>\n  .\n</body>", "<body>\n  <a>Data sources</a>.\n</body>"},
		{"<body>\n  (see \n  <a>RHIT</a>\n  )\n</body>", "<body>\n  (see \n  <a>RHIT</a>)\n</body>"},
		{"<body>\n  the form (\n  <abbr>W-2</abbr>\n  )\n</body>", "<body>\n  the form (<abbr>W-2</abbr>)\n</body>"},
		{"<body>\n  <strong>7</strong>\n  % growth\n</body>", "<body>\n  <strong>7</strong>% growth\n</body>"},
		// A word after an element keeps its space.
		{"<body>\n  <strong>7%</strong>\n  Rated as fast\n</body>", "<body>\n  <strong>7%</strong>\n  Rated as fast\n</body>"},
		// The head's scripts are not text.
		{"<head><script>\nf(\n  <x>\n  )</script></head><body></body>", "<head><script>\nf(\n  <x>\n  )</script></head><body></body>"},
		{"no body\n  <a>x</a>\n  .", "no body\n  <a>x</a>\n  ."},
	} {
		if got := string(joinPunctuation([]byte(c.in))); got != c.want {
			t.Errorf("joinPunctuation(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestPagesReadWithoutSpacesBeforePunctuation(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	for _, path := range []string{"/", "/credentials", "/careers/health-information-technician"} {
		page := get(h, path, "").Body.String()
		body := page[strings.Index(page, "<body"):]
		if m := breakBeforePunctuation.FindString(body); m != "" {
			t.Errorf("%s has a line break before punctuation: %q", path, m)
		}
		if !strings.Contains(body, "</a>, citing") {
			t.Errorf("%s: no source reads \"…</a>, citing\"", path)
		}
	}
}

// TestEachPageHasOneAddress checks make run answers the other forms of a
// page's address, which static hosts serve as files, with a redirect to the
// form the app's links use, keeping the query.
func TestEachPageHasOneAddress(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	for _, tt := range []struct{ from, to string }{
		{"/index.html", "/"},
		{"/index.html?q=rhit", "/?q=rhit"},
		{"/salaries/", "/salaries"},
		{"/salaries.html", "/salaries"},
		{"/salaries/index.html", "/salaries"},
		{"/salaries/?compare=level-1,us&currency=GBP", "/salaries?compare=level-1,us&currency=GBP"},
		{"/careers/health-information-technician/", "/careers/health-information-technician"},
		{"/careers/", "/careers"},
		{"/careers.html", "/careers"},
	} {
		res := get(h, tt.from, "br")
		if res.Code != http.StatusMovedPermanently || res.Header().Get("Location") != tt.to {
			t.Errorf("%s: status %d to %q, want 301 to %q", tt.from, res.Code, res.Header().Get("Location"), tt.to)
		}
	}
	for _, p := range ui.Paths() {
		if res := get(h, p, ""); res.Code != http.StatusOK {
			t.Errorf("%s: status %d, want 200", p, res.Code)
		}
		res := get(h, strings.TrimSuffix(p, "/")+"/index.html", "")
		if res.Code != http.StatusMovedPermanently || res.Header().Get("Location") != p {
			t.Errorf("%s/index.html: status %d to %q, want 301 to %s", strings.TrimSuffix(p, "/"), res.Code, res.Header().Get("Location"), p)
		}
	}
	// Only pages are redirected to: other forms of an unknown address, and
	// of a file, are not found.
	for _, p := range []string{"/no-such-page/", "/no-such-page.html", "/no-such/index.html", "/salaries//", "/app.js/"} {
		if res := get(h, p, ""); res.Code != http.StatusNotFound {
			t.Errorf("%s: status %d to %q, want 404", p, res.Code, res.Header().Get("Location"))
		}
	}
}

// TestCareersLeadsToACareer checks /careers, which has no page yet, sends
// the reader to a career with a temporary redirect, and that every address
// in redirects leads to a page and is none itself, so that the day it gets
// its page, its line in redirects must go.
func TestCareersIsAPageAndRedirectsLeadToPages(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	res := get(h, "/careers", "")
	if res.Code != http.StatusOK || !strings.Contains(res.Body.String(), "<h1>Careers</h1>") {
		t.Errorf("/careers: status %d, want 200 with the careers page", res.Code)
	}
	for from, to := range redirects {
		if slices.Contains(ui.Paths(), from) {
			t.Errorf("%s is a page now: remove its line in redirects", from)
		}
		if !slices.Contains(ui.Paths(), to) {
			t.Errorf("%s redirects to %s, which is no page", from, to)
		}
		if res := get(h, from, ""); res.Code != http.StatusFound || res.Header().Get("Location") != to {
			t.Errorf("%s: status %d to %q, want 302 to %s", from, res.Code, res.Header().Get("Location"), to)
		}
	}
}

// TestFilesThatAreNotThereAre404 checks a file make static does not write
// answers 404 on make run too; go-app alone renders its not-found page with
// a 200 for any path, "/robots.txt" included.
func TestFilesThatAreNotThereAre404(t *testing.T) {
	h := newTestServer(t, testRoot(t))
	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/goapp.js", "/manifest.json", "/app.wasm", "/favicon.ico", "/web/app.wasm.br"} {
		res := get(h, p, "")
		if res.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.Code)
		}
		if strings.Contains(res.Body.String(), "<html") {
			t.Errorf("%s: a page for a missing file; a file host answers plain text", p)
		}
	}
	for _, p := range append(slices.Clone(siteFiles), "/web/app.wasm", "/web/app.css", "/web/icon.svg") {
		if res := get(h, p, ""); res.Code != http.StatusOK {
			t.Errorf("%s: status %d, want 200", p, res.Code)
		}
	}
}

// TestServeAPack checks hitcoach serve -pack: the file is /local.json, as
// it is on disk at each request, so a counselor sees an edit on reload;
// without -pack there is none, as on a host without one.
func TestServeAPack(t *testing.T) {
	root := testRoot(t)
	if res := get(newTestServer(t, root), "/local.json", ""); res.Code != http.StatusNotFound {
		t.Errorf("no pack: /local.json status %d, want 404", res.Code)
	}
	pack := filepath.Join(t.TempDir(), "my-pack.json")
	h, err := NewServer(Options{Root: root, Pack: pack})
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{`{"version":1,"region":"Ohio"}`, `{"version":1,"region":"Iowa"}`} {
		if err := os.WriteFile(pack, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		res := get(h, "/local.json", "")
		if res.Code != http.StatusOK || res.Body.String() != body {
			t.Errorf("/local.json: status %d, body %q, want 200 and %q", res.Code, res.Body.String(), body)
		}
		if got := res.Header().Get("Cache-Control"); got != "no-cache" {
			t.Errorf("/local.json: Cache-Control %q, want no-cache", got)
		}
	}
}

func TestPageAddress(t *testing.T) {
	for in, want := range map[string]string{
		"/": "/", "/index.html": "/", "/salaries": "/salaries", "/salaries/": "/salaries",
		"/salaries.html": "/salaries", "/salaries/index.html": "/salaries", "/a/b/": "/a/b",
		"/a/b.html": "/a/b", "//": "/", "/web/app.css": "/web/app.css",
	} {
		if got := pageAddress(in); got != want {
			t.Errorf("pageAddress(%q) = %q, want %q", in, got, want)
		}
	}
}
