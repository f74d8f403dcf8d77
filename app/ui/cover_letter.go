package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/app/jobkit"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// coverLetterContent is the cover letter writer.
func coverLetterContent() []app.UI {
	return []app.UI{
		app.H1().ID("letter-title").Class("no-print").TabIndex(-1).Text("Cover letter"),
		jobKitNav("/cover-letter"),
		newCoverLetter(),
	}
}

// coverLetter writes a letter for one job at a time from the resume: the
// job's details and pasted requirements, a draft the student edits, what
// the requirements ask that the resume lacks, a one-page print and the
// text to copy. It keeps every letter the student started; like quizFlow,
// it owns the saved state.
type coverLetter struct {
	app.Compo
	loaded    bool
	saved     savedState
	state     store.State
	saveError string
	// current is the id of the letter on screen; "" for a new one, which
	// is saved once something is typed in it.
	current string
	// draft is the letter being written before it is saved.
	draft store.CoverLetter
	// shown is the letter as the fields were last given it.
	shown store.CoverLetter
	// confirmReplace asks before a new draft replaces an edited letter.
	confirmReplace bool
	confirmDelete  bool
	copied         string
	mounted        app.Context
}

func newCoverLetter() *coverLetter { return &coverLetter{} }

func (c *coverLetter) OnMount(ctx app.Context) {
	c.mounted = ctx
	c.saved = loadSaved()
	c.state = c.saved.state
	c.loaded = true
	// The letter last worked on opens.
	var latest *store.CoverLetter
	for i := range c.state.Letters {
		if l := &c.state.Letters[i]; latest == nil || l.Updated.After(latest.Updated) {
			latest = l
		}
	}
	if latest != nil {
		c.current = latest.ID
	}
	c.shown = c.letter()
}

// letter is the letter on screen.
func (c *coverLetter) letter() store.CoverLetter {
	if l := c.state.Letter(c.current); l != nil {
		return *l
	}
	return c.draft
}

// edit changes the letter on screen and saves it, adding it to the
// letters the first time.
func (c *coverLetter) edit(change func(l *store.CoverLetter)) {
	l := c.state.Letter(c.current)
	if l == nil {
		if len(c.state.Letters) >= store.MaxLetters {
			c.saveError = "You have " + strconv.Itoa(store.MaxLetters) + " letters, as many as the app keeps. Delete one to start another."
			return
		}
		c.draft.ID = c.state.NewLetterID(time.Now())
		c.state.Letters = append(c.state.Letters, c.draft)
		c.current = c.draft.ID
		c.draft = store.CoverLetter{}
		l = c.state.Letter(c.current)
	}
	change(l)
	l.Updated = time.Now()
	c.saveError = ""
	if err := saveState(c.state); err != nil {
		c.saveError = err.Error()
	}
}

func (c *coverLetter) onField(ctx app.Context, e app.Event) { c.setField(typedValue(ctx)) }

// setField saves the value of the field with the id.
func (c *coverLetter) setField(id, v string) {
	c.edit(func(l *store.CoverLetter) {
		switch id {
		case "letter-job":
			l.JobTitle = store.CleanLine(v)
		case "letter-employer":
			l.Employer = store.CleanLine(v)
		case "letter-requirements":
			l.Requirements = store.CleanBlock(v)
		case "letter-body":
			l.Body = store.CleanBlock(v)
		}
	})
}

// draftText is a fresh draft for the letter on screen.
func (c *coverLetter) draftText() string {
	l := c.letter()
	return jobkit.LetterDraft(appData().Main(), c.state.Resume, jobkit.Job{Title: l.JobTitle, Employer: l.Employer, Requirements: l.Requirements}, requirementKeywords())
}

// write puts a draft in the letter, after asking when the student has
// written or edited it.
func (c *coverLetter) write(ctx app.Context, e app.Event) { c.writeDraft() }

func (c *coverLetter) writeDraft() {
	if strings.TrimSpace(c.letter().Body) != "" && !c.confirmReplace {
		c.confirmReplace = true
		focusByID(c.mounted, "letter-replace")
		return
	}
	c.replaceDraft()
}

func (c *coverLetter) replace(ctx app.Context, e app.Event) { c.replaceDraft() }

func (c *coverLetter) replaceDraft() {
	c.confirmReplace = false
	text := c.draftText()
	c.edit(func(l *store.CoverLetter) { l.Body = text })
	c.shown = c.letter()
	setFieldValue(c.mounted, "letter-body", text)
	focusByID(c.mounted, "letter-body")
}

func (c *coverLetter) keep(ctx app.Context, e app.Event) {
	c.confirmReplace = false
	focusByID(c.mounted, "letter-write")
}

// open shows the letter whose button was pressed.
func (c *coverLetter) open(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	if c.state.Letter(id) == nil {
		return
	}
	c.show(id)
}

func (c *coverLetter) show(id string) {
	c.current, c.confirmReplace, c.confirmDelete, c.copied = id, false, false, ""
	c.shown = c.letter()
	for f, v := range map[string]string{"letter-job": c.shown.JobTitle, "letter-employer": c.shown.Employer, "letter-requirements": c.shown.Requirements, "letter-body": c.shown.Body} {
		setFieldValue(c.mounted, f, v)
	}
	focusByID(c.mounted, "letter-job")
}

func (c *coverLetter) startNew(ctx app.Context, e app.Event) { c.startNewLetter() }

func (c *coverLetter) startNewLetter() {
	c.draft = store.CoverLetter{}
	c.show("")
}

func (c *coverLetter) askDelete(ctx app.Context, e app.Event) {
	c.confirmDelete = true
	focusByID(c.mounted, "letter-delete-confirm")
}

func (c *coverLetter) cancelDelete(ctx app.Context, e app.Event) {
	c.confirmDelete = false
	focusByID(c.mounted, "letter-delete")
}

func (c *coverLetter) deleteLetter(ctx app.Context, e app.Event) {
	var kept []store.CoverLetter
	for _, l := range c.state.Letters {
		if l.ID != c.current {
			kept = append(kept, l)
		}
	}
	c.state.Letters = kept
	c.saveError = ""
	if err := saveState(c.state); err != nil {
		c.saveError = err.Error()
	}
	c.draft = store.CoverLetter{}
	c.show("")
}

func (c *coverLetter) copyText(ctx app.Context, e app.Event) {
	c.copied = copyField("letter-body")
}

func (c *coverLetter) Render() app.UI {
	l := c.letter()
	s := c.shown
	resumeText := jobkit.ResumeDocument(c.state.Resume).PlainText()
	return app.Div().ID("letter-app").Class("jobkit").DataSet("loaded", c.loaded).Body(
		newSavedDataNotice().Saved(c.saved).StorageError(c.saveError),
		app.P().Class("lead no-print").Text("Write a cover letter for one job. Name the job, paste what the advert asks for, and the app drafts a letter in plain words from your resume. Then make it yours. It stays in this browser."),
		app.If(resumeText == "", func() app.UI {
			return app.P().ID("letter-no-resume").Class("notice no-print").Body(
				app.Text("Your resume is empty, and the letter is drawn from it. "),
				app.A().Href(href("/resume")).Text("Fill in your resume"),
				app.Text(" first: your name, training, credentials and key lines."),
			)
		}),
		c.letterList(),
		app.Form().ID("letter-form").Class("jobkit-form no-print").OnSubmit(preventSubmit).Body(
			app.H2().ID("letter-job-title").Text("The job"),
			app.Div().Class("field-grid").Body(
				field("letter-job", "Job title", "", textInput("letter-job", "text", s.JobTitle, store.MaxShortText, c.onField)),
				field("letter-employer", "Employer", "", textInput("letter-employer", "text", s.Employer, store.MaxShortText, c.onField)),
			),
			textArea("letter-requirements", "What the job asks for (optional)", "Paste the requirements from the job advert. The app checks them against your resume.", s.Requirements, store.MaxLetterText, 6, c.onField),
			app.Div().Class("quiz-nav").Body(
				app.Button().Type("button").ID("letter-write").Text("Write my letter").OnClick(c.write),
			),
			app.If(c.confirmReplace, func() app.UI {
				return app.Div().ID("letter-replace").Class("notice").TabIndex(-1).Role("group").Aria("labelledby", "letter-replace-question").Body(
					app.P().ID("letter-replace-question").Body(app.Strong().Text("Replace your letter with a new draft?")),
					app.P().Text("The changes you made to it will be lost."),
					app.Div().Class("quiz-nav").Body(
						app.Button().Type("button").ID("letter-replace-yes").Text("Yes, write a new draft").OnClick(c.replace),
						app.Button().Type("button").Class("secondary").ID("letter-replace-no").Text("Keep my letter").OnClick(c.keep),
					),
				)
			}),
		),
		c.gaps(l, resumeText),
		app.Section().Class("no-print").Aria("labelledby", "letter-body-title").Body(
			app.H2().ID("letter-body-title").Text("Your letter"),
			textArea("letter-body", "Your letter: edit it freely", "Leave a blank line between paragraphs. It prints as you see it below.", s.Body, store.MaxLetterText, 16, c.onField),
		),
		app.Section().ID("letter-preview").Class("jobkit-preview").Aria("labelledby", "letter-preview-title").Body(
			app.H2().ID("letter-preview-title").Class("no-print").Text("As it prints"),
			letterDocView(c.state.Resume, l, time.Now()),
		),
		app.Div().Class("quiz-nav no-print").Body(
			app.Button().Type("button").ID("letter-print").Text("Print my letter").OnClick(printPage),
			app.Button().Type("button").Class("secondary").ID("letter-copy").Text("Copy the letter as text").OnClick(c.copyText),
		),
		app.P().ID("letter-copied").Class("status no-print").Role("status").Text(c.copied),
	)
}

// letterList lists the letters, to open one, start another or delete the
// one on screen.
func (c *coverLetter) letterList() app.UI {
	letters := c.state.Letters
	return app.Section().ID("letter-list").Class("no-print").Aria("labelledby", "letter-list-title").Body(
		app.H2().ID("letter-list-title").Text("Your letters"),
		app.If(len(letters) == 0, func() app.UI {
			return app.P().Text("None yet: the letter below is saved as soon as you type in it.")
		}).Else(func() app.UI {
			return app.Ul().Class("letter-list").Body(app.Range(letters).Slice(func(i int) app.UI {
				l := letters[i]
				name := letterName(l)
				if l.ID == c.current {
					return app.Li().Body(app.Strong().Aria("current", "true").Text(name + " (open below)"))
				}
				return app.Li().Body(app.Button().Type("button").Class("secondary").ID("letter-open-" + l.ID).Value(l.ID).Text("Open: " + name).OnClick(c.open))
			}))
		}),
		app.Div().Class("quiz-nav").Body(
			app.If(c.current != "", func() app.UI {
				return app.Button().Type("button").Class("secondary").ID("letter-new").Text("Start a new letter").OnClick(c.startNew)
			}),
			app.If(c.current != "" && !c.confirmDelete, func() app.UI {
				return app.Button().Type("button").Class("secondary").ID("letter-delete").Text("Delete this letter").OnClick(c.askDelete)
			}),
		),
		app.If(c.confirmDelete, func() app.UI {
			return app.Div().ID("letter-delete-confirm").Class("notice").TabIndex(-1).Role("group").Aria("labelledby", "letter-delete-question").Body(
				app.P().ID("letter-delete-question").Body(app.Strong().Text("Delete the letter for "+letterName(c.letter())+"?")),
				app.Div().Class("quiz-nav").Body(
					app.Button().Type("button").Class("danger").ID("letter-delete-yes").Text("Yes, delete it").OnClick(c.deleteLetter),
					app.Button().Type("button").Class("secondary").ID("letter-delete-no").Text("Cancel").OnClick(c.cancelDelete),
				),
			)
		}),
	)
}

func letterName(l store.CoverLetter) string {
	switch {
	case l.JobTitle != "" && l.Employer != "":
		return l.JobTitle + " at " + l.Employer
	case l.JobTitle != "":
		return l.JobTitle
	case l.Employer != "":
		return "a job at " + l.Employer
	}
	return "an unnamed job"
}

// gaps says which of the job's requirements the resume lacks.
func (c *coverLetter) gaps(l store.CoverLetter, resumeText string) app.UI {
	check := jobkit.CheckRequirements(requirementKeywords(), resumeText, l.Requirements)
	return app.Section().ID("letter-gaps").Class("no-print").Aria("labelledby", "letter-gaps-title").Body(
		app.H2().ID("letter-gaps-title").Text("What the job asks for that your resume lacks"),
		app.If(strings.TrimSpace(l.Requirements) == "", func() app.UI {
			return app.P().ID("letter-gaps-none").Text("Paste the job's requirements above, and the app checks them against your resume.")
		}).ElseIf(len(check.Lacking) == 0, func() app.UI {
			return app.P().ID("letter-gaps-none").Text("Your resume mentions every skill, tool and credential the app recognises in the requirements.")
		}).Else(func() app.UI {
			return app.Div().Body(
				app.Ul().ID("letter-gaps-list").Body(app.Range(check.Lacking).Slice(func(i int) app.UI {
					r := check.Lacking[i]
					return app.Li().Body(
						app.Text("“"+r.Line+"”: your resume does not mention "),
						app.Strong().Text(joinOr(r.Missing)),
						app.Text("."),
					)
				})),
				app.P().Body(
					app.Text("If you have them, add them to "),
					app.A().Href(href("/resume")).Text("your resume"),
					app.Text("; if not, say in the letter how you are working on them."),
				),
			)
		}),
		app.If(check.Unchecked > 0, func() app.UI {
			return app.P().ID("letter-gaps-unchecked").Class("field-hint").Text("The app could not check " + plural(check.Unchecked, "line", "lines") + " of the requirements, such as years of experience: read those yourself.")
		}),
	)
}

func joinOr(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// letterDocView draws the letter as it prints: the sender, the date, the
// job and the text, paragraph by paragraph.
func letterDocView(r store.Resume, l store.CoverLetter, now time.Time) app.UI {
	contact := jobkit.ResumeDocument(store.Resume{Name: r.Name, Location: r.Location, Phone: r.Phone, Email: r.Email})
	paras := letterParagraphs(l.Body)
	if len(paras) == 0 {
		return app.Article().ID("letter-doc").Class("print-doc letter-doc is-empty").Body(
			app.P().Class("field-hint").Text("Your letter appears here once it is written."),
		)
	}
	return app.Article().ID("letter-doc").Class("print-doc letter-doc").Aria("label", "Your letter").Body(
		app.Header().Class("doc-head").Body(
			app.If(contact.Name != "", func() app.UI { return app.P().Class("doc-name").Text(contact.Name) }),
			app.If(len(contact.Contact) > 0, func() app.UI {
				return app.P().Class("doc-contact").Body(app.Range(contact.Contact).Slice(func(i int) app.UI {
					return app.Span().Text(contact.Contact[i])
				}))
			}),
		),
		app.P().Class("letter-date").Text(formatDay(now)),
		app.If(l.JobTitle != "" || l.Employer != "", func() app.UI {
			return app.P().Class("letter-re").Text("Re: " + letterName(l))
		}),
		app.Div().Class("letter-text").Body(app.Range(paras).Slice(func(i int) app.UI {
			ls := paras[i]
			return app.P().Body(app.Range(ls).Slice(func(j int) app.UI {
				if j == 0 {
					return app.Text(ls[j])
				}
				return app.Span().Body(app.Br(), app.Text(ls[j]))
			}))
		})),
	)
}

// letterParagraphs splits a letter at blank lines, each paragraph into its
// lines.
func letterParagraphs(body string) [][]string {
	var out [][]string
	for _, p := range strings.Split(store.CleanBlock(body), "\n\n") {
		var ls []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				ls = append(ls, l)
			}
		}
		if len(ls) > 0 {
			out = append(out, ls)
		}
	}
	return out
}
