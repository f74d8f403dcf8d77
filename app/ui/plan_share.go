package ui

import (
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planShare makes a link that carries the latest result in its fragment.
// The fragment never reaches a server, so sharing needs none.
type planShare struct {
	app.Compo
	IAttempt *store.Attempt
	link     string
	copied   string
	mounted  app.Context
}

func newPlanShare() *planShare { return &planShare{} }

// Attempt sets the result to share; nil when there is none yet.
func (s *planShare) Attempt(a *store.Attempt) *planShare { s.IAttempt = a; return s }

func (s *planShare) OnMount(ctx app.Context) {
	s.mounted = ctx
	changedNothingDrawn(ctx)
}

// shareLink is the full URL of a share link for a token.
func shareLink(token string) string {
	origin := app.Window().Get("location").Get("origin").String()
	return origin + href("/plan") + "#" + store.ShareParam + "=" + token
}

func (s *planShare) create(ctx app.Context, e app.Event) {
	if s.IAttempt == nil {
		return
	}
	s.link = shareLink(store.EncodeShare(s.IAttempt.Share()))
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
	if s.IAttempt == nil {
		return app.P().ID("plan-share").Text("Finish the readiness quiz first; then you can share its result here.")
	}
	return app.Div().ID("plan-share").Class("plan-share").Body(
		app.P().Text("A share link carries your latest scores, your level and the date inside the link itself — not your answers. Nothing is uploaded: whoever opens the link sees the result in their own browser and can add it to their own history."),
		app.Button().Type("button").ID("share-create").Text("Create a share link").OnClick(s.create),
		app.If(s.link != "", func() app.UI {
			return app.Div().Class("share-output").Body(
				app.Label().For("share-link").Text("Share link"),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(s.link),
				app.Button().Type("button").Class("secondary").ID("share-copy").Text("Copy link").OnClick(s.copy),
				app.P().Class("status").Role("status").Text(s.copied),
			)
		}),
	)
}
