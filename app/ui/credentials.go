package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// whichFirstAnchor is the id of the credential guide's "which first?"
// answer on /credentials, which career pages and search link to.
const whichFirstAnchor = "which-first"

// credentialsContent opens with the guide: which credential to aim for
// first, and one table of every credential's main facts. The contents and
// each credential's full entry follow.
func credentialsContent() []app.UI {
	creds := appData().Credentials
	return []app.UI{
		app.H1().Text("Credentials"),
		app.P().Class("lead").Text("The certifications employers ask for in health information work: which to aim for first, who can sit each exam, what it costs and how to keep it."),
		newCredentialAdvisor(),
		credentialTable(creds),
		app.Nav().Class("toc").Aria("label", "All credentials").Body(
			app.H2().Class("toc-title").Text("All credentials"),
			app.Ol().Body(app.Range(creds).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(href("/credentials#" + creds[i].ID)).Text(creds[i].Abbr + " — " + creds[i].Name))
			})),
		),
		app.Range(creds).Slice(func(i int) app.UI { return credentialEntry(&creds[i]) }),
	}
}

// credentialEntry is a credential in full. Its figures, often twenty, sit
// behind one disclosure: the table above gives the main ones.
func credentialEntry(c *data.Credential) app.UI {
	return staticUI(app.Section().ID(c.ID).Class("credential").Aria("labelledby", c.ID+"-title").Body(
		app.H2().ID(c.ID+"-title").Text(c.Abbr+" — "+c.Name),
		app.P().Class("muted").Text("Issued by "+c.Issuer),
		app.P().Text(c.Summary),
		app.H3().Text("Who can take it"),
		app.P().Text(c.Eligibility),
		app.If(len(c.Facts) > 0, func() app.UI {
			return app.Details().ID(credentialFactsAnchor(c)).Class("more-figures").Body(
				app.Summary().Text("All "+strconv.Itoa(len(c.Facts))+" figures and their sources"),
				factList(c.Facts),
			)
		}),
	))
}

// credentialFactsAnchor is the id of a credential's list of figures.
func credentialFactsAnchor(c *data.Credential) string { return c.ID + "-facts" }

// credentialTable is every credential in one table: who it is for, the
// main figure of each topic with its source, and the careers it leads to.
// A topic with more figures links to the entry that lists them all.
func credentialTable(creds []data.Credential) app.UI {
	d := appData()
	heads := []app.UI{colHead("Credential"), colHead("Who it is for")}
	for _, t := range data.CredentialTopics {
		heads = append(heads, colHead(t.Name))
	}
	heads = append(heads, colHead("What it leads to"))
	return app.Section().ID("compare-credentials").Aria("labelledby", "compare-credentials-title").Body(
		app.H2().ID("compare-credentials-title").Text("Every credential at a glance"),
		scrollTable("Every credential at a glance", stackingTable().Class("credential-table").Body(
			app.Caption().Text("Each credential's main facts, with their sources"),
			stackingHead(heads...),
			stackingBody().Body(app.Range(creds).Slice(func(i int) app.UI {
				c := &creds[i]
				cells := []app.UI{
					rowHead().Body(app.A().Href(href("/credentials#"+c.ID)).Body(app.Strong().Text(c.Abbr)), app.P().Text(c.Name)),
					cellUnder("Who it is for").Text(data.FirstSentence(c.Summary)),
				}
				for _, t := range data.CredentialTopics {
					cells = append(cells, topicCell(c, t))
				}
				cells = append(cells, cellUnder("What it leads to").Body(
					app.If(len(c.Careers) == 0, func() app.UI { return missing("Not in our sources") }),
					app.Ul().Class("leads-to").Body(app.Range(c.Careers).Slice(func(j int) app.UI {
						career := d.Career(c.Careers[j])
						return app.Li().Body(app.A().Href(href(careerPath(career.Slug))).Text(career.Title))
					})),
				))
				return stackingRow().Body(cells...)
			})),
		)),
	)
}

// topicCell is one topic of a credential: its main facts, each cited, or
// a note that our sources do not give it.
func topicCell(c *data.Credential, t data.CredentialTopic) app.UI {
	shown, more := c.On(t)
	if len(shown) == 0 {
		return cellUnder(t.Name).Body(missing("Not in our sources"))
	}
	return cellUnder(t.Name).Body(
		app.Range(shown).Slice(func(i int) app.UI {
			f := shown[i]
			return app.Div().Class("guide-fact").Body(
				app.If(f.Label != t.Name, func() app.UI { return app.Span().Class("guide-fact-label").Text(f.Label) }),
				app.Span().Class("guide-fact-value").Text(f.Value),
				newCitation().Fact(f),
			)
		}),
		app.If(more > 0, func() app.UI {
			n := "1 more figure"
			if more > 1 {
				n = strconv.Itoa(more) + " more figures"
			}
			return app.A().Class("guide-more").Href(href("/credentials#" + credentialFactsAnchor(c))).Text(n + " in the " + c.Abbr + " entry")
		}),
	)
}
