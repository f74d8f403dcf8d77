package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateDismissed keeps "Later" in force while the person moves between
// pages, which each mount a banner of their own.
var updateDismissed bool

// updateBanner offers to reload once a new version of the app has been
// installed in the background. It never blocks the page: the current version
// keeps working until the person chooses to reload.
type updateBanner struct {
	app.Compo
	available bool
	// packOnly is set when only the host's local.json has changed
	// (local_layer.go), which a reload takes in just as a new version.
	packOnly bool
}

func newUpdateBanner() *updateBanner { return &updateBanner{} }

func (b *updateBanner) OnMount(ctx app.Context) {
	before := b.available
	b.available = ctx.AppUpdateAvailable() && !updateDismissed
	onAction(ctx, actionLocalPackChanged, b.packChanged)
	if b.available == before {
		changedNothingDrawn(ctx)
	}
}

func (b *updateBanner) OnAppUpdate(ctx app.Context) {
	updateDismissed = false
	b.available, b.packOnly = true, false
}

func (b *updateBanner) packChanged(ctx app.Context) {
	if !b.available {
		updateDismissed = false
		b.available, b.packOnly = true, true
	}
}

func (b *updateBanner) reload(ctx app.Context, e app.Event) {
	app.Window().Get("location").Call("reload")
}

func (b *updateBanner) later(ctx app.Context, e app.Event) {
	updateDismissed = true
	b.available = false
}

func (b *updateBanner) Render() app.UI {
	// The live region is always there, so screen readers announce the
	// banner when it appears.
	return app.Div().Class("update-region").Aria("live", "polite").Body(
		app.If(b.available, func() app.UI {
			return app.Div().ID("update-banner").Class("update-banner").Body(
				app.P().Text(updateText(b.packOnly)),
				app.Div().Class("update-actions").Body(
					app.Button().Type("button").Text("Reload now").OnClick(b.reload),
					app.Button().Type("button").Class("secondary").Text("Later").OnClick(b.later),
				),
			)
		}),
	)
}

// updateText says what is new: the app, or only the local information.
func updateText(packOnly bool) string {
	if packOnly {
		return "New local information for this app is ready. Your quiz answers and plan are kept."
	}
	return "A new version of the app is ready. Your quiz answers and plan are kept."
}
