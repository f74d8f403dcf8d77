package ui

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/app/search"
	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A counselor's local pack (data/local) is local.json beside index.html. It
// is only known in the browser: the app fetches it at start, and the
// prerendered pages never hold any of it. The components that show it read
// it when they mount and again on actionLocalPack, which the local layer
// (local_layer.go) sends once the file has been read.

// packStatus is what became of local.json.
type packStatus int

const (
	packPending    packStatus = iota // not read yet, or not in a browser
	packNone                         // no file: the normal case, said nowhere but /counselor
	packUsed                         // read and valid: shown across the app
	packRefused                      // read with problems: none of it is used
	packUnreadable                   // the fetch failed, as offline with nothing kept
)

func (s packStatus) String() string {
	switch s {
	case packNone:
		return "none"
	case packUsed:
		return "used"
	case packRefused:
		return "refused"
	case packUnreadable:
		return "unreadable"
	}
	return "pending"
}

// packState is local.json as the app found it.
type packState struct {
	status   packStatus
	pack     *local.Pack
	problems []local.Problem
	// raw is a refused file's content, for the counselor page to open in
	// its form; detail says why a file could not be read or was not taken
	// as a pack.
	raw    []byte
	detail string
}

var packNow atomic.Pointer[packState]

// currentLocal is what the app knows of local.json now.
func currentLocal() packState {
	if s := packNow.Load(); s != nil {
		return *s
	}
	return packState{}
}

// currentPack is the pack in use, or nil: no file, a refused one, or not
// read yet. The local package's helpers take a nil pack as no pack.
func currentPack() *local.Pack { return currentLocal().pack }

func setLocal(s packState) { packNow.Store(&s) }

// actionLocalPack tells the components that show local content that the
// pack, or the shared-computer setting, has changed.
const actionLocalPack = "local-pack"

// packView is embedded by the components that show the pack: the pack they
// draw, kept current as it arrives.
type packView struct {
	pack *local.Pack
}

// watchPack takes the pack as it is now and follows its changes; it
// reports whether the component must be drawn again, so a component that
// drew the same pack says it changed nothing.
func (v *packView) watchPack(ctx app.Context) (changed bool) {
	now := currentPack()
	changed = now != v.pack
	v.pack = now
	ctx.Handle(actionLocalPack, v.packChanged)
	return changed
}

func (v *packView) packChanged(ctx app.Context, a app.Action) { v.pack = currentPack() }

// packURL is where local.json is: beside index.html, under the sub-path.
func packURL() string { return rootPrefix() + "/" + local.FileName }

var packLoad sync.Once

// loadLocalPack fetches local.json once per page load, in the browser only,
// from the app's own origin, revalidated with the host ("no-cache"), and
// sends actionLocalPack through ctx once it is read. A 404 is the normal
// case of no pack. The service worker answers offline with the copy it
// keeps (app/server/worker.js).
func loadLocalPack(ctx app.Context, done func(app.Context, packState)) {
	if !app.IsClient {
		return
	}
	packLoad.Do(func() {
		finish := func(s packState) {
			ctx.Dispatch(func(ctx app.Context) {
				setLocal(s)
				done(ctx, s)
				ctx.NewAction(actionLocalPack)
			})
		}
		req := app.Window().Call("fetch", packURL(), map[string]any{
			"cache":       "no-cache",
			"mode":        "same-origin",
			"credentials": "same-origin",
		})
		promise(req, func(res app.Value) {
			status := res.Get("status").Int()
			contentType := res.Get("headers").Call("get", "Content-Type")
			switch {
			case status == 404 || status == 410:
				finish(packState{status: packNone})
				return
			case !res.Get("ok").Bool():
				finish(packState{status: packUnreadable, detail: "the host answered HTTP " + strconv.Itoa(status)})
				return
			case contentType.Truthy() && strings.Contains(contentType.String(), "text/html"):
				// A host with a rewrite rule answers every missing file
				// with a page: that is no pack.
				finish(packState{status: packNone, detail: "the host answered " + local.FileName + " with a web page, not a file: it may send every missing address to index.html"})
				return
			}
			promise(res.Call("arrayBuffer"), func(buf app.Value) {
				finish(readPack(jsBytes(buf)))
			}, func(err app.Value) {
				finish(packState{status: packUnreadable, detail: jsErrorText(err)})
			})
		}, func(err app.Value) {
			finish(packState{status: packUnreadable, detail: jsErrorText(err)})
		})
	})
}

// readPack decodes the file's bytes against the embedded data.
func readPack(b []byte) packState {
	p, problems := local.Decode(b, appData())
	if len(problems) > 0 {
		raw := b
		if len(raw) > local.MaxBytes {
			raw = nil // too large to open in the form anyway
		}
		return packState{status: packRefused, problems: problems, raw: raw}
	}
	return packState{status: packUsed, pack: p}
}

// jsBytes copies an ArrayBuffer into Go.
func jsBytes(buf app.Value) []byte {
	arr := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Length())
	app.CopyBytesToGo(b, arr)
	return b
}

// promise runs ok with a JavaScript promise's value, or fail with its
// reason. go-app's Value.Then has no way to hear a rejection.
func promise(p app.Value, ok, fail func(app.Value)) {
	var onOK, onFail app.Func
	release := func() {
		onOK.Release()
		onFail.Release()
	}
	arg := func(args []app.Value) app.Value {
		if len(args) == 0 {
			return app.Undefined()
		}
		return args[0]
	}
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		ok(arg(args))
		return nil
	})
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		fail(arg(args))
		return nil
	})
	p.Call("then", onOK, onFail)
}

func jsErrorText(err app.Value) string {
	if err.Truthy() && err.Get("message").Truthy() {
		return err.Get("message").String()
	}
	return "the file could not be fetched"
}

// localMoney writes a local figure as the app writes the national ones.
func localMoney(currency string, amount int64) string {
	return salary.Format(amount, salary.Symbol(appData(), currency))
}

// indexCache holds the site index and the pack it is built with, done or
// a part at a time: a pack that arrives after the first search makes the
// next one build it again.
var indexCache struct {
	sync.Mutex
	pack     *local.Pack
	building *search.Building // nil before the first
	ix       *search.Index    // nil until building is done
}

// indexFor is the site index for pack p, finished at once if it is not
// yet, and reused while p stays.
func indexFor(p *local.Pack) *search.Index {
	indexCache.Lock()
	defer indexCache.Unlock()
	if b := buildingFor(p); indexCache.ix == nil {
		indexCache.ix = b.Index()
	}
	return indexCache.ix
}

// stepIndex builds one more part of that index and reports whether it is
// complete.
func stepIndex(p *local.Pack) (done bool) {
	indexCache.Lock()
	defer indexCache.Unlock()
	if b := buildingFor(p); indexCache.ix == nil && b.Step() {
		indexCache.ix = b.Index()
	}
	return indexCache.ix != nil
}

// buildingFor is the index being built for p, begun anew when p is not
// the pack it was begun with. The caller holds indexCache's lock.
func buildingFor(p *local.Pack) *search.Building {
	if indexCache.building == nil || indexCache.pack != p {
		indexCache.building, indexCache.pack, indexCache.ix = startSiteIndex(p), p, nil
	}
	return indexCache.building
}
