package ui

import (
	"github.com/hitcoach/hitcoach/app/careers"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The figures a career's card and the comparison both show, each with its
// source and date, or a plain "not in this app's sources" where the data
// has none. Stateless, so plain functions.

// notInSources says a figure is missing, in the same words everywhere.
func notInSources(detail string) app.UI {
	text := careers.NotInSources + "."
	if detail != "" {
		text = detail
	}
	return app.P().Class("card-missing").Text(text)
}

// payFigure is the headline U.S. pay, as its source words it, with what it
// measures and its date.
func payFigure(c careers.Card) app.UI {
	if c.Pay == nil {
		return notInSources(c.PayMissing)
	}
	return app.Div().Class("card-figure").Body(
		app.Strong().Class("card-value").Text(c.Pay.Value),
		app.Span().Class("card-label").Text(c.Pay.Label),
		citeFact(c.Pay.Fact),
	)
}

// routesFigure is each route into the career with its time and cost.
func routesFigure(d *data.Data, c careers.Card) app.UI {
	if len(c.Routes) == 0 {
		return notInSources("")
	}
	return app.Ul().Class("card-routes").Body(app.Range(c.Routes).Slice(func(i int) app.UI {
		p := c.Routes[i]
		cost := p.CostUnknown
		if p.Cost != nil {
			cost = salary.FormatRange(*p.Cost, salary.Symbol(d, p.Cost.Currency))
		}
		return app.Li().Body(
			app.Strong().Class("card-value").Text(p.MonthsText()),
			app.Span().Class("card-cost").Text(cost),
			app.Span().Class("card-label").Text(p.Name),
			citation(p.Source, p.AsOf, ""),
		)
	}))
}

// degreeFigure answers "do I need a degree?" from the cited typical
// entry-level education.
func degreeFigure(c careers.Card) app.UI {
	g := c.Degree
	if g.Fact == nil {
		return notInSources("Not stated in this app's sources.")
	}
	return app.Div().Class("card-figure").Body(
		app.Strong().Class("card-value").Text(g.Need.Words()),
		app.Span().Class("card-label").Text(g.Fact.Label+": "+g.Fact.Value),
		app.If(g.Fact.Note != "", func() app.UI { return app.Span().Class("card-note").Text(g.Fact.Note) }),
		citeFact(*g.Fact),
	)
}

// outlookFigure is the headline growth figure.
func outlookFigure(c careers.Card) app.UI {
	if c.Outlook == nil {
		return notInSources("")
	}
	return app.Div().Class("card-figure").Body(
		app.Strong().Class("card-value").Text(c.Outlook.Value),
		app.Span().Class("card-label").Text(c.Outlook.Label),
		citeFact(*c.Outlook),
	)
}

// credentialLink names a credential, linking to its entry.
func credentialLink(cr *data.Credential) app.UI {
	return app.Span().Class("card-credential").Body(
		app.A().Href(href("/credentials#"+cr.ID)).Text(cr.Abbr),
		app.Text(" "+cr.Name),
	)
}

// mainCredential is the first credential the career lists.
func mainCredential(c careers.Card) app.UI {
	if c.Credential == nil {
		return notInSources("None listed in this app's sources.")
	}
	return app.Div().Class("card-figure").Body(credentialLink(c.Credential))
}
