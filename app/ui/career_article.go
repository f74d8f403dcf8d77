package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerArticle is the body of a career page: a component of its own, so
// that when something small changes, such as the results in the header's
// search box, go-app sees its one field unchanged and skips the whole guide
// instead of drawing and comparing it again on every keystroke.
type careerArticle struct {
	app.Compo
	ISlug string
}

func newCareerArticle() *careerArticle { return &careerArticle{} }

// Slug names the career to show.
func (a *careerArticle) Slug(v string) *careerArticle { a.ISlug = v; return a }

func (a *careerArticle) Render() app.UI {
	c := appData().Career(a.ISlug)
	sections := c.Sections()
	return app.Article().Class("career").Body(
		app.H1().Text(c.Title),
		app.P().Class("lead").Text(c.Summary),
		app.If(c.Classification != "", func() app.UI {
			return app.P().Class("muted").Text("Occupation code: " + c.Classification)
		}),
		app.If(len(c.AltTitles) > 0, func() app.UI {
			return app.P().Class("muted").Text("Also called: " + strings.Join(c.AltTitles, ", "))
		}),
		staticUI(app.Nav().Class("toc").Aria("label", "On this page").Body(
			app.H2().Class("toc-title").Text("On this page"),
			app.Ol().Body(app.Range(sections).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(href("/careers/" + c.Slug + "#" + sections[i].ID)).Text(sections[i].Title))
			})),
		)),
		app.Range(sections).Slice(func(i int) app.UI {
			return renderCareerSection(c, sections[i])
		}),
	)
}
