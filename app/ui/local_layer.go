package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// localLayer is the part of every page's shell that belongs to the local
// pack: it reads local.json when the app starts, hears from the service
// worker when the file has changed on the host, and in shared-computer mode
// shows the line that says so, with "Finish and clear", and runs the idle
// clock. It stays mounted across in-app navigation, as the shell does.
type localLayer struct {
	app.Compo
	packView
	shared  sharedSetting
	cleared bool

	idle     *idleClock
	onWorker app.Func
}

// actionLocalPackChanged says that the host's local.json is not the one
// this page read: the update banner offers a reload.
const actionLocalPackChanged = "local-pack-changed"

// workerPackMessage is the type of the service worker's message about
// local.json (app/server/worker.js).
const workerPackMessage = "hitcoach-local-json"

func newLocalLayer() *localLayer { return &localLayer{} }

func (l *localLayer) OnMount(ctx app.Context) {
	l.watchPack(ctx)
	l.shared = currentShared()
	l.cleared = takeCleared()
	ctx.Handle(actionLocalPack, l.sharedChanged)
	loadLocalPack(ctx, l.packRead)
	l.listenToWorker(ctx)
	l.runIdleClock(ctx)
	if !l.shared.on() && !l.cleared {
		changedNothingDrawn(ctx)
	}
}

func (l *localLayer) OnDismount() {
	l.idle.stop()
	l.idle = nil
	if l.onWorker != nil {
		if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() {
			sw.Call("removeEventListener", "message", l.onWorker)
		}
		l.onWorker.Release()
		l.onWorker = nil
	}
}

// packRead applies what was found: the pack's shared-computer setting, a
// search index with the pack in it (built when the browser is idle), and
// the scroll to a local entry a link named before it existed.
func (l *localLayer) packRead(ctx app.Context, s packState) {
	setPackShared(s)
	// Browser tests wait for this mark, as for data-app.
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-local-pack", s.status.String())
	if s.pack != nil {
		buildSiteIndexWhenIdle()
		if hash := locationHash(); strings.HasPrefix(hash, "#local-") {
			// After the components have drawn the pack.
			ctx.After(100*time.Millisecond, func(app.Context) { app.Window().ScrollToID(strings.TrimPrefix(hash, "#")) })
		}
	}
}

// sharedChanged follows the pack's or the student's setting.
func (l *localLayer) sharedChanged(ctx app.Context, a app.Action) {
	l.shared = currentShared()
	l.runIdleClock(ctx)
}

// listenToWorker passes on the worker's word that local.json changed.
func (l *localLayer) listenToWorker(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !app.IsClient || !sw.Truthy() || l.onWorker != nil {
		return
	}
	l.onWorker = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		msg := args[0].Get("data")
		if msg.Truthy() && msg.Get("type").Truthy() && msg.Get("type").String() == workerPackMessage {
			ctx.NewAction(actionLocalPackChanged)
		}
		return nil
	})
	sw.Call("addEventListener", "message", l.onWorker)
}

// runIdleClock starts the idle clock in the idle mode and stops it in any
// other.
func (l *localLayer) runIdleClock(ctx app.Context) {
	if l.shared.mode != local.ModeIdle || !app.IsClient {
		l.idle.stop()
		l.idle = nil
		return
	}
	if l.idle != nil && l.idle.minutes == l.shared.idleMinutes {
		return
	}
	l.idle.stop()
	l.idle = startIdleClock(l.shared.idleMinutes)
}

func (l *localLayer) finish(ctx app.Context, e app.Event) { finishAndClear() }

func (l *localLayer) Render() app.UI {
	return app.Div().Class("local-layer").Body(
		app.If(l.shared.on(), func() app.UI {
			more := "Your answers are kept only until this browser is closed."
			if l.shared.mode == local.ModeIdle {
				more = "Your answers are kept until this browser is closed, or for " + minutesText(l.shared.idleMinutes) + " without use."
			}
			if l.shared.byPack && l.pack != nil {
				more += " Set by " + l.pack.Organization.Name + "."
			}
			// Short, as it appears after the page is drawn: a long line
			// would become the largest thing painted and count as the
			// page's main content arriving late.
			return app.Div().ID("shared-computer").Class("shared-bar").Role("region").Aria("label", "Shared computer").Body(
				app.P().Body(app.Strong().Text("Shared computer:"), app.Text(" your answers are cleared when you leave.")),
				app.Details().Class("shared-more").Body(
					app.Summary().Text("How long?"),
					app.P().Text(more),
				),
				app.Button().Type("button").ID("shared-finish").Text("Finish and clear").OnClick(l.finish),
			)
		}),
		app.If(l.cleared, func() app.UI {
			return app.P().ID("shared-cleared").Class("shared-cleared").Role("status").Text("Your answers have been cleared. This computer is ready for the next student.")
		}),
	)
}

func minutesText(n int) string {
	if n == 1 {
		return "1 minute"
	}
	return strconv.Itoa(n) + " minutes"
}

// idleClock clears the answers after some minutes without a key press,
// a tap, typing or scrolling. It reads the time from Date.now, which a
// browser test moves forward to stand for the minutes passing.
type idleClock struct {
	minutes  int
	last     float64
	onUse    app.Func
	onCheck  app.Func
	interval app.Value
}

// idleEvents are what counts as using the computer.
var idleEvents = []string{"pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"}

// idleCheckEvery is how often the clock looks, in milliseconds: the clear
// comes at most this late.
const idleCheckEvery = 5000

func jsNow() float64 { return app.Window().Get("Date").Call("now").Float() }

func startIdleClock(minutes int) *idleClock {
	c := &idleClock{minutes: minutes, last: jsNow()}
	c.onUse = app.FuncOf(func(this app.Value, args []app.Value) any {
		c.last = jsNow()
		return nil
	})
	c.onCheck = app.FuncOf(func(this app.Value, args []app.Value) any {
		c.check()
		return nil
	})
	doc := app.Window().Get("document")
	for _, ev := range idleEvents {
		doc.Call("addEventListener", ev, c.onUse, map[string]any{"capture": true, "passive": true})
	}
	// Back to the tab after a long time: look at once.
	doc.Call("addEventListener", "visibilitychange", c.onCheck)
	c.interval = app.Window().Call("setInterval", c.onCheck, idleCheckEvery)
	return c
}

// check clears the answers once the minutes have passed without use, and
// takes the next student to the home page. With nothing saved and the home
// page shown there is nothing to clear, and the clock starts again.
func (c *idleClock) check() {
	if jsNow()-c.last < float64(c.minutes)*60000 {
		return
	}
	path := strings.TrimPrefix(app.Window().Get("location").Get("pathname").String(), rootPrefix())
	if !hasAnswers() && (path == "/" || path == "") {
		c.last = jsNow()
		return
	}
	c.stop()
	finishAndClear()
}

func (c *idleClock) stop() {
	if c == nil {
		return
	}
	doc := app.Window().Get("document")
	for _, ev := range idleEvents {
		doc.Call("removeEventListener", ev, c.onUse, map[string]any{"capture": true})
	}
	doc.Call("removeEventListener", "visibilitychange", c.onCheck)
	app.Window().Call("clearInterval", c.interval)
	c.onUse.Release()
	c.onCheck.Release()
}
