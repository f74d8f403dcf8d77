//go:build !wasm

package bench

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// pagesFile is the page table, relative to the module root.
const pagesFile = "app/ui/pages.go"

// noContent is what a left-out page draws: nothing, so the linker drops
// every function only that page reaches.
const noContent = "func() []app.UI { return nil }"

// pageContent is one Content field of the page table: the page's address
// as written in the source, and where its value sits in the file.
type pageContent struct {
	label      string
	start, end int
}

// pageContents finds every Content value of a sitePage literal in the page
// table's source, labelled by its Path; a Path that names a constant is
// looked up in consts.
func pageContents(src []byte, consts map[string]string) ([]pageContent, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, pagesFile, src, 0)
	if err != nil {
		return nil, err
	}
	var found []pageContent
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		var content ast.Expr
		label := ""
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			switch key, _ := kv.Key.(*ast.Ident); {
			case key == nil:
			case key.Name == "Content":
				content = kv.Value
			case key.Name == "Path":
				label = string(src[fset.Position(kv.Value.Pos()).Offset:fset.Position(kv.Value.End()).Offset])
			}
		}
		if content == nil {
			return true
		}
		switch {
		case label == "":
			label = "page not found"
		case strings.HasPrefix(label, "careerPath("):
			label = "every career guide"
		case consts[label] != "":
			label = consts[label]
		default:
			label = strings.Trim(label, `"`)
		}
		found = append(found, pageContent{label, fset.Position(content.Pos()).Offset, fset.Position(content.End()).Offset})
		return true
	})
	return found, nil
}

// stringConsts reads the string constants of the Go files in dir, such as
// comparePath, by name.
func stringConsts(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	consts := map[string]string{}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[name.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			}
		}
	}
	return consts, nil
}

// withoutContent is the page table's source with the given pages drawing
// nothing.
func withoutContent(src []byte, leave []pageContent) []byte {
	sorted := append([]pageContent(nil), leave...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].start > sorted[j].start })
	out := append([]byte(nil), src...)
	for _, c := range sorted {
		out = append(out[:c.start:c.start], append([]byte(noContent), out[c.end:]...)...)
	}
	return out
}

func TestPageContentsFindsEveryPage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "..", pagesFile))
	if err != nil {
		t.Fatal(err)
	}
	consts, err := stringConsts(filepath.Join("..", "..", "..", filepath.Dir(pagesFile)))
	if err != nil {
		t.Fatal(err)
	}
	found, err := pageContents(src, consts)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, c := range found {
		labels = append(labels, c.label)
	}
	for _, want := range []string{"/", "/careers/compare", "/salaries", "/plan", "/resume", "/counselor", "every career guide", "page not found"} {
		if !strings.Contains(" "+strings.Join(labels, " ")+" ", " "+want+" ") {
			t.Errorf("the page table's %q was not found among %q", want, labels)
		}
	}
	all := withoutContent(src, found)
	if _, err := parser.ParseFile(token.NewFileSet(), pagesFile, all, 0); err != nil {
		t.Fatalf("the page table without content does not parse: %v", err)
	}
	if n := strings.Count(string(all), noContent); n != len(found) {
		t.Errorf("%d pages left out, want %d", n, len(found))
	}
}

// TestPageCost is make bench-size: what each page of the page table adds
// to app.wasm after brotli, found by building the wasm once without that
// page's content, and what the app is with no page at all, beside go-app's
// hello world. Issue 23's budget says a page that does not fit pays for
// itself elsewhere: this is each page's bill. The figures of one row do
// not add up with another's: code two pages share leaves only with both.
func TestPageCost(t *testing.T) {
	if os.Getenv(benchEnv) != "1" {
		t.Skip("the page costs are measured with " + benchEnv + "=1: use make bench-size")
	}
	started := time.Now()
	work := t.TempDir()
	module := filepath.Join(work, "module")
	for _, dir := range []string{"app", "data"} {
		if err := e2e.CopyTree(filepath.Join(e2e.ModuleRoot(), dir), filepath.Join(module, dir)); err != nil {
			t.Fatal(err)
		}
	}
	for _, file := range []string{"go.mod", "go.sum", "main.go"} {
		b, err := os.ReadFile(filepath.Join(e2e.ModuleRoot(), file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(module, file), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages := filepath.Join(module, pagesFile)
	src, err := os.ReadFile(pages)
	if err != nil {
		t.Fatal(err)
	}
	consts, err := stringConsts(filepath.Dir(pages))
	if err != nil {
		t.Fatal(err)
	}
	contents, err := pageContents(src, consts)
	if err != nil {
		t.Fatal(err)
	}
	build := func(label string, leave []pageContent) sizes {
		progress("building the wasm %s", label)
		if err := os.WriteFile(pages, withoutContent(src, leave), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(work, "app.wasm")
		if err := e2e.BuildWasm(module, out); err != nil {
			t.Fatalf("building the wasm %s: %v", label, err)
		}
		s, err := wasmSizes(out)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	base := helloIn(t, work)
	hello, err := wasmSizes(filepath.Join(base.dir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	whole := build("as it is", nil)
	type cost struct {
		label string
		s     sizes
	}
	var costs []cost
	for _, c := range contents {
		costs = append(costs, cost{c.label, build("without "+c.label, []pageContent{c})})
	}
	sort.SliceStable(costs, func(i, j int) bool { return costs[i].s.brotli < costs[j].s.brotli })
	shell := build("without any page", contents)

	w := os.Stdout
	fmt.Fprintf(w, "\nWHAT EACH PAGE COSTS: app.wasm built without that page's content (raw, and brotli -11); %s, load %s at the start\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), loadAverage())
	fmt.Fprintf(w, "%-26s %12s %12s\n", "page", "raw", "brotli")
	for _, c := range costs {
		fmt.Fprintf(w, "%-26s %12s %12s\n", c.label, kb(whole.raw-c.s.raw), kb(whole.brotli-c.s.brotli))
	}
	fmt.Fprintf(w, "%-26s %12s %12s\n", "every page", kb(whole.raw-shell.raw), kb(whole.brotli-shell.brotli))
	fmt.Fprintf(w, "\n%-26s %12s %12s %8s\n", "wasm", "raw", "brotli", "× hello")
	fmt.Fprintf(w, "%-26s %12s %12s %8s\n", "the app", fmtBytes(float64(whole.raw)), fmtBytes(float64(whole.brotli)), fmtRatio(ratio(float64(whole.brotli), float64(hello.brotli))))
	fmt.Fprintf(w, "%-26s %12s %12s %8s\n", "the app with no page", fmtBytes(float64(shell.raw)), fmtBytes(float64(shell.brotli)), fmtRatio(ratio(float64(shell.brotli), float64(hello.brotli))))
	fmt.Fprintf(w, "%-26s %12s %12s\n", "go-app's hello world", fmtBytes(float64(hello.raw)), fmtBytes(float64(hello.brotli)))
	fmt.Fprintln(w, "A page's row is what leaving it out saves; a negative figure means brotli found the wasm without it no easier to pack. \"the app with no page\" keeps the header, search, saved state, the local pack and the data every page shares.")
	fmt.Fprintf(w, "make bench-size took %s\n", time.Since(started).Round(time.Second))
}

// kb prints a byte difference in kilobytes, signed.
func kb(n int) string { return fmt.Sprintf("%+.1f KB", float64(n)/1000) }
