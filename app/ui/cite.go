package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// citation names where a figure comes from and the period it refers to,
// linking to the source's entry on the about page.
type citation struct {
	app.Compo
	source string
	asOf   string
	cites  string
}

func newCitation() *citation { return &citation{} }

func (c *citation) Source(id string) *citation { c.source = id; return c }
func (c *citation) AsOf(v string) *citation    { c.asOf = v; return c }
func (c *citation) Cites(v string) *citation   { c.cites = v; return c }

// Fact fills the citation from a cited fact.
func (c *citation) Fact(f data.Fact) *citation {
	return c.Source(f.Source).AsOf(f.AsOf).Cites(f.Cites)
}

func (c *citation) Render() app.UI {
	title := c.source
	if s := appData().Source(c.source); s != nil {
		title = s.Title
	}
	return app.Small().Class("cite").Body(
		app.Text("Source: "),
		app.A().Href(href("/about#source-"+c.source)).Text(title),
		app.If(c.cites != "", func() app.UI { return app.Text(", citing " + c.cites) }),
		app.If(c.asOf != "", func() app.UI { return app.Text(" · as of " + c.asOf) }),
	)
}
