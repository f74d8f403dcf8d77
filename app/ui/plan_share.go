package ui

import (
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planShare makes a link that carries the latest result and the plan (each
// step's status, target month and note, and the timeline's choices) in its
// fragment. The fragment never reaches a server, so sharing needs none.
// When the plan is too large for a link that opens in every browser, it
// says so instead of offering the link.
type planShare struct {
	app.Compo
	// IShared is what the link carries; nil before any result.
	IShared *store.Shared
	// created is set once the person asked for the link; the link then
	// follows the plan as it changes.
	created bool
	copied  string
	mounted app.Context
}

func newPlanShare() *planShare { return &planShare{} }

// Shared sets what to share; nil when there is no result yet.
func (s *planShare) Shared(v *store.Shared) *planShare { s.IShared = v; return s }

func (s *planShare) OnMount(ctx app.Context) {
	s.mounted = ctx
	changedNothingDrawn(ctx)
}

// sharePrefix is a share link up to its token: the plan's full address
// with the fragment's name.
func sharePrefix() string {
	origin := app.Window().Get("location").Get("origin").String()
	return origin + href("/plan") + "#" + store.ShareParam + "="
}

func (s *planShare) create(ctx app.Context, e app.Event) {
	if s.IShared == nil {
		return
	}
	s.created = true
	s.copied = ""
	focusByID(s.mounted, "share-link")
}

func (s *planShare) copy(ctx app.Context, e app.Event) {
	in := app.Window().GetElementByID("share-link")
	if !in.Truthy() {
		return
	}
	in.Call("select")
	// execCommand answers at once; the asynchronous clipboard API can
	// reject without a user gesture it accepts, and that rejection would
	// surface as an uncaught error.
	if app.Window().Get("document").Call("execCommand", "copy").Bool() {
		s.copied = "The link is copied. Paste it wherever you like."
	} else {
		s.copied = "The browser did not allow copying. The link is selected: copy it with your keyboard."
	}
}

func (s *planShare) Render() app.UI {
	if s.IShared == nil {
		return app.P().ID("plan-share").Class("plan-share").Text("Finish the readiness quiz first; then you can share your result and your plan here.")
	}
	prefix := sharePrefix()
	fit := store.FitShare(prefix, *s.IShared)
	return app.Div().ID("plan-share").Class("plan-share").Body(
		app.If(!fit.Fits, func() app.UI {
			return app.P().ID("share-too-large").Class("notice").Role("status").Text(fit.Problem())
		}).Else(func() app.UI {
			return app.Button().Type("button").ID("share-create").Text("Share my plan").OnClick(s.create)
		}),
		app.If(s.created && fit.Fits, func() app.UI {
			return app.Div().Class("share-output").Body(
				app.Label().For("share-link").Text("Share link"),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(prefix+store.EncodeShare(*s.IShared)),
				app.Button().Type("button").Class("secondary").ID("share-copy").Text("Copy link").OnClick(s.copy),
				app.P().Class("share-about").Text("The link carries your latest scores, your level and the date, and your plan: each step's status, target month and note, and your timeline. It does not carry your answers. Nothing is uploaded: whoever opens it sees your plan in their own browser, read-only, and can print it."),
				app.P().Class("status").Role("status").Text(s.copied),
			)
		}),
	)
}
