package ui

import (
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
	changedNothingDrawn(ctx)
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
	return app.Div().Class("salary-explorer").Body(
		// A fixed slot, so the notice coming or going does not shift and
		// remount everything after it.
		app.Div().Class("notice-slot").Body(p.linkNotice()),
		app.Nav().Class("toc").Aria("label", "On this page").Body(
			app.Ul().Class("toc-inline").Body(
				salaryTocLink(query, "by-level", "By level"),
				salaryTocLink(query, "by-country", "By country"),
				salaryTocLink(query, "by-career", "By career"),
				salaryTocLink(query, "compare", "Compare"),
			),
		),
		newCurrencyPicker().Currency(p.currency),
		newLevelPay().Currency(p.currency),
		newCountryPay().Currency(p.currency),
		newCareerPay().Currency(p.currency),
		app.Section().ID("compare").Class("salary-section").Aria("labelledby", "compare-title").Body(
			app.H2().ID("compare-title").Text("Compare"),
			app.P().Text("Pick any two to four rows — levels, U.S. figures, countries or careers — to see them side by side. The first you pick is the base the others are measured against. The address of this page keeps your choice, so you can bookmark it or share it."),
			newComparePicker().Keys(p.keys).Note(p.limitNote),
			newComparisonTable().Keys(p.keys).Currency(p.currency),
		),
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
