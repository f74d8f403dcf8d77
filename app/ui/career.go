package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerPage shows every section the data has for one career, each with its
// own anchor, after a table of contents.
type careerPage struct {
	app.Compo
	slug string
}

func newCareerPage(slug string) *careerPage { return &careerPage{slug: slug} }

func (p *careerPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *careerPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *careerPage) setPage(ctx app.Context) {
	c := appData().Career(p.slug)
	setPage(ctx, c.Title+" career guide", c.Summary)
}

func (p *careerPage) Render() app.UI {
	c := appData().Career(p.slug)
	sections := c.Sections()
	current := ""
	if c.Slug == data.MainSlug {
		current = "/careers/" + data.MainSlug
	}
	return newShell().Current(current).Content(
		app.Article().Class("career").Body(
			app.H1().Text(c.Title),
			app.P().Class("lead").Text(c.Summary),
			app.If(c.Classification != "", func() app.UI {
				return app.P().Class("muted").Text("Occupation code: " + c.Classification)
			}),
			app.If(len(c.AltTitles) > 0, func() app.UI {
				return app.P().Class("muted").Text("Also called: " + joinList(c.AltTitles))
			}),
			app.Nav().Class("toc").Aria("label", "On this page").Body(
				app.H2().Class("toc-title").Text("On this page"),
				app.Ol().Body(app.Range(sections).Slice(func(i int) app.UI {
					return app.Li().Body(app.A().Href(href("/careers/" + c.Slug + "#" + sections[i].ID)).Text(sections[i].Title))
				})),
			),
			app.Range(sections).Slice(func(i int) app.UI {
				return renderCareerSection(c, sections[i])
			}),
		),
	)
}

func joinList(items []string) string {
	s := ""
	for i, v := range items {
		if i > 0 {
			s += ", "
		}
		s += v
	}
	return s
}
