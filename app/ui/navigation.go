package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shownPath is the path of the page on screen, or "" before the first.
var shownPath string

// settleNavigation does for an in-app navigation what a page load does by
// itself. go-app swaps the page without a load, so the new page opened
// scrolled as far down as the old one was, and keyboard and screen-reader
// users were left on a link that no longer existed. Now a new page starts
// at its top with focus on its main landmark, and a link to a section
// moves focus to that section (go-app scrolls there). The first page, and a
// change of query only, such as a new search, are left alone.
func settleNavigation() {
	if !app.IsClient {
		return
	}
	u := app.Window().URL()
	first := shownPath == ""
	changed := u.Path != shownPath
	shownPath = u.Path
	if first {
		return
	}
	if u.Fragment != "" {
		if target := app.Window().GetElementByID(u.Fragment); target.Truthy() {
			focusWithoutScrolling(target)
		}
		return
	}
	if changed {
		app.Window().Call("scrollTo", 0, 0)
		if main := app.Window().GetElementByID("main"); main.Truthy() {
			focusWithoutScrolling(main)
		}
	}
}

// focusWithoutScrolling focuses an element, making it focusable first if it
// is not, such as a section.
func focusWithoutScrolling(el app.Value) {
	if !el.Call("hasAttribute", "tabindex").Bool() {
		el.Call("setAttribute", "tabindex", "-1")
		el.Get("classList").Call("add", "nav-target")
	}
	el.Call("focus", map[string]any{"preventScroll": true})
}
