package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePicker is the set of checkboxes that choose two to four rows to
// compare: levels, U.S. figures, countries and careers. A tick and the
// clear button are sent to the salaries page as actions.
type comparePicker struct {
	app.Compo
	IKeys []string
	INote string
	// figuresShown is set once a country's figure is picked: its group,
	// folded away at first as it is long, then stays open, so unticking
	// the last box does not fold it away under the reader's finger.
	figuresShown bool
}

// pickToggle is the value of a tick's action: the row's key, and whether
// the box was ticked or unticked.
type pickToggle struct {
	Key string
	On  bool
}

// pickBoxID is the id of a row's checkbox.
func pickBoxID(key string) string { return "pick-" + key }

func newComparePicker() *comparePicker { return &comparePicker{} }

// Keys are the picked rows, in the order they were picked.
func (p *comparePicker) Keys(v []string) *comparePicker { p.IKeys = v; return p }

// Note is a message about the last pick, such as the limit being reached.
func (p *comparePicker) Note(v string) *comparePicker { p.INote = v; return p }

// toggle reads the row from the box itself, which holds its key as its
// value.
func (p *comparePicker) toggle(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionCompareToggle, pickToggle{
		Key: ctx.JSSrc().Get("value").String(),
		On:  ctx.JSSrc().Get("checked").Bool(),
	})
}

func (p *comparePicker) clear(ctx app.Context, e app.Event) { ctx.NewAction(actionCompareClear) }

func (p *comparePicker) Render() app.UI {
	set := salaryRows()
	picked := make(map[string]bool, len(p.IKeys))
	for _, k := range p.IKeys {
		picked[k] = true
	}
	group := func(legend string, kind salary.Kind) app.UI {
		rows := set.OfKind(kind)
		return app.FieldSet().Class("pick-group").Body(
			app.Legend().Text(legend),
			app.Ul().Body(app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				label := r.Name
				if kind == salary.KindCountryFigure {
					// "United Kingdom: NHS Band 3 entry point"
					label = r.Label
				}
				switch {
				case r.Figure == nil && r.Period != "" && r.Period != data.PerYear:
					label += " (" + salary.PerWords(r.Period) + ", not compared)"
				case r.Figure == nil:
					label += " (no figure)"
				}
				box := app.Input().Type("checkbox").ID(pickBoxID(r.Key)).Value(r.Key).OnChange(p.toggle)
				return app.Li().Body(
					boolAttr(box, app.HTMLInput.Checked, picked[r.Key]),
					app.Label().For(pickBoxID(r.Key)).Text(label),
				)
			})),
		)
	}
	for _, r := range set.OfKind(salary.KindCountryFigure) {
		p.figuresShown = p.figuresShown || picked[r.Key]
	}
	figures := app.Details().Class("pick-more").ID("pick-country-figures").Body(
		app.Summary().Text("Countries' other figures, level by level ("+strconv.Itoa(len(set.OfKind(salary.KindCountryFigure)))+")"),
		group("Pay scales, provinces and other figures", salary.KindCountryFigure),
	)
	return app.FieldSet().Class("compare-picker").ID("compare-picker").Body(
		app.Legend().Text("Pick two to four to compare"),
		app.Div().Class("pick-groups").Body(
			group("Levels", salary.KindLevel),
			group("U.S. figures for the occupation", salary.KindBenchmark),
			group("Countries, every level", salary.KindCountry),
			group("Careers", salary.KindCareer),
		),
		boolAttr(figures, app.HTMLDetails.Open, p.figuresShown),
		app.P().ID("compare-status").Class("compare-status").Aria("live", "polite").Text(p.status()),
		p.clearButton(),
	)
}

func (p *comparePicker) clearButton() app.UI {
	b := app.Button().Type("button").Class("secondary").ID("compare-clear").OnClick(p.clear).Text("Clear the comparison")
	return boolAttr(b, app.HTMLButton.Disabled, len(p.IKeys) == 0)
}

func (p *comparePicker) status() string {
	if p.INote != "" {
		return p.INote
	}
	switch n := len(p.IKeys); {
	case n == 0:
		return "Nothing picked yet."
	case n < salary.MinCompare:
		return "1 picked: pick at least one more."
	case n < salary.MaxCompare:
		return strconv.Itoa(n) + " picked: you can add " + strconv.Itoa(salary.MaxCompare-n) + " more."
	default:
		return strconv.Itoa(n) + " picked, the most that fit side by side."
	}
}
