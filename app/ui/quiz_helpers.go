package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onAction runs do when a child sends the named action. ctx is the owner's
// own, from OnMount: the handler then runs as the owner, and go-app draws the
// owner again afterwards, and of its children only those that changed.
func onAction(ctx app.Context, action string, do func(ctx app.Context)) {
	ctx.Handle(action, func(ctx app.Context, _ app.Action) { do(ctx) })
}

// chosenIndex reads the action of a radioChoice whose values are indexes:
// the key of its group and the index chosen.
func chosenIndex(a app.Action) (key string, index int, ok bool) {
	c, ok := a.Value.(choice)
	if !ok {
		return "", 0, false
	}
	i, err := strconv.Atoi(c.Value)
	if err != nil || i < 0 {
		return "", 0, false
	}
	return c.Key, i, true
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

// focusAtTop scrolls an element to the top of the screen and moves focus to
// it once the screen has changed: the result then opens with its verdict in
// view, wherever the last question left the page scrolled. Focus alone
// would scroll the heading only into the middle of the screen.
func focusAtTop(ctx app.Context, id string) {
	if ctx.Context == nil {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "start"})
			el.Call("focus", map[string]any{"preventScroll": true})
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
