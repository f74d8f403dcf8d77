package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// statusBar tells whether the app is ready to work without a network, and
// whether the network is there at all.
type statusBar struct {
	app.Compo
	supported bool
	ready     bool
	offline   bool
	release   []func()
}

// newStatusBar reads the browser's state at once on the client, so the
// first render already says the right thing: a bar drawn as "cannot keep the
// app" and corrected a moment later would have its live region announce both.
func newStatusBar() *statusBar {
	s := &statusBar{}
	if app.IsClient {
		s.read()
	}
	return s
}

// read takes the network and service-worker state from the browser. A
// controlling worker has finished its install, which only succeeds once
// everything the app needs is cached.
func (s *statusBar) read() {
	navigator := app.Window().Get("navigator")
	s.offline = !navigator.Get("onLine").Bool()
	sw := navigator.Get("serviceWorker")
	s.supported = sw.Truthy()
	s.ready = s.supported && sw.Get("controller").Truthy()
}

func (s *statusBar) OnMount(ctx app.Context) {
	supported, ready, offline := s.supported, s.ready, s.offline
	s.read()
	if s.supported == supported && s.ready == ready && s.offline == offline {
		changedNothingDrawn(ctx)
	}
	for _, event := range []string{"online", "offline"} {
		s.listen(ctx, app.Window(), event, func(ctx app.Context) {
			s.offline = !app.Window().Get("navigator").Get("onLine").Bool()
		})
	}
	if !s.supported || s.ready {
		return
	}
	sw := app.Window().Get("navigator").Get("serviceWorker")
	var onReady app.Func
	onReady = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { s.ready = true })
		onReady.Release()
		return nil
	})
	sw.Get("ready").Call("then", onReady)
}

// listen calls update on a browser event until the bar is dismounted.
func (s *statusBar) listen(ctx app.Context, target app.Value, event string, update func(app.Context)) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(update)
		return nil
	})
	target.Call("addEventListener", event, fn)
	s.release = append(s.release, func() {
		target.Call("removeEventListener", event, fn)
		fn.Release()
	})
}

func (s *statusBar) OnDismount() {
	for _, r := range s.release {
		r()
	}
	s.release = nil
}

func (s *statusBar) Render() app.UI {
	text := "Saving the app on this device for offline use…"
	switch {
	case !s.supported && app.IsClient:
		text = "This browser cannot keep the app for offline use; it works while this tab stays open."
	case s.ready && s.offline:
		text = "You are offline. Everything in the app still works."
	case s.ready:
		text = "Ready to work offline."
	case s.offline:
		text = "You are offline and the app is not saved yet: keep this tab open to go on using it."
	}
	return app.P().ID("offline-status").Class("status").Aria("live", "polite").Text(text)
}
