package ui

import (
	"strconv"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planItem is one checklist line: the item, its links, its status as a
// radio group (to do, doing, done, skipped), why the answers marked it
// done, and a target month and a short note. It sends the plan a status, a
// target and a note as actions. Printed, the fields give way to their
// values in words.
type planItem struct {
	app.Compo
	IItem   quiz.PlanItem
	IStatus store.Status
	// IPreMark says why the answers mark the item done, while the person
	// has chosen no status.
	IPreMark string
	ITarget  store.Month
	INote    string
	// ITargetError and INoteError say why what was typed was not saved.
	ITargetError, INoteError string
	// IGeneration changes when the plan is replaced from outside, as when
	// it is cleared: the item is then mounted anew, with fields that show
	// the new values rather than what was typed into the old ones.
	IGeneration int

	// The note is saved as it is typed, tidied (store.CleanNote). go-app
	// writes a field's value whenever the value it draws changes, and a
	// value drawn from the saved note would write an older text over
	// letters typed since, and take away a space just typed. So the field
	// is drawn with shownNote, which only a note saved other than by
	// typing here changes (as when the saved plan loads): typedNotes are
	// the notes typing gave since, seenNote the note last drawn.
	shownNote, seenNote string
	typedNotes          map[string]bool
}

func newPlanItem() *planItem { return &planItem{IStatus: store.ToDo} }

// Item sets the plan item.
func (p *planItem) Item(v quiz.PlanItem) *planItem { p.IItem = v; return p }

// Line sets the item as it stands in the plan: its status, pre-mark,
// target and note.
func (p *planItem) Line(l planLine) *planItem {
	p.IItem, p.IStatus, p.IPreMark, p.ITarget, p.INote = l.Item, l.Status, l.PreMark, l.Target, l.Note
	return p
}

// Generation is the plan's generation (see IGeneration).
func (p *planItem) Generation(v int) *planItem { p.IGeneration = v; return p }

// Errors says why a target or a note that was typed was not saved.
func (p *planItem) Errors(target, note string) *planItem {
	p.ITargetError, p.INoteError = target, note
	return p
}

// The handlers read the value from the field and the item from the
// component's current fields (see goapp_quirks.go).
func (p *planItem) targetChanged(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPlanTarget, choice{Key: p.IItem.ID, Value: ctx.JSSrc().Get("value").String()})
}

func (p *planItem) noteTyped(ctx app.Context, e app.Event) {
	typed := ctx.JSSrc().Get("value").String()
	if p.typedNotes == nil {
		p.typedNotes = map[string]bool{}
	}
	p.typedNotes[store.CleanNote(typed)] = true
	ctx.NewActionWithValue(actionPlanNote, choice{Key: p.IItem.ID, Value: typed})
}

// noteValue is the value to draw the note field with: the saved note when
// it changed other than by typing, else what the field was last given.
func (p *planItem) noteValue() string {
	if p.INote != p.seenNote {
		p.seenNote = p.INote
		if !p.typedNotes[p.INote] {
			p.shownNote = p.INote
			p.typedNotes = nil
		}
	}
	return p.shownNote
}

// CompoID mounts a new item for another item or another generation.
func (p *planItem) CompoID() string {
	return "plan-item " + p.IItem.ID + " " + strconv.Itoa(p.IGeneration)
}

func (p *planItem) Render() app.UI {
	it := p.IItem
	targetID, noteID := "target-"+it.ID, "note-"+it.ID
	noteLength := utf8.RuneCountInString(p.INote)
	return app.Li().ID("plan-"+it.ID).Class("plan-item", "plan-"+string(p.IStatus)).DataSet("status", string(p.IStatus)).Body(
		app.P().Class("plan-text").Body(
			app.Strong().Text(it.Text),
			app.Span().Class("plan-status-print").Text(" — "+p.IStatus.Label()),
		),
		app.If(it.Detail != "", func() app.UI { return app.P().Class("plan-detail").Text(it.Detail) }),
		app.If(p.IPreMark != "", func() app.UI {
			return app.P().ID("premark-"+it.ID).Class("plan-premark").Body(
				app.Strong().Text("Marked done from your answers. "),
				app.Text(p.IPreMark+" If that is not right, change the status."),
			)
		}),
		linkList(it.Links),
		app.FieldSet().Class("plan-status").Body(
			app.Legend().Body(app.Text("Status"), app.Span().Class("quiz-sr-only").Text(" of: "+it.Text)),
			app.Range(store.Statuses).Slice(func(i int) app.UI {
				st := store.Statuses[i]
				return newRadioChoice().
					ID("status-"+it.ID+"-"+string(st)).
					Name("status-"+it.ID).
					Value(string(st)).
					Label(st.Label()).
					Checked(p.IStatus == st).
					Sends(actionPlanStatus, it.ID)
			}),
		),
		app.Details().ID("extra-"+it.ID).Class("plan-extra").Body(
			app.Summary().Text(p.extraSummary()),
			app.Div().Class("plan-fields").Body(
				app.Div().Class("plan-field").Body(
					app.Label().For(targetID).Body(app.Text("Target month"), app.Span().Class("quiz-sr-only").Text(" for: "+it.Text)),
					// Browsers without a month picker show a text field:
					// the hint and the pattern say how to write the month.
					app.Input().Type("month").ID(targetID).Placeholder("YYYY-MM").Pattern(`[0-9]{4}-[0-9]{2}`).
						Aria("describedby", targetID+"-hint").Value(p.ITarget.String()).OnChange(p.targetChanged),
					app.Small().ID(targetID+"-hint").Class("plan-hint").Text("Year and month, such as 2026-09."),
					app.P().ID(targetID+"-error").Class("quiz-missing").Role("alert").Text(p.ITargetError),
				),
				app.Div().Class("plan-field plan-field-note").Body(
					app.Label().For(noteID).Body(app.Text("Note"), app.Span().Class("quiz-sr-only").Text(" for: "+it.Text)),
					app.Input().Type("text").ID(noteID).MaxLength(store.MaxNoteLength).
						Aria("describedby", noteID+"-count").Value(p.noteValue()).OnInput(p.noteTyped),
					app.Small().ID(noteID+"-count").Class("plan-hint").Text(strconv.Itoa(noteLength)+" of "+strconv.Itoa(store.MaxNoteLength)+" characters"),
					app.P().ID(noteID+"-error").Class("quiz-missing").Role("alert").Text(p.INoteError),
				),
			),
		),
		app.If(!p.ITarget.IsZero() || p.INote != "", func() app.UI {
			return app.P().Class("plan-extra-print").Text(p.extraText())
		}),
	)
}

// extraSummary opens the target and note fields; it shows what is set.
func (p *planItem) extraSummary() string {
	if p.ITarget.IsZero() && p.INote == "" {
		return "Add a target month or a note"
	}
	return p.extraText()
}

// extraText is the target and the note in words.
func (p *planItem) extraText() string {
	var text string
	if !p.ITarget.IsZero() {
		text = "Target: " + p.ITarget.Label()
	}
	if p.INote != "" {
		if text != "" {
			text += " · "
		}
		text += "Note: " + p.INote
	}
	return text
}
