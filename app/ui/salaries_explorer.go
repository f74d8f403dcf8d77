package ui

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// salaryExplorer is everything below the salaries page's heading: the
// currency choice, the sections by level, country and career, and the
// comparison. It keeps the state itself, not the page: the shell it sits in
// is never re-rendered, so state held above the shell would not reach it.
// The comparison and the currency live in the URL
// (/salaries?compare=level-1,country-gb&currency=GBP), so a link shares
// them and a reload keeps them. The pickers send it actions.
type salaryExplorer struct {
	app.Compo
	currency string
	keys     []string
	// dropped is what the URL asked for that could not be shown.
	dropped salary.Selection
	// badCurrency is set when the URL named a currency we cannot convert to.
	badCurrency bool
	// limitNote answers a pick beyond the limit.
	limitNote string

	// chartWidth is the width of the page's column in CSS pixels, which
	// every chart takes; 0 until the browser has laid the page out.
	chartWidth float64
	// present is the id of the chart in Present mode, "" when it is off;
	// stageW and stageH are the size of Present mode's stage, measured
	// when it opens, 0 until then.
	present        string
	stageW, stageH float64
	// fullscreen is true while Present mode has the screen to itself,
	// where the browser supports it; leaving full screen leaves it.
	fullscreen   bool
	onFullscreen app.Func
}

var (
	salaryRowsOnce sync.Once
	salaryRowSet   *salary.RowSet
)

// salaryRows is every row the salaries page shows, built once from the
// embedded data.
func salaryRows() *salary.RowSet {
	salaryRowsOnce.Do(func() { salaryRowSet = salary.NewRowSet(salary.Rows(appData())) })
	return salaryRowSet
}

// newSalaryExplorer reads the address at once on the client, so the app's
// first render of a shared comparison matches the prerendered page instead
// of dropping the comparison until the navigation event restores it.
func newSalaryExplorer() *salaryExplorer {
	p := &salaryExplorer{}
	if app.IsClient {
		p.readURL(app.Window().URL())
	}
	return p
}

// The salaries page's actions: a currency code ("" for figures as stated),
// a pickToggle, and clearing the comparison.
const (
	actionSalaryCurrency = "salaries-currency"
	actionCompareToggle  = "salaries-compare-toggle"
	actionCompareClear   = "salaries-compare-clear"
)

func (p *salaryExplorer) OnPreRender(ctx app.Context) { p.readURL(ctx.Page().URL()) }

func (p *salaryExplorer) OnMount(ctx app.Context) {
	ctx.Handle(actionSalaryCurrency, p.onCurrency)
	ctx.Handle(actionCompareToggle, p.onToggle)
	onAction(ctx, actionCompareClear, p.clear)
	ctx.Handle(actionPresentOpen, p.onPresent)
	ctx.Handle(actionPresentStep, p.onPresentStep)
	onAction(ctx, actionPresentClose, p.leavePresent)
	if app.IsClient {
		p.onFullscreen = app.FuncOf(func(app.Value, []app.Value) any {
			ctx.Dispatch(p.fullscreenChanged)
			return nil
		})
		app.Window().Get("document").Call("addEventListener", "fullscreenchange", p.onFullscreen)
		// The charts take the column's width once the page is laid out.
		ctx.Defer(func(ctx app.Context) { p.measure(ctx) })
	}
	changedNothingDrawn(ctx)
}

func (p *salaryExplorer) OnDismount() {
	if p.onFullscreen != nil {
		app.Window().Get("document").Call("removeEventListener", "fullscreenchange", p.onFullscreen)
		p.onFullscreen.Release()
		p.onFullscreen = nil
	}
	if p.fullscreen {
		exitFullscreen()
	}
}

// OnResize lays the charts out again at the column's new width, and a
// presented chart at the screen's new size.
func (p *salaryExplorer) OnResize(ctx app.Context) {
	if !p.measure(ctx) {
		changedNothingDrawn(ctx)
	}
}

// measure reads the column's width and, in Present mode, the stage's size,
// and draws the charts again when they changed; it reports whether they
// did.
func (p *salaryExplorer) measure(ctx app.Context) bool {
	if !app.IsClient {
		return false
	}
	w := math.Floor(p.JSValue().Get("clientWidth").Float())
	if w <= 0 {
		w = p.chartWidth
	}
	var sw, sh float64
	if p.present != "" {
		if st := app.Window().GetElementByID(presentStageID); st.Truthy() {
			sw, sh = math.Floor(st.Get("clientWidth").Float()), math.Floor(st.Get("clientHeight").Float())
		}
	}
	if w == p.chartWidth && sw == p.stageW && sh == p.stageH {
		return false
	}
	ctx.Dispatch(func(app.Context) { p.chartWidth, p.stageW, p.stageH = w, sw, sh })
	return true
}

// onPresent opens Present mode at a chart: full screen where the browser
// allows it (the click that asked is what allows it), else as an overlay
// that covers the window, with the focus on it so the keys work at once.
func (p *salaryExplorer) onPresent(ctx app.Context, a app.Action) {
	id, ok := a.Value.(string)
	if !ok || !hasChart(salaryCharts(p.keys, p.currency), id) {
		return
	}
	p.present, p.stageW, p.stageH = id, 0, 0
	if !app.IsClient {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		el := app.Window().GetElementByID(presentID)
		if !el.Truthy() {
			return
		}
		doc := app.Window().Get("document")
		if doc.Get("fullscreenEnabled").Truthy() && !doc.Get("fullscreenElement").Truthy() && el.Get("requestFullscreen").Truthy() {
			quietly(el.Call("requestFullscreen"))
		}
		el.Call("focus")
		p.measure(ctx)
	})
}

func hasChart(specs []chartSpec, id string) bool {
	for _, s := range specs {
		if s.ID == id {
			return true
		}
	}
	return false
}

func (p *salaryExplorer) onPresentStep(ctx app.Context, a app.Action) {
	step, ok := a.Value.(int)
	if !ok || p.present == "" {
		return
	}
	p.present = presentStep(salaryCharts(p.keys, p.currency), p.present, step)
}

// leavePresent closes Present mode and gives the focus back to the Present
// button of the chart last shown.
func (p *salaryExplorer) leavePresent(ctx app.Context) {
	if p.present == "" {
		return
	}
	id := p.present
	p.present, p.stageW, p.stageH = "", 0, 0
	if !app.IsClient {
		return
	}
	if p.fullscreen {
		p.fullscreen = false
		exitFullscreen()
	}
	ctx.Defer(func(app.Context) {
		if b := app.Window().GetElementByID(presentButtonID(id)); b.Truthy() {
			b.Call("focus")
		}
	})
}

// fullscreenChanged follows the browser into and out of full screen: out
// of it (by Esc, which the browser keeps for itself, or its own button),
// Present mode ends too.
func (p *salaryExplorer) fullscreenChanged(ctx app.Context) {
	in := app.Window().Get("document").Get("fullscreenElement").Truthy()
	switch {
	case in:
		p.fullscreen = true
		p.measure(ctx)
	case p.fullscreen:
		p.fullscreen = false
		p.leavePresent(ctx)
	}
}

// exitFullscreen leaves full screen, if the page has it.
func exitFullscreen() {
	doc := app.Window().Get("document")
	if doc.Get("fullscreenElement").Truthy() {
		quietly(doc.Call("exitFullscreen"))
	}
}

// ignore is a JavaScript function that does nothing, made once.
var ignore = sync.OnceValue(func() app.Func { return app.FuncOf(func(app.Value, []app.Value) any { return nil }) })

// quietly catches a promise's failure, which the page has nothing to do
// about (a browser that refuses full screen still shows the overlay), so
// it is not reported as an error.
func quietly(promise app.Value) {
	if promise.Truthy() && promise.Get("catch").Truthy() {
		promise.Call("catch", ignore())
	}
}

func (p *salaryExplorer) OnNav(ctx app.Context) {
	p.readURL(ctx.Page().URL())
	// A link with unknown keys or a bad currency is tidied, so a reload or
	// a shared copy does not carry the mistake on.
	if q := salary.Query(p.keys, p.currency); q != queryOf(ctx.Page().URL()) {
		p.writeURL(ctx)
	}
}

func queryOf(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// readURL takes the comparison and the currency from the address.
func (p *salaryExplorer) readURL(u *url.URL) {
	q := u.Query()
	p.dropped = salary.ParseCompare(q.Get(salary.CompareParam), salaryRows().Has)
	p.keys = p.dropped.Keys
	cur := strings.ToUpper(strings.TrimSpace(q.Get(salary.CurrencyParam)))
	p.badCurrency = cur != "" && !salary.IsConvertible(appData(), cur)
	if p.badCurrency {
		cur = ""
	}
	p.currency = cur
	p.limitNote = ""
}

// writeURL puts the comparison and currency in the address without a new
// history entry: ticking boxes should not fill the back button.
func (p *salaryExplorer) writeURL(ctx app.Context) {
	current := ctx.Page().URL()
	u, err := url.Parse(href("/salaries") + salary.Query(p.keys, p.currency))
	if err != nil {
		return
	}
	u.Fragment = current.Fragment
	ctx.Page().ReplaceURL(u)
}

func (p *salaryExplorer) onCurrency(ctx app.Context, a app.Action) {
	if code, ok := a.Value.(string); ok {
		p.setCurrency(ctx, code)
	}
}

func (p *salaryExplorer) setCurrency(ctx app.Context, code string) {
	p.currency = code
	p.badCurrency = false
	p.writeURL(ctx)
}

// onToggle applies a tick; a refused one is unticked again, since the
// page's render, which never had it ticked, leaves the box alone.
func (p *salaryExplorer) onToggle(ctx app.Context, a app.Action) {
	t, ok := a.Value.(pickToggle)
	if !ok || p.toggle(ctx, t.Key, t.On) {
		return
	}
	if box := app.Window().GetElementByID(pickBoxID(t.Key)); box.Truthy() {
		box.Set("checked", !t.On)
	}
}

// toggle adds or removes a row from the comparison; it refuses a fifth.
// The slice is always rebuilt, never changed in place, because the child
// components hold the old one and go-app compares them to update.
func (p *salaryExplorer) toggle(ctx app.Context, key string, on bool) bool {
	if !salaryRows().Has(key) {
		return false
	}
	var keys []string
	for _, k := range p.keys {
		if k != key {
			keys = append(keys, k)
		}
	}
	if on {
		if len(keys) >= salary.MaxCompare {
			p.limitNote = "You can compare up to " + strconv.Itoa(salary.MaxCompare) + " at once. Untick one to pick another."
			return false
		}
		keys = append(keys, key)
	}
	p.keys = keys
	p.limitNote = ""
	p.writeURL(ctx)
	return true
}

func (p *salaryExplorer) clear(ctx app.Context) {
	p.keys = nil
	p.limitNote = ""
	p.writeURL(ctx)
}

func (p *salaryExplorer) Render() app.UI {
	query := salary.Query(p.keys, p.currency)
	w := p.chartWidth
	presets := entryPresets(salary.Countries(appData(), salaryRows()))
	return app.Div().Class("salary-explorer").Body(
		// A fixed slot, so the notice coming or going does not shift and
		// remount everything after it.
		app.Div().Class("notice-slot").Body(p.linkNotice()),
		// The section bar stays at the top of the screen while the page
		// scrolls, so Compare and the currency are one tap away anywhere.
		app.Div().Class("section-bar").ID("section-bar").Body(
			app.Nav().Class("section-links").Aria("label", "On this page").Body(
				app.Ul().Body(
					salaryTocLink(query, "by-level", "Levels"),
					salaryTocLink(query, "by-country", "Countries"),
					salaryTocLink(query, "by-career", "Careers"),
					salaryTocLink(query, "compare", "Compare"),
				),
			),
			newCurrencyPicker().Currency(p.currency),
		),
		newCurrencyRates().Currency(p.currency),
		newBrowserTurn(),
		newLevelPay().Currency(p.currency).Width(w),
		newBrowserTurn(),
		newCountryPay().Currency(p.currency).Width(w),
		newBrowserTurn(),
		newCareerPay().Currency(p.currency).Width(w),
		newBrowserTurn(),
		app.Section().ID("compare").Class("salary-section").Aria("labelledby", "compare-title").Body(
			app.H2().ID("compare-title").Text("Compare"),
			app.P().Text("Pick any two to four rows — levels, U.S. figures, countries and their figures level by level, or careers — to see them side by side. The first you pick is the base the others are measured against. Where two figures are not like for like (another year, source or kind of figure, or another stage of a career), the comparison says so at that row. The address of this page keeps your choice, so you can bookmark it or share it."),
			app.If(len(presets) > 0, func() app.UI {
				return app.Div().Class("quick-compare").Body(
					app.P().Class("quick-compare-title").Text("Starting pay, like for like, in one tap:"),
					presetLinks("compare-presets", presets, p.currency),
				)
			}),
			newComparePicker().Keys(p.keys).Note(p.limitNote),
			newComparisonTable().Keys(p.keys).Currency(p.currency).Width(w),
		),
		newChartPresenter().Show(p.present, p.keys, p.currency, p.stageW, p.stageH),
	)
}

// salaryTocLink keeps the comparison and currency in the address while jumping
// to a section.
func salaryTocLink(query, id, label string) app.UI {
	return app.Li().Body(app.A().Href(href("/salaries" + query + "#" + id)).Text(label))
}

// linkNotice says what a shared link asked for that could not be shown.
func (p *salaryExplorer) linkNotice() app.UI {
	s := p.dropped
	if !s.Dropped() && !p.badCurrency {
		return nil
	}
	var parts []app.UI
	if len(s.Unknown) > 0 {
		parts = append(parts, app.Li().Text("Not on this page, so left out of the comparison: "+quotedKeys(s.Unknown)+"."))
	}
	if len(s.Extra) > 0 {
		parts = append(parts, app.Li().Text("Only "+strconv.Itoa(salary.MaxCompare)+" can be compared at once, so these were left out: "+compareLabels(s.Extra)+"."))
	}
	if s.MoreDropped > 0 {
		parts = append(parts, app.Li().Text(strconv.Itoa(s.MoreDropped)+" more were left out."))
	}
	if p.badCurrency {
		parts = append(parts, app.Li().Text("The link asks for a currency we have no rate for, so figures are shown as their sources give them."))
	}
	return app.Div().Class("notice").ID("link-notice").Body(
		app.P().Body(app.Strong().Text("Part of this link could not be used.")),
		app.Ul().Body(parts...),
		app.P().Text("The address has been tidied to what is shown."),
	)
}

func quotedKeys(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "“" + s + "”"
	}
	return strings.Join(q, ", ")
}

func compareLabels(keys []string) string {
	labels := make([]string, len(keys))
	for i, k := range keys {
		labels[i] = k
		if r := salaryRows().Row(k); r != nil {
			labels[i] = r.Label
		}
	}
	return strings.Join(labels, ", ")
}
