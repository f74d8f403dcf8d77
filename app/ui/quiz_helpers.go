package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// runAction calls an optional callback. Element handlers are methods that
// read the component's current callbacks through it: go-app keeps an
// element's first handler when a new one has the same code, so closures
// made at render time would go stale when an element is reused.
func runAction(ctx app.Context, f func(ctx app.Context)) {
	if f != nil {
		f(ctx)
	}
}

// focusByID moves keyboard focus to an element once the screen has changed, so
// keyboard and screen-reader users continue from the new content. ctx must
// belong to a component that stays mounted: go-app drops deferred work whose
// element has gone.
func focusByID(ctx app.Context, id string) {
	if ctx.Context == nil {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// missingText is the text of an always-present alert: empty until needed.
func missingText(missing bool, text string) string {
	if missing {
		return text
	}
	return ""
}
