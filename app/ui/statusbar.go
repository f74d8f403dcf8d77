package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// statusBar tells whether the app is ready to work without a network.
type statusBar struct {
	app.Compo
	offlineReady bool
}

func newStatusBar() *statusBar { return &statusBar{} }

func (s *statusBar) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	s.offlineReady = sw.Get("controller").Truthy()
}

func (s *statusBar) Render() app.UI {
	text := "Offline use is being prepared…"
	if s.offlineReady {
		text = "Ready to work offline."
	}
	return app.P().Class("status").Aria("live", "polite").Text(text)
}
