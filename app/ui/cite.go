package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// citation names where a figure comes from and the period it refers to,
// linking to the source's entry on the about page.
type citation struct {
	app.Compo
	// Exported, because go-app copies only exported fields when it updates
	// a mounted component: a citation beside a figure that changes must
	// change with it.
	ISource string
	IAsOf   string
	ICites  string
}

func newCitation() *citation { return &citation{} }

func (c *citation) Source(id string) *citation { c.ISource = id; return c }
func (c *citation) AsOf(v string) *citation    { c.IAsOf = v; return c }
func (c *citation) Cites(v string) *citation   { c.ICites = v; return c }

// Fact fills the citation from a cited fact.
func (c *citation) Fact(f data.Fact) *citation {
	return c.Source(f.Source).AsOf(f.AsOf).Cites(f.Cites)
}

func (c *citation) Render() app.UI {
	title := c.ISource
	if s := appData().Source(c.ISource); s != nil {
		title = s.Title
	}
	return app.Small().Class("cite").Body(
		app.Text("Source: "),
		app.A().Href(href("/about#source-"+c.ISource)).Text(title),
		app.If(c.ICites != "", func() app.UI { return app.Text(", citing " + c.ICites) }),
		app.If(c.IAsOf != "", func() app.UI { return app.Text(" · " + data.AsOfText(c.IAsOf)) }),
	)
}
