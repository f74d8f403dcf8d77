package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerGlance answers first, on a phone's first screen, what a student
// asks of a career: what it pays, how long and how much it takes to train,
// the credential, the outlook and the first step. Each figure is the one
// the section below leads with, cited; a figure the data lacks is said to
// be missing, never filled in.
func careerGlance(c *data.Career) app.UI {
	return app.Section().ID("at-a-glance").Class("glance").Aria("labelledby", "at-a-glance-title").Body(
		app.H2().ID("at-a-glance-title").Class("glance-title").Text("At a glance"),
		app.Dl().Body(
			glanceItem("glance-pay", "Typical pay", glancePay(c)...),
			glanceItem("glance-training", "Time and cost to train", glanceTraining(c)...),
			glanceItem("glance-credential", "Main credential", glanceCredential(c)...),
			glanceItem("glance-outlook", "Outlook", glanceOutlook(c)...),
			glanceItem("glance-first-step", "First step", glanceFirstStep(c)...),
		),
	)
}

func glanceItem(id, label string, value ...app.UI) app.UI {
	return app.Div().ID(id).Class("glance-item").Body(app.Dt().Text(label), app.Dd().Body(value...))
}

// sectionLink links to a section of the career's page.
func sectionLink(c *data.Career, anchor, text string) app.UI {
	return app.A().Href(href(careerPath(c.Slug) + "#" + anchor)).Text(text)
}

func missing(text string) app.UI { return app.Span().Class("no-figure-label").Text(text) }

func glancePay(c *data.Career) []app.UI {
	if c.Pay == nil {
		return []app.UI{missing("No pay figure for this job in our sources. "), sectionLink(c, data.SectionPay, "Why, and the nearest figures")}
	}
	f := c.Pay.Fact
	return []app.UI{
		app.Strong().Class("glance-value").Text(f.Value), app.Text(" " + f.Label),
		newCitation().Fact(f),
	}
}

func glanceTraining(c *data.Career) []app.UI {
	t, ok := c.Training()
	if !ok {
		out := []app.UI{missing("Not in our sources for this job. ")}
		if c.HasSection(data.SectionEducation) {
			out = append(out, sectionLink(c, data.SectionEducation, "What education it asks for"))
		}
		return out
	}
	cost := "cost not in our sources"
	if t.Cost != nil {
		cost = salary.FormatRange(*t.Cost, salary.Symbol(appData(), t.Cost.Currency))
		if t.CostMissing {
			cost += " (not every pathway's cost is in our sources)"
		}
	}
	// Text after an element starts with a space: the prerendered HTML puts
	// a line break between the two, which reads as one.
	out := []app.UI{
		app.Strong().Class("glance-value").Text(t.MonthsText() + ", " + cost),
		app.Text(" depending on the pathway. "),
	}
	if c.HasSection(data.SectionPathways) {
		out = append(out, sectionLink(c, data.SectionPathways, "Compare the pathways"))
	}
	for _, s := range t.Sources {
		out = append(out, newCitation().Source(s.Source).AsOf(s.AsOf))
	}
	return out
}

func glanceCredential(c *data.Career) []app.UI {
	if len(c.Credentials) == 0 {
		return []app.UI{missing("No credential is listed for this job in our sources.")}
	}
	cr := appData().Credential(c.Credentials[0])
	return []app.UI{
		app.A().Href(href("/credentials#"+cr.ID)).Body(app.Strong().Text(cr.Abbr), app.Text(" — "+cr.Name)),
		app.Text(" · "),
		app.A().Href(href("/credentials#" + whichFirstAnchor)).Text("Which credential first?"),
	}
}

func glanceOutlook(c *data.Career) []app.UI {
	i := c.MainOutlook()
	if i < 0 {
		return []app.UI{missing("No growth figure for this job in our sources.")}
	}
	f := c.Outlook[i]
	return []app.UI{
		app.Strong().Class("glance-value").Text(f.Value), app.Text(" " + f.Label),
		newCitation().Fact(f),
	}
}

func glanceFirstStep(c *data.Career) []app.UI {
	quiz := "Check how ready you are: take the readiness quiz"
	if c.Slug != data.MainSlug {
		quiz = "The readiness quiz (for Health Information Technicians)"
	}
	quizLink := app.A().Href(href("/quiz")).Text(quiz)
	if len(c.Steps) == 0 {
		return []app.UI{missing("No step-by-step route for this job in our sources. "), quizLink}
	}
	return []app.UI{
		sectionLink(c, "step-1", c.Steps[0].Title),
		app.Text(" · "),
		quizLink,
	}
}
