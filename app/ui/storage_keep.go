package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browsers clear what a site saved by their own rules: any of them may
// under pressure unless it granted the site persistence, and Safari after
// seven days of use without a visit unless the site runs from the Home
// Screen. The app asks for persistence once the student has saved
// something, and the plan says in one line whether what is saved may go.

// keepAsked is set once the app has asked this page session for persistent
// storage: once is enough, as the browser remembers its answer (Firefox
// asks the person; Chromium decides by itself).
var keepAsked bool

// storageEvent is sent to the window when the app's storage changes state:
// the browser has answered the request to keep it, or saving has started
// or stopped failing. The plan's line then says how things stand, wherever
// on the page it is.
const storageEvent = "hitcoach-storage"

func announceStorage() {
	if app.IsClient {
		app.Window().Call("dispatchEvent", app.Window().Get("Event").New(storageEvent))
	}
}

// askToKeep asks the browser to keep the app's storage, where it can be
// asked; saveState calls it after the first write that succeeds.
func askToKeep() {
	if keepAsked || !app.IsClient {
		return
	}
	keepAsked = true
	storage := app.Window().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("persist").Truthy() {
		return
	}
	whenSettled(storage.Call("persist"), func(app.Value, bool) { announceStorage() })
}

// whenSettled calls done once the promise p settles, with its value and
// whether it was fulfilled. done runs outside go-app's UI goroutine: it
// dispatches whatever it changes.
func whenSettled(p app.Value, done func(v app.Value, ok bool)) {
	var fulfilled, rejected app.Func
	settle := func(ok bool) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			fulfilled.Release()
			rejected.Release()
			v := app.Undefined()
			if len(args) > 0 {
				v = args[0]
			}
			done(v, ok)
			return nil
		})
	}
	fulfilled, rejected = settle(true), settle(false)
	p.Call("then", fulfilled, rejected)
}

// keepFacts is what the browser says about keeping the app's storage.
type keepFacts struct {
	// checked is set once the browser has answered whether it persists the
	// storage; supported, when it can be asked at all.
	checked, supported, persisted bool
	// apple is an Apple browser, with Safari's seven-day rule; installed,
	// the app opened from the Home Screen or as an installed app.
	apple, installed bool
	// failing is set when storage refuses to save: the cannot-save message
	// says so, and this line stays quiet.
	failing bool
}

// The lines the plan shows; each gives the two ways out where storage may
// be cleared: install the app, or keep a backup.
const (
	keepSevenDays    = "This browser may delete what you save here if you go seven days without opening the app. To keep it, add the app to your Home Screen or save a backup."
	keepGranted      = "This browser has agreed to keep what you save here."
	keepUnknown      = "This browser does not say whether it will keep what you save here. To be safe, install the app or save a backup."
	keepMayBeCleared = "This browser may delete what you save here when it runs short of space. To keep it, install the app or save a backup."
)

// keepLine is the one line on keeping what is saved; "" while storage
// refuses to save. Until the browser answers, and in the page as the server
// sends it, the line says what holds in every browser that has not granted
// persistence: most never do, so the line seldom changes once it answers.
func keepLine(k keepFacts) string {
	switch {
	case k.failing:
		return ""
	case k.apple && !k.installed:
		return keepSevenDays
	case !k.checked:
		return keepMayBeCleared
	case k.persisted:
		return keepGranted
	case !k.supported:
		return keepUnknown
	}
	return keepMayBeCleared
}

// runsInstalled reports whether the app runs from the Home Screen or as an
// installed app: Safari says so in navigator.standalone, the others in the
// display mode the manifest asks for (go-app's is standalone).
func runsInstalled() bool {
	w := app.Window()
	if w.Get("navigator").Get("standalone").Truthy() {
		return true
	}
	return w.Get("matchMedia").Truthy() && w.Call("matchMedia", "(display-mode: standalone)").Get("matches").Truthy()
}
