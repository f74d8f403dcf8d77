package ui

import (
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resumeEntry is one entry of a resume list: a school or program, a
// credential, or a job. It sends each change to the resume builder as an
// entryEdit, and its removal as an entryRef.
//
// Its identity is its key, not its place (CompoID): when an entry above it
// is removed, go-app draws a new entry in its place rather than giving this
// one's fields the values of the next, which would keep what was typed in
// them.
type resumeEntry struct {
	app.Compo
	IKind   string
	IKey    int
	INumber int
	// The entry as its fields were last given it; one of them, by kind.
	IEducation  store.Education
	ICredential store.HeldCredential
	IExperience store.Experience
	// IErrors are the messages of its month fields, by field.
	IErrors map[string]string
}

func newResumeEntry() *resumeEntry { return &resumeEntry{} }

// Entry sets the entry's kind, key and number in its list.
func (e *resumeEntry) Entry(kind string, key, number int) *resumeEntry {
	e.IKind, e.IKey, e.INumber = kind, key, number
	return e
}

// Errors sets the messages of its month fields.
func (e *resumeEntry) Errors(v map[string]string) *resumeEntry { e.IErrors = v; return e }

func (e *resumeEntry) CompoID() string { return entryFieldID(e.IKind, e.IKey, "") }

// entryFieldID is the id of a field of an entry: "edu-3-school".
func entryFieldID(kind string, key int, field string) string {
	return kind + "-" + strconv.Itoa(key) + "-" + field
}

func (e *resumeEntry) id(field string) string { return entryFieldID(e.IKind, e.IKey, field) }

func (e *resumeEntry) typed(ctx app.Context, ev app.Event) {
	src := ctx.JSSrc()
	ctx.NewActionWithValue(actionResumeEntry, entryEdit{
		Kind: e.IKind, Key: e.IKey,
		Field: strings.TrimPrefix(src.Get("id").String(), e.id("")),
		Value: src.Get("value").String(),
		// A text field has no checked property: undefined reads as false.
		On:       src.Get("checked").Truthy(),
		Finished: ev.Get("type").String() == "change",
	})
}

func (e *resumeEntry) remove(ctx app.Context, ev app.Event) {
	ctx.NewActionWithValue(actionResumeRemove, entryRef{Kind: e.IKind, Key: e.IKey})
}

func (e *resumeEntry) text(f, label, hint, value string, max int) app.UI {
	return field(e.id(f), label, hint, textInput(e.id(f), "text", value, max, e.typed))
}

func (e *resumeEntry) month(f, label, hint string, m store.Month) app.UI {
	id := e.id(f)
	in := monthInput(id, m, e.typed).OnChange(e.typed)
	msg, bad := e.IErrors[f]
	if bad {
		in = in.Aria("invalid", "true").Aria("errormessage", id+"-error")
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.P().ID(fieldHint(id)).Class("field-hint").Text(hint),
		in.Aria("describedby", fieldHint(id)),
		app.If(bad, func() app.UI { return fieldError(id, msg) }),
	)
}

func (e *resumeEntry) check(f, label string, on bool) app.UI {
	id := e.id(f)
	box := app.Input().Type("checkbox").ID(id).OnChange(e.typed)
	return app.Div().Class("field-check").Body(
		boolAttr(box, app.HTMLInput.Checked, on),
		app.Label().For(id).Text(label),
	)
}

const monthHint = "Month and year, such as 2026-05 or May 2026."

func (e *resumeEntry) Render() app.UI {
	var title string
	var fields []app.UI
	switch e.IKind {
	case entryEducation:
		v := e.IEducation
		title = "School or program " + strconv.Itoa(e.INumber)
		fields = []app.UI{
			e.text("program", "Program or qualification", "For example: Associate degree in Health Information Technology.", v.Program, store.MaxShortText),
			e.text("school", "School or college", "", v.School, store.MaxShortText),
			app.Div().Class("field-grid").Body(
				e.month("start", "Start month", monthHint, v.Start),
				e.month("end", "End month", monthHint, v.End),
			),
			e.check("studying", "I am still studying: the end month is when I expect to finish", v.Studying),
		}
	case entryCredential:
		v := e.ICredential
		title = "Credential " + strconv.Itoa(e.INumber)
		fields = []app.UI{
			field(e.id("name"), "Credential", "Its name or letters, such as RHIT or CCA.", textInput(e.id("name"), "text", v.Name, store.MaxShortText, e.typed).List("credential-names")),
			e.check("planned", "I have not earned it yet: I am working towards it", v.Planned),
			e.month("date", "Month earned, or the month you plan to earn it", monthHint, v.Date),
		}
	default:
		v := e.IExperience
		title = "Job or volunteering " + strconv.Itoa(e.INumber)
		fields = []app.UI{
			app.Div().Class("field-grid").Body(
				e.text("role", "Role", "", v.Role, store.MaxShortText),
				e.text("employer", "Employer or organisation", "", v.Employer, store.MaxShortText),
				e.month("start", "Start month", monthHint, v.Start),
				e.month("end", "End month", monthHint, v.End),
			),
			e.check("current", "I still do this", v.Current),
			textArea(e.id("details"), "What you did, one line each", "Start each line with a verb: filed, checked, answered, updated…", v.Details, store.MaxBlockText, 3, e.typed),
		}
	}
	return app.FieldSet().ID(e.id("entry")).Class("resume-entry").Body(
		app.Legend().Text(title),
		app.Div().Body(fields...),
		app.Button().Type("button").Class("secondary").ID(e.id("remove")).Text("Remove").Aria("label", "Remove "+title).OnClick(e.remove),
	)
}
