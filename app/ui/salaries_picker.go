package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePicker is the set of checkboxes that choose two to four rows to
// compare: levels, U.S. figures, countries and careers.
type comparePicker struct {
	app.Compo
	IKeys     []string
	INote     string
	IOnToggle func(ctx app.Context, key string, on bool) bool
	IOnClear  func(ctx app.Context)
}

func newComparePicker() *comparePicker { return &comparePicker{} }

// Keys are the picked rows, in the order they were picked.
func (p *comparePicker) Keys(v []string) *comparePicker { p.IKeys = v; return p }

// Note is a message about the last pick, such as the limit being reached.
func (p *comparePicker) Note(v string) *comparePicker { p.INote = v; return p }

// OnToggle is called when a box is ticked or unticked; returning false
// refuses the change and the box goes back.
func (p *comparePicker) OnToggle(f func(ctx app.Context, key string, on bool) bool) *comparePicker {
	p.IOnToggle = f
	return p
}

// OnClear is called by the button that unticks everything.
func (p *comparePicker) OnClear(f func(ctx app.Context)) *comparePicker { p.IOnClear = f; return p }

// toggle reads the key from the box itself: go-app keeps the first handler
// of an element when it re-renders, so a handler must not capture its row.
func (p *comparePicker) toggle(ctx app.Context, e app.Event) {
	key := ctx.JSSrc().Get("value").String()
	on := ctx.JSSrc().Get("checked").Bool()
	if p.IOnToggle != nil && !p.IOnToggle(ctx, key, on) {
		ctx.JSSrc().Set("checked", !on)
	}
}

func (p *comparePicker) clear(ctx app.Context, e app.Event) {
	if p.IOnClear != nil {
		p.IOnClear(ctx)
	}
}

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
				if r.Figure == nil {
					label += " (no figure)"
				}
				box := app.Input().Type("checkbox").ID("pick-" + r.Key).Value(r.Key).OnChange(p.toggle)
				// go-app prerenders checked=false as a present attribute, which
				// ticks the box; on the client it sets the property instead.
				if picked[r.Key] || app.IsClient {
					box = box.Checked(picked[r.Key])
				}
				return app.Li().Body(box, app.Label().For("pick-"+r.Key).Text(label))
			})),
		)
	}
	return app.FieldSet().Class("compare-picker").ID("compare-picker").Body(
		app.Legend().Text("Pick two to four to compare"),
		app.Div().Class("pick-groups").Body(
			group("Levels", salary.KindLevel),
			group("U.S. figures for the occupation", salary.KindBenchmark),
			group("Countries", salary.KindCountry),
			group("Careers", salary.KindCareer),
		),
		app.P().ID("compare-status").Class("compare-status").Aria("live", "polite").Text(p.status()),
		p.clearButton(),
	)
}

func (p *comparePicker) clearButton() app.UI {
	empty := len(p.IKeys) == 0
	b := app.Button().Type("button").Class("secondary").ID("compare-clear").OnClick(p.clear).Text("Clear the comparison")
	if empty || app.IsClient {
		b = b.Disabled(empty)
	}
	return b
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
