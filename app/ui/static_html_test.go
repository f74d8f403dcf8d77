package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestPrintStatic(t *testing.T) {
	for _, c := range []struct {
		name string
		ui   app.UI
		want string
	}{
		{"text keeps its own spaces", app.P().Body(app.Text("Read "), app.A().Href("/about").Text("the sources"), app.Text(". ")),
			`<p>Read <a href="/about">the sources</a>. </p>`},
		{"leading spaces of text", app.P().Body(app.Strong().Text("RHIT"), app.Text(" — AHIMA")),
			`<p><strong>RHIT</strong> — AHIMA</p>`},
		{"nesting", app.Div().Class("a").Body(app.Ul().Body(app.Li().Body(app.Text("x"), app.Em().Text("y")), app.Li().Text("z"))),
			`<div class="a"><ul><li>x<em>y</em></li><li>z</li></ul></div>`},
		{"attributes in name order", app.A().Title("t").Href("/h").ID("i").Text("x"),
			`<a href="/h" id="i" title="t">x</a>`},
		{"quotes and > in attributes", app.A().Href(`/search?q="a>b"`).Title(`say "hi" & <go>`).Text("x"),
			`<a href="/search?q=&#34;a&gt;b&#34;" title="say &#34;hi&#34; &amp; &lt;go&gt;">x</a>`},
		{"void elements", app.P().Body(app.Text("a"), app.Br(), app.Img().Src("/i.png").Alt("logo"), app.Text("b")),
			`<p>a<br><img alt="logo" src="/i.png">b</p>`},
		{"aria true stays true", app.Span().Aria("hidden", true).Text("*"), `<span aria-hidden="true">*</span>`},
		{"a true boolean property is there", app.Details().Open(true).Text("x"), `<details open>x</details>`},
		{"a false boolean property is not", app.Div().Hidden(false).Text("x"), `<div>x</div>`},
		{"text is escaped", app.P().Text(`<img src=x onerror=alert(1)>`), `<p>&lt;img src=x onerror=alert(1)&gt;</p>`},
		{"empty element", app.Div().Body(app.Div(), app.Text("x")), `<div><div></div>x</div>`},
		{"a component drawn from its fields", app.P().Body(newCitation().Source("no-such-source").AsOf("2024")),
			`<p><small class="cite">Source: <a href="/about#source-no-such-source">no-such-source</a> · as of 2024</small></p>`},
		{"svg", app.Figure().Body(svgElem("svg").Attr("viewBox", "0 0 2 2").Body(svgElem("title").Text("t"), svgElem("rect").Attr("width", "1"))),
			`<figure><svg viewBox="0 0 2 2"><title>t</title><rect width="1"></rect></svg></figure>`},
	} {
		got, err := printStatic(c.ui)
		if err != nil || got != c.want {
			t.Errorf("%s:\n got %s (%v)\nwant %s", c.name, got, err, c.want)
		}
	}
}

// What cannot be printed is mounted the usual way instead: staticUI gives
// back the subtree itself.
func TestPrintStaticRefusesWhatHTMLCannotCarry(t *testing.T) {
	for _, c := range []struct {
		name string
		ui   app.UI
	}{
		{"an event handler", app.Div().Body(app.Button().OnClick(func(app.Context, app.Event) {}).Text("x"))},
		{"a component with handlers", app.Div().Body(newPlanClear())},
		{"a value property", app.Div().Body(app.Input().Value("x"))},
		{"a table row as the root", app.Tr().Body(app.Td().Text("x"))},
		{"text as the root", app.Text("x")},
		{"a static resource go-app would move", app.Img().Src("/web/icon.svg")},
		{"an element of another namespace", app.Elem("math").XMLNS("http://www.w3.org/1998/Math/MathML")},
	} {
		if got, err := printStatic(c.ui); err == nil {
			t.Errorf("%s: printed %s, want it refused", c.name, got)
		}
	}
}

// Every subtree a page gives to staticUI, printed by printStatic, reads as
// go-app's own printer has it (the oracle, compactHTML of app.HTMLString),
// attribute order and go-app's spelling of empty and boolean attributes
// aside. A go-app upgrade that changes its elements fails here. The pages
// whose takeover the static HTML speeds up must print at least one subtree:
// a handler added inside one would quietly send it back to go-app's mount.
func TestPrintStaticMatchesGoAppsPrinter(t *testing.T) {
	var subtrees []app.UI
	staticSeen = func(ui app.UI) { subtrees = append(subtrees, ui) }
	defer func() { staticSeen = nil }()

	mustPrint := map[string]bool{"/": true, "/credentials": true, "/glossary": true, "/about": true, "/salaries": true, careerPath(data.MainSlug): true}
	for _, p := range allPages() {
		subtrees = subtrees[:0]
		app.HTMLString(app.Main().Body(p.Content()...))
		printed := 0
		for _, ui := range subtrees {
			got, err := printStatic(ui)
			if err != nil {
				continue // mounted the usual way
			}
			printed++
			want := compactHTML(app.HTMLString(ui))
			if a, b := normalizeTags(got), normalizeTags(want); a != b {
				at := 0
				for at < len(a) && at < len(b) && a[at] == b[at] {
					at++
				}
				t.Errorf("%s: printStatic and go-app differ at byte %d:\n  %.200s\n  %.200s", p.Path, at, a[max(0, at-80):], b[max(0, at-80):])
			}
		}
		if mustPrint[p.Path] && printed == 0 {
			t.Errorf("%s: none of its %d static subtrees printed; each is mounted node by node", p.Path, len(subtrees))
		}
		t.Logf("%s: %d of %d static subtrees printed", p.Path, printed, len(subtrees))
	}
}

var openTagPattern = regexp.MustCompile(`<[a-zA-Z][^>]*>`)

// normalizeTags sorts each tag's attributes, spells an empty value as a
// bare attribute and drops the empty id, class and title go-app leaves out
// when it prints.
func normalizeTags(s string) string {
	return openTagPattern.ReplaceAllStringFunc(s, func(tag string) string {
		parts := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(tag, "<"), ">"))
		var attrs []string
		for _, a := range parts[1:] {
			a = strings.TrimSuffix(a, `=""`)
			if a == "id" || a == "class" || a == "title" {
				continue
			}
			attrs = append(attrs, a)
		}
		slices.Sort(attrs)
		return "<" + strings.Join(append([]string{parts[0]}, attrs...), " ") + ">"
	})
}

// staticUI leaves the server's prerendered page as it was.
func TestStaticUIOnTheServerIsTheSubtree(t *testing.T) {
	p := app.P().Text("x")
	if got := staticUI(p); got != p {
		t.Errorf("staticUI on the server = %#v, want the subtree itself", got)
	}
}

func TestCompactHTMLUndoesTheEncodersLayout(t *testing.T) {
	for _, c := range []struct {
		name string
		ui   app.UI
		want string
	}{
		{"text keeps its own spaces", app.P().Body(app.Text("Read "), app.A().Href("/about").Text("the sources"), app.Text(". ")),
			`<p>Read <a href="/about">the sources</a>. </p>`},
		{"nesting", app.Div().Class("a").Body(app.Ul().Body(app.Li().Body(app.Text("x"), app.Em().Text("y")), app.Li().Text("z"))),
			`<div class="a"><ul><li>x<em>y</em></li><li>z</li></ul></div>`},
		{"quotes and > in attributes", app.A().Href(`/search?q="a>b"`).Title(`say "hi" & <go>`).Text("x"),
			`<a href="/search?q=&#34;a&gt;b&#34;" title="say &#34;hi&#34; &amp; &lt;go&gt;">x</a>`},
		{"false boolean attribute is dropped", app.Div().Hidden(false).Text("x"), `<div>x</div>`},
	} {
		if got := compactHTML(app.HTMLString(c.ui)); normalizeTags(got) != normalizeTags(c.want) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}
