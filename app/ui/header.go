package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// header is the site banner: the app name, the main navigation and the
// search box.
type header struct {
	app.Compo
	ICurrent string
}

func newHeader() *header { return &header{} }

// Current marks the link of the page being shown with aria-current.
func (h *header) Current(path string) *header { h.ICurrent = path; return h }

func (h *header) Render() app.UI {
	return app.Header().Class("site-header").Body(
		app.Div().Class("site-header-inner").Body(
			app.A().Class("brand").Href(href("/")).Body(
				brandMark(),
				app.Span().Text(appName),
			),
			app.Nav().Aria("label", "Main").Body(
				app.Ul().Body(
					app.Range(navLinks()).Slice(func(i int) app.UI {
						l := navLinks()[i]
						a := app.A().Href(href(l.Path)).Text(l.Nav)
						if l.Path == h.ICurrent {
							a = a.Aria("current", "page")
						}
						return app.Li().Body(a)
					}),
				),
			),
			newSearchBox(),
		),
	)
}
