package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keyFacts is the at-a-glance summary of a career: median pay, range,
// growth, openings, industries and education.
func keyFacts(c *data.Career) app.UI {
	f := c.KeyFacts
	sym := salary.Symbol(appData(), f.Range.Currency)
	return staticUI(app.Section().Class("key-facts").ID(data.SectionKeyFacts).Aria("labelledby", "key-facts-title").Body(
		app.H2().ID("key-facts-title").Text("Key facts"),
		app.Dl().Class("facts").Body(
			factItem("median", f.Median.Label, f.Median.Value, f.Median),
			factItem("range", f.RangeFact.Label, salary.FormatRange(f.Range, sym), f.RangeFact),
			factItem("growth", f.Growth.Label, f.Growth.Value, f.Growth),
			factItem("openings", f.Openings.Label, f.Openings.Value, f.Openings),
		),
		app.H3().Text("Top industries"),
		app.Ol().Body(app.Range(f.TopIndustries).Slice(func(i int) app.UI {
			return app.Li().Text(f.TopIndustries[i])
		})),
		app.H3().Text("Typical education"),
		app.P().Text(f.TypicalEducation),
	))
}

func factItem(id, label, value string, f data.Fact) app.UI {
	return app.Div().Class("fact").ID("fact-"+id).Body(
		app.Dt().Text(label),
		app.Dd().Body(
			app.Strong().Class("fact-value").Text(value),
			app.If(f.Note != "", func() app.UI { return app.Span().Class("fact-note").Text(" " + f.Note) }),
			citeFact(f),
		),
	)
}

// keyFactsCompo is the key facts as a component, for the career guide's
// sections until they call keyFacts.
//
// Deprecated: call keyFacts.
type keyFactsCompo struct {
	app.Compo
	ICareer *data.Career
}

// Deprecated: call keyFacts.
func newKeyFacts() *keyFactsCompo { return &keyFactsCompo{} }

func (k *keyFactsCompo) Career(c *data.Career) *keyFactsCompo { k.ICareer = c; return k }

func (k *keyFactsCompo) Render() app.UI { return keyFacts(k.ICareer) }
