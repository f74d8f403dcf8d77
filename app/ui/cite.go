package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// citation names where a figure comes from (a source id), what that source
// cites, if anything, and the period the figure refers to, linking to the
// source's entry on the about page.
func citation(source, asOf, cites string) app.UI {
	title := source
	if s := appData().Source(source); s != nil {
		title = s.Title
	}
	return app.Small().Class("cite").Body(
		app.Text("Source: "),
		app.A().Href(href("/about#source-"+source)).Text(title),
		app.If(cites != "", func() app.UI { return app.Text(", citing " + cites) }),
		app.If(asOf != "", func() app.UI { return app.Text(" · " + data.AsOfText(asOf)) }),
	)
}

// citeFact is the citation of a cited fact.
func citeFact(f data.Fact) app.UI { return citation(f.Source, f.AsOf, f.Cites) }

// citationCompo is the citation as a component, for the career guide's
// sections until they call citation and citeFact.
//
// Deprecated: call citation or citeFact.
type citationCompo struct {
	app.Compo
	ISource string
	IAsOf   string
	ICites  string
}

// Deprecated: call citation or citeFact.
func newCitation() *citationCompo { return &citationCompo{} }

func (c *citationCompo) Source(id string) *citationCompo { c.ISource = id; return c }
func (c *citationCompo) AsOf(v string) *citationCompo    { c.IAsOf = v; return c }
func (c *citationCompo) Cites(v string) *citationCompo   { c.ICites = v; return c }

func (c *citationCompo) Fact(f data.Fact) *citationCompo {
	return c.Source(f.Source).AsOf(f.AsOf).Cites(f.Cites)
}

func (c *citationCompo) Render() app.UI { return citation(c.ISource, c.IAsOf, c.ICites) }
