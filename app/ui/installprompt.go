package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// installPrompt offers to install the app where the browser allows it, and
// explains the Share menu on Apple browsers, which offer no prompt.
type installPrompt struct {
	app.Compo
	installable bool
	apple       bool
}

func newInstallPrompt() *installPrompt { return &installPrompt{} }

func (p *installPrompt) OnMount(ctx app.Context)            { p.update(ctx) }
func (p *installPrompt) OnAppInstallChange(ctx app.Context) { p.update(ctx) }

func (p *installPrompt) update(ctx app.Context) {
	installable, apple := p.installable, p.apple
	p.installable = ctx.IsAppInstallable()
	p.apple = ctx.IsAppleBrowser()
	if p.installable == installable && p.apple == apple {
		changedNothingDrawn(ctx)
	}
}

func (p *installPrompt) install(ctx app.Context, e app.Event) {
	ctx.ShowAppInstallPrompt()
	// The browser offers its prompt once; it tells go-app when the app can
	// be installed again, which shows the button again.
	p.installable = false
}

func (p *installPrompt) Render() app.UI {
	return app.Div().Class("install").Body(
		app.If(p.installable && !p.apple, func() app.UI {
			return app.Button().ID("install-button").Type("button").Text("Install the app").OnClick(p.install)
		}).ElseIf(p.installable && p.apple, func() app.UI {
			return app.P().ID("install-hint").Class("install-hint").Text("To install the app on an iPhone or iPad, tap Share, then Add to Home Screen (Share → Add to Home Screen). In Safari on a Mac, choose Share, then Add to Dock.")
		}),
	)
}
