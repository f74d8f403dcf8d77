package ui

import (
	"sync"

	"github.com/hitcoach/hitcoach/app/jobkit"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The job-ready kit: /resume, /cover-letter and /interview. They keep what
// the student writes in the saved state (app/store/jobkit.go), never in a
// share link.
//
// Their fields show the value the page last put in them and report typing
// to their owner, which reads the element: go-app writes a value only when
// the rendered one changes, so a field whose rendered value stays put is
// never rewritten under the student's fingers. When the page itself
// changes a field (a suggestion added), it sets the new value (setFieldValue).

// jobKitData is the embedded job kit; validated by the tests.
func jobKitData() *data.JobKit { return data.MustLoadJobKit() }

// careerKeywords are the main career's keywords for the resume check.
var careerKeywords = sync.OnceValue(func() []jobkit.Keyword {
	return jobkit.CareerKeywords(appData(), jobKitData(), appData().Main())
})

// requirementKeywords are what a job's requirements are read for: the
// career's keywords and the credentials.
var requirementKeywords = sync.OnceValue(func() []jobkit.Keyword {
	return append(append([]jobkit.Keyword(nil), careerKeywords()...), jobkit.CredentialKeywords(appData())...)
})

// jobKitPaths are the kit's pages, in the order their links are listed.
var jobKitPaths = []struct{ path, label string }{
	{"/resume", "Resume builder"},
	{"/cover-letter", "Cover letter"},
	{"/interview", "Interview practice"},
}

// jobKitNav links the kit's pages to each other.
func jobKitNav(current string) app.UI {
	return app.Nav().Class("jobkit-nav no-print").Aria("label", "Job-ready kit").Body(
		app.Ul().Body(app.Range(jobKitPaths).Slice(func(i int) app.UI {
			p := jobKitPaths[i]
			a := app.A().Href(href(p.path)).Text(p.label)
			if p.path == current {
				a = a.Aria("current", "page")
			}
			return app.Li().Body(a)
		})),
	)
}

// fieldHint is the id of a field's hint.
func fieldHint(id string) string { return id + "-hint" }

// field is a labelled input: a label, the input and an optional hint the
// input is described by.
func field(id, label, hint string, input app.HTMLInput) app.UI {
	if hint != "" {
		input = input.Aria("describedby", fieldHint(id))
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.If(hint != "", func() app.UI { return app.P().ID(fieldHint(id)).Class("field-hint").Text(hint) }),
		input,
	)
}

// textInput is an input for one line of text of at most max characters.
func textInput(id, kind, value string, max int, typed app.EventHandler) app.HTMLInput {
	return app.Input().Type(kind).ID(id).Value(serverSafeAttr(value)).MaxLength(max).OnInput(typed)
}

// monthInput is an input for a month. Where the browser has no month
// picker it is a text field, so the hint says how to write one.
func monthInput(id string, m interface{ String() string }, typed app.EventHandler) app.HTMLInput {
	return app.Input().Type("month").ID(id).Value(m.String()).Placeholder("2026-05").MaxLength(20).OnInput(typed)
}

// textArea is a field for text of several lines, labelled like field.
func textArea(id, label, hint, value string, max, rows int, typed app.EventHandler) app.UI {
	ta := app.Textarea().ID(id).Rows(rows).MaxLength(max).Attr("value", textareaValue(value)).OnInput(typed)
	if hint != "" {
		ta = ta.Aria("describedby", fieldHint(id))
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.If(hint != "", func() app.UI { return app.P().ID(fieldHint(id)).Class("field-hint").Text(hint) }),
		ta,
	)
}

// textareaValue is the value a textarea is given as its value property.
// HTML gives a textarea's value attribute no meaning, so serverSafeAttr's
// care is not needed for what the browser reads; and the job kit's pages
// read saved text only once mounted in the browser, so the server never
// writes any (see the pages' OnMount).
func textareaValue(v string) string { return v }

// fieldError is a field's message, said as it appears.
func fieldError(id, msg string) app.UI {
	return app.P().ID(id + "-error").Class("field-error").Role("alert").Text(msg)
}

// typedValue is the value of the element an input event came from.
func typedValue(ctx app.Context) (id, value string) {
	src := ctx.JSSrc()
	return src.Get("id").String(), src.Get("value").String()
}

// setFieldValue puts a value into a field once the page is drawn, for a
// change the page made itself.
func setFieldValue(ctx app.Context, id, value string) {
	if ctx.Context == nil || !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Set("value", value)
		}
	})
}

// copyField selects a field's text and copies it, and says what happened.
// execCommand answers at once; the asynchronous clipboard API may reject
// without a gesture it accepts (see planShare).
func copyField(id string) string {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return ""
	}
	el.Call("focus")
	el.Call("select")
	if app.Window().Get("document").Call("execCommand", "copy").Bool() {
		return "Copied. Paste it into the application form."
	}
	return "The browser did not allow copying. The text is selected: copy it with your keyboard."
}

// reasonsText says which answers a suggestion rests on.
func reasonsText(rs []jobkit.Reason) string {
	out := ""
	for i, r := range rs {
		if i > 0 {
			out += " "
		}
		out += "You answered “" + r.Answer + "” to “" + r.Question + "”."
	}
	return out
}

// jobKitCallout is a line of links into the kit, for the pages that lead
// to it (the verdict, the plan's application and interview steps, a
// career's "How to get hired"): one call each, with an id of its own.
func jobKitCallout(id string) app.UI {
	return app.P().ID(id).Class("jobkit-callout no-print").Body(
		app.Strong().Text("Get job-ready: "),
		app.Range(jobKitPaths).Slice(func(i int) app.UI {
			sep := ""
			if i > 0 {
				sep = " · "
			}
			return app.Span().Body(app.Text(sep), app.A().Href(href(jobKitPaths[i].path)).Text(jobKitCalloutLabels[i]))
		}),
	)
}

// jobKitCalloutLabels say what each page of the kit does, in
// jobKitPaths' order.
var jobKitCalloutLabels = []string{"build your resume", "write a cover letter", "practise interview questions"}
