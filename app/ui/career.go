package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerPage shows every section the data has for one career, each with its
// own anchor, after a table of contents.
type careerPage struct {
	app.Compo
	// Exported: going from one career to another by an in-app link, go-app
	// keeps the mounted page and copies only exported fields into it, so an
	// unexported slug left the previous career on screen.
	ISlug string
}

func newCareerPage(slug string) *careerPage { return &careerPage{ISlug: slug} }

func (p *careerPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *careerPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *careerPage) setPage(ctx app.Context) {
	c := appData().Career(p.ISlug)
	setPage(ctx, c.Title+" career guide", c.Summary)
}

func (p *careerPage) Render() app.UI {
	current := ""
	if p.ISlug == data.MainSlug {
		current = "/careers/" + data.MainSlug
	}
	return newShell().Current(current).Content(newCareerArticle().Slug(p.ISlug))
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
