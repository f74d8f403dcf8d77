package ui

import (
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// These run as go-app's server does (app.IsServer): the browser's side of
// each helper is checked by the browser tests.

func TestBoolAttrLeavesFalseOutOfTheServersHTML(t *testing.T) {
	for _, c := range []struct {
		ui   app.UI
		html string
	}{
		{boolAttr(app.Input().Type("radio"), app.HTMLInput.Checked, false), `<input type="radio">`},
		{boolAttr(app.Input().Type("radio"), app.HTMLInput.Checked, true), `<input checked type="radio">`},
		{boolAttr(app.Option().Value("x"), app.HTMLOption.Selected, false), `<option value="x"></option>`},
		{boolAttr(app.Button(), app.HTMLButton.Disabled, true), `<button disabled></button>`},
	} {
		if got := string(htmlOf(c.ui)); got != c.html {
			t.Errorf("got %s, want %s", got, c.html)
		}
	}
}

func TestAttributesSurviveGoQuoting(t *testing.T) {
	if got := attrText(`The "median" pay`); got != "The ”median” pay" {
		t.Errorf("attrText = %q", got)
	}
	for v, want := range map[string]string{
		"medical coder":  "medical coder",
		"café – é":       "café – é",
		`say "hi"`:       "",
		`back\slash`:     "",
		"line\nbreak":    "",
		"":               "",
		"RHIT & CCA < 5": "RHIT & CCA < 5",
	} {
		if got := serverSafeAttr(v); got != want {
			t.Errorf("serverSafeAttr(%q) = %q, want %q", v, got, want)
		}
		// What is kept reads back as it was.
		if got := serverSafeAttr(v); got != "" {
			if el := htmlOf(app.Input().Value(got)).elements()[0]; el.attrs["value"] != v {
				t.Errorf("%q prerenders as value %q", v, el.attrs["value"])
			}
		}
	}
}

func TestInlinePiecesAreOneTextOnTheServer(t *testing.T) {
	called := false
	got := inlinePieces("Medical", func() []app.UI {
		called = true
		return []app.UI{app.Text("Medic"), app.Mark().Text("a"), app.Text("l")}
	})
	if called || len(got) != 1 || string(htmlOf(app.P().Body(got...))) != "<p>Medical</p>" {
		t.Errorf("the server's pieces are %d, drawn: %v", len(got), called)
	}
}

// radioHost draws one radio, whose id and checked state a test sets.
type radioHost struct {
	app.Compo
	ctx     app.Context
	id      string
	checked bool
}

func (h *radioHost) OnPreRender(ctx app.Context) { h.ctx = ctx }
func (h *radioHost) Render() app.UI {
	return app.Div().Body(newRadioChoice().ID(h.id).Checked(h.checked))
}

// A radio standing for another choice is a new input; the same choice's
// radio is updated in place.
func TestARadioForAnotherChoiceIsANewInput(t *testing.T) {
	h := &radioHost{id: "a"}
	e := mount(t, h)
	set := func(id string, checked bool) map[string]int {
		return countRedraws(func() {
			h.ctx.Dispatch(func(app.Context) { h.id, h.checked = id, checked })
			e.ConsumeAll()
		})
	}
	if got := set("a", true); !equalCounts(got, map[string]int{"radio a": 1}) {
		t.Errorf("checking the radio: %s, want it updated", redrawsText(got))
	}
	if got := set("b", false); len(got) != 0 {
		t.Errorf("another choice's radio: %s, want a new one, not an update", redrawsText(got))
	}
	if p := htmlOf(h); len(p.checked()) != 0 {
		t.Errorf("the new radio is checked: %v", p.checked())
	}
}

// The long pages let the browser in while the app takes over: a turn
// between the header and the page, and more within the pages whose mount
// was one long task (make bench's takeover table). Taking them out fails
// here as well as in the table.
func TestLongPagesTakeTurns(t *testing.T) {
	for _, c := range []struct {
		path string
		min  int
	}{
		{"/", 1},
		{"/salaries", 5},
		{"/plan", 5},
		{careerPath(data.MainSlug), 4},
	} {
		p := pageAt(c.path)
		got := strings.Count(app.HTMLString(newShell().Content(p.Content()...)), `class="turn"`)
		if got < c.min {
			t.Errorf("%s: %d turns for the browser, want at least %d", c.path, got, c.min)
		}
	}
	if takingOver {
		t.Error("on the server there is no takeover")
	}
}

// TestThePageIsBuiltOnceAPath checks the page frame gives go-app the same
// shell when it is drawn again for the same page, which go-app then finds
// unchanged, and a new one for another page.
func TestThePageIsBuiltOnceAPath(t *testing.T) {
	f := &pageFrame{IPath: "/salaries"}
	first := f.Render()
	if again := f.Render(); again != first {
		t.Error("drawn again for the same page, the frame built the page anew")
	}
	f.IPath = "/glossary"
	if other := f.Render(); other == first {
		t.Error("drawn for another page, the frame kept the old one")
	}
}
