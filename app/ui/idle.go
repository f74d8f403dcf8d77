package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// whenIdle runs f once the browser has nothing more urgent to do, or after
// two seconds at the latest. The wasm has one thread, so work started from a
// goroutine at mount time would still hold up the first render.
func whenIdle(f func()) {
	if !app.IsClient {
		return
	}
	var cb app.Func
	cb = app.FuncOf(func(this app.Value, args []app.Value) any {
		cb.Release()
		f()
		return nil
	})
	if app.Window().Get("requestIdleCallback").Truthy() {
		app.Window().Call("requestIdleCallback", cb, map[string]any{"timeout": 2000})
		return
	}
	app.Window().Call("setTimeout", cb, 200)
}
