package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/jobkit"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resumeDocView draws the resume as it prints: the page's one print-doc,
// laid out by jobkit.ResumeDocument like the plain text.
func resumeDocView(doc jobkit.Document) app.UI {
	if doc.IsEmpty() {
		return app.Article().ID("resume-doc").Class("print-doc resume-doc is-empty").Body(
			app.P().Class("field-hint").Text("Your resume appears here as you fill in the form."),
		)
	}
	return app.Article().ID("resume-doc").Class("print-doc resume-doc").Aria("label", "Your resume").Body(
		app.Header().Class("doc-head").Body(
			app.If(doc.Name != "", func() app.UI { return app.P().ID("resume-doc-name").Class("doc-name").Text(doc.Name) }),
			app.If(len(doc.Contact) > 0, func() app.UI {
				return app.P().Class("doc-contact").Body(app.Range(doc.Contact).Slice(func(i int) app.UI {
					return app.Span().Text(doc.Contact[i])
				}))
			}),
			app.If(doc.Headline != "", func() app.UI { return app.P().Class("doc-headline").Text(doc.Headline) }),
			app.If(doc.Summary != "", func() app.UI { return app.P().Class("doc-summary").Text(doc.Summary) }),
		),
		app.Range(doc.Sections).Slice(func(i int) app.UI {
			s := doc.Sections[i]
			titleID := "resume-doc-" + s.ID + "-title"
			return app.Section().ID("resume-doc-"+s.ID).Class("doc-section").Aria("labelledby", titleID).Body(
				app.H3().ID(titleID).Text(s.Title),
				app.Range(s.Entries).Slice(func(j int) app.UI { return docEntry(s.ID, s.Entries[j]) }),
			)
		}),
	)
}

func docEntry(section string, e jobkit.Entry) app.UI {
	return app.Div().Class("doc-entry").Body(
		app.If(e.Head != "" || e.Sub != "", func() app.UI {
			if section == "skills" {
				return app.P().Class("doc-skill").Body(app.Strong().Text(e.Head+": "), app.Text(e.Sub))
			}
			return app.P().Class("doc-line").Body(
				app.Strong().Class("doc-head-text").Text(e.Head),
				app.If(e.Sub != "", func() app.UI { return app.Span().Class("doc-when").Text(e.Sub) }),
			)
		}),
		app.If(len(e.Lines) > 0, func() app.UI {
			return app.Ul().Class("doc-lines").Body(app.Range(e.Lines).Slice(func(i int) app.UI {
				return app.Li().Text(e.Lines[i])
			}))
		}),
	)
}

// resumeKeywords is the keyword check: the career's skills and tools the
// resume mentions and those it does not, redrawn as the student types.
type resumeKeywords struct {
	app.Compo
	ICoverage jobkit.Coverage
}

func newResumeKeywords() *resumeKeywords { return &resumeKeywords{} }

// Coverage sets what the check found.
func (k *resumeKeywords) Coverage(c jobkit.Coverage) *resumeKeywords { k.ICoverage = c; return k }

func (k *resumeKeywords) Render() app.UI {
	c := k.ICoverage
	total := len(c.Present) + len(c.Missing)
	return app.Section().ID("resume-keywords").Class("no-print keyword-check").Aria("labelledby", "resume-keywords-title").Body(
		app.H2().ID("resume-keywords-title").Text("Keyword check"),
		app.P().Text("Hiring managers, and the software many of them use, scan a resume for the skills and tools of the job. These are the ones the app knows for a "+appData().Main().Title+"."),
		app.P().ID("keywords-count").Role("status").Text(strconv.Itoa(len(c.Present))+" of "+strconv.Itoa(total)+" are in your resume."),
		app.Div().Class("keyword-columns").Body(
			app.Div().Body(
				app.H3().ID("keywords-missing-title").Text("Not in your resume yet"),
				app.If(len(c.Missing) == 0, func() app.UI {
					return app.P().ID("keywords-missing").Text("None: your resume names every one.")
				}).Else(func() app.UI {
					return app.Ul().ID("keywords-missing").Class("keyword-list").Aria("labelledby", "keywords-missing-title").Body(app.Range(c.Missing).Slice(func(i int) app.UI {
						m := c.Missing[i]
						return app.Li().DataSet("keyword", m.Label).Body(
							app.Text(m.Label),
							app.Span().Class("keyword-note").Text(" — add it only if you have it"),
						)
					}))
				}),
			),
			app.Div().Body(
				app.H3().ID("keywords-present-title").Text("In your resume"),
				app.If(len(c.Present) == 0, func() app.UI {
					return app.P().ID("keywords-present").Text("None yet.")
				}).Else(func() app.UI {
					return app.Ul().ID("keywords-present").Class("keyword-list").Aria("labelledby", "keywords-present-title").Body(app.Range(c.Present).Slice(func(i int) app.UI {
						m := c.Present[i]
						return app.Li().DataSet("keyword", m.Label).Body(
							app.Text(m.Label),
							app.Span().Class("keyword-note").Text(" — found as “"+m.As+"”"),
						)
					}))
				}),
			),
		),
	)
}
