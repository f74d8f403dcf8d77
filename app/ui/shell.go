package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the layout every page shares: skip link, header with navigation
// and search, the page's main content, and the footer.
// Its fields are exported because go-app copies only exported fields when a
// parent re-renders; unexported ones would keep the first render's content.
type shell struct {
	app.Compo
	ICurrent string
	IContent []app.UI
}

func newShell() *shell { return &shell{} }

// Current marks the navigation link for the page being shown.
func (s *shell) Current(path string) *shell { s.ICurrent = path; return s }

// Content sets what the main landmark holds.
func (s *shell) Content(v ...app.UI) *shell { s.IContent = v; return s }

func (s *shell) OnMount(ctx app.Context) {
	tookOver()
	// Browser tests and the offline indicator wait for this mark: it says
	// the wasm has taken over from the prerendered page.
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	changedNothingDrawn(ctx)
}

// focusMain moves keyboard focus past the header, which scrolling to the
// anchor alone does not do.
func (s *shell) focusMain(ctx app.Context, e app.Event) {
	if main := app.Window().GetElementByID("main"); main.Truthy() {
		main.Call("focus")
	}
}

func (s *shell) Render() app.UI {
	return app.Div().Class("layout").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to main content").OnClick(s.focusMain),
		newUpdateBanner(),
		newLocalLayer(), // local.json: loads it; the shared-computer line (local_layer.go)
		newHeader().Current(s.ICurrent),
		// Shown by the style sheet only when scripts are off, which is also
		// when nothing else can say it.
		app.P().Class("notice scripts-off").Text("Scripts are off in this browser. Every page can still be read, but search, the readiness quiz, your plan and the salary tools need JavaScript."),
		newBrowserTurn(), // the header apart from the page while the app takes over
		// A copy: go-app's Body filters its arguments in place, which would
		// corrupt s.IContent for the next render when it holds an app.If.
		app.Main().ID("main").TabIndex(-1).Body(append([]app.UI(nil), s.IContent...)...),
		newFooter(),
	)
}
