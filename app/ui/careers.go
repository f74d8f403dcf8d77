package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/careers"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careersContent is the careers index: every career as a card a student can
// weigh up, filter, sort and tick for comparison.
func careersContent() []app.UI {
	return []app.UI{
		app.H1().Text("Careers"),
		app.P().Class("lead").Text("Jobs in health information, from coding records to running the department. Each card says what the job is, what it pays in the U.S., how long and how much it takes to qualify, the credential to aim for, how fast jobs are growing, and whether you need a degree. Tick two to four to compare them side by side."),
		newCareerIndex(),
		newLocalCareers(), // the counselor's local pack (local_views.go)
	}
}

// careerIndex is the filters, the cards and the comparison bar. It keeps
// the choice itself, as the salaries explorer does (the shell above it is
// never drawn again), and in the address (/careers?degree=no&c=…), so a
// link shares it, a reload keeps it and Back returns to it. The cards are
// plain functions of its state; their controls' handlers are its methods,
// which read the element they fire on.
type careerIndex struct {
	app.Compo
	choice  careers.Choice
	dropped careers.Dropped
	// limitNote answers a tick beyond the four that fit side by side.
	limitNote string
}

// newCareerIndex reads the address at once on the client, so the first
// render of a shared link matches the prerendered page.
func newCareerIndex() *careerIndex {
	x := &careerIndex{}
	if app.IsClient {
		x.readURL(app.Window().URL())
	}
	return x
}

func (x *careerIndex) OnPreRender(ctx app.Context) { x.readURL(ctx.Page().URL()) }

func (x *careerIndex) OnMount(ctx app.Context) { changedNothingDrawn(ctx) }

func (x *careerIndex) OnNav(ctx app.Context) {
	x.readURL(ctx.Page().URL())
	// A link with values the page does not offer is tidied, so a reload or
	// a shared copy does not carry the mistake on.
	if x.choice.Query() != queryOf(ctx.Page().URL()) {
		x.writeURL(ctx)
	}
}

func (x *careerIndex) readURL(u *url.URL) {
	x.choice, x.dropped = careers.Parse(queryValues(u), appData())
	x.limitNote = ""
}

// queryValues reads an address's query, keeping a part with a stray "%"
// as text: url.Values would drop it without a word, and the page would not
// know to say what it left out.
func queryValues(u *url.URL) url.Values {
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		q, _ = url.ParseQuery(escapeStrayPercents(u.RawQuery))
	}
	return q
}

// writeURL puts the choice in the address without a new history entry:
// Back leaves the page rather than undoing each filter.
func (x *careerIndex) writeURL(ctx app.Context) {
	u, err := url.Parse(href("/careers") + x.choice.Query())
	if err != nil {
		return
	}
	ctx.Page().ReplaceURL(u)
}

// onFilter applies a filter or the sort; the select's name is the
// address's parameter.
func (x *careerIndex) onFilter(ctx app.Context, e app.Event) {
	x.setFilter(ctx, ctx.JSSrc().Get("name").String(), ctx.JSSrc().Get("value").String())
}

func (x *careerIndex) setFilter(ctx app.Context, param, value string) {
	switch param {
	case careers.ParamTime:
		x.choice.Time = value
	case careers.ParamDegree:
		x.choice.Degree = value
	case careers.ParamPay:
		x.choice.Pay = value
	case careers.ParamSort:
		x.choice.Sort = value
	default:
		return
	}
	x.dropped = careers.Dropped{}
	x.writeURL(ctx)
}

// onPick ticks or unticks a card; a fifth tick is refused and unticked
// again, since the render, which never had it ticked, leaves the box alone.
func (x *careerIndex) onPick(ctx app.Context, e app.Event) {
	if !x.pick(ctx, ctx.JSSrc().Get("value").String(), ctx.JSSrc().Get("checked").Bool()) {
		ctx.JSSrc().Set("checked", false)
	}
}

// pick ticks or unticks a career; it reports false for a refused tick.
func (x *careerIndex) pick(ctx app.Context, slug string, on bool) bool {
	if appData().Career(slug) == nil {
		return !on
	}
	picks, ok := careers.Toggle(x.choice.Picks, slug, on)
	if !ok {
		x.limitNote = limitNote
		return false
	}
	x.choice.Picks = picks
	x.limitNote = ""
	x.writeURL(ctx)
	return true
}

// clearFilters shows every career again, keeping the ticks and the order.
func (x *careerIndex) clearFilters(ctx app.Context, e app.Event) {
	x.choice.Time, x.choice.Degree, x.choice.Pay = "", "", ""
	x.dropped = careers.Dropped{}
	x.writeURL(ctx)
}

// limitNote says why a fifth career cannot be ticked.
var limitNote = "You can compare up to " + strconv.Itoa(salary.MaxCompare) + " careers at once. Untick one to pick another."

func (x *careerIndex) Render() app.UI {
	d := appData()
	all := careers.Cards(d)
	r := careers.Apply(all, x.choice)
	picked := make(map[string]bool, len(x.choice.Picks))
	for _, p := range x.choice.Picks {
		picked[p] = true
	}
	return app.Div().Class("career-index").Body(
		// A fixed slot, so the notice coming or going does not remount
		// what follows it.
		app.Div().Class("notice-slot").Body(x.linkNotice()),
		x.filters(d),
		app.P().ID("careers-count").Class("careers-count").Aria("live", "polite").Text(countText(len(r.Shown), len(all))),
		app.Ul().ID("career-cards").Class("career-cards").Body(app.Range(r.Shown).Slice(func(i int) app.UI {
			return careerCard(d, r.Shown[i], picked[r.Shown[i].Slug()], x.onPick)
		})),
		x.leftOut(r),
		x.compareBar(d),
	)
}

// countText says how many careers the list shows.
func countText(shown, all int) string {
	if shown == all {
		return "Showing all " + strconv.Itoa(all) + " careers."
	}
	if shown == 0 {
		return "No career fits every choice above."
	}
	return "Showing " + strconv.Itoa(shown) + " of " + strconv.Itoa(all) + " careers."
}

// filterSelect is one filter or the sort: a labelled select whose name is
// the address's parameter.
func (x *careerIndex) filterSelect(param, label, hint, value string, opts []careers.Option) app.UI {
	id := "filter-" + param
	sel := app.Select().ID(id).Name(param).OnChange(x.onFilter).Body(app.Range(opts).Slice(func(i int) app.UI {
		o := opts[i]
		return boolAttr(app.Option().Value(o.Value).Text(o.Label), app.HTMLOption.Selected, o.Value == value)
	}))
	if hint != "" {
		sel = sel.Aria("describedby", id+"-hint")
	}
	return app.Div().Class("filter").Body(
		app.Label().For(id).Text(label),
		sel,
		app.If(hint != "", func() app.UI { return app.Small().ID(id + "-hint").Class("filter-hint").Text(hint) }),
	)
}

func (x *careerIndex) filters(d *data.Data) app.UI {
	c := x.choice
	clear := app.Button().Type("button").Class("secondary").ID("filters-clear").OnClick(x.clearFilters).Text("Show every career")
	return app.FieldSet().Class("career-filters").ID("career-filters").Body(
		app.Legend().Text("Find the careers that fit you"),
		app.Div().Class("filter-row").Body(
			x.filterSelect(careers.ParamTime, "Time to qualify", "The quickest way in, at the longest it takes.", c.Time, careers.TimeOptions),
			x.filterSelect(careers.ParamDegree, "Degree", "", c.Degree, careers.DegreeOptions),
			x.filterSelect(careers.ParamPay, "Typical U.S. pay", "", c.Pay, careers.PayOptions(d)),
			x.filterSelect(careers.ParamSort, "Sort by", "", c.Sort, careers.SortOptions),
		),
		boolAttr(clear, app.HTMLButton.Disabled, !c.Filtered()),
	)
}

// leftOut names the careers the filters hide, apart by why: those that do
// not fit, and those the sources cannot place.
func (x *careerIndex) leftOut(r careers.Result) app.UI {
	if len(r.Unfit) == 0 && len(r.Unknown) == 0 {
		return nil
	}
	return app.Div().ID("careers-left-out").Class("careers-left-out").Body(
		app.If(len(r.Unfit) > 0, func() app.UI {
			return app.P().ID("careers-unfit").Body(
				append([]app.UI{app.Text(strconv.Itoa(len(r.Unfit)) + " " + oneOrMany(len(r.Unfit), "career does", "careers do") + " not fit your choice: ")},
					careerLinks(r.Unfit, ".")...)...,
			)
		}),
		app.If(len(r.Unknown) > 0, func() app.UI {
			return app.Div().ID("careers-unknown").Body(
				app.P().Text(strconv.Itoa(len(r.Unknown))+" more "+oneOrMany(len(r.Unknown), "is", "are")+" left out because this app's sources do not give what you filtered on:"),
				app.Ul().Body(app.Range(r.Unknown).Slice(func(i int) app.UI {
					m := r.Unknown[i]
					return app.Li().Body(
						app.A().Href(href(careerPath(m.Card.Slug()))).Text(m.Card.Career.Title),
						app.Text(": no "+strings.Join(m.Lacks, " and no ")+" in this app's sources."),
					)
				})),
			)
		}),
	)
}

func oneOrMany(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// careerLinks lists careers as links to their guides, separated by
// commas, with end after the last: a text of its own after an element
// would come out of the server's page with a space before it.
func careerLinks(cards []careers.Card, end string) []app.UI {
	var parts []app.UI
	for i, c := range cards {
		if i > 0 {
			parts = append(parts, app.Text(", "))
		}
		parts = append(parts, app.A().Href(href(careerPath(c.Slug()))).Text(c.Career.Title))
	}
	return append(parts, app.Text(end))
}

// compareBar says what is ticked and leads to the comparison once two are.
func (x *careerIndex) compareBar(d *data.Data) app.UI {
	picks := x.choice.Picks
	var names []string
	for _, p := range picks {
		if c := d.Career(p); c != nil {
			names = append(names, c.Title)
		}
	}
	status := x.limitNote
	if status == "" {
		switch n := len(picks); {
		case n == 0:
			status = "Tick two to four careers to compare them side by side."
		case n < salary.MinCompare:
			status = "Ticked: " + strings.Join(names, ", ") + ". Tick at least one more to compare."
		default:
			status = "Ticked: " + strings.Join(names, ", ") + "."
		}
	}
	var action app.UI
	if len(picks) >= salary.MinCompare {
		action = app.A().ID("compare-go").Class("button").Href(href(comparePath + careers.CompareQuery(picks))).Text("Compare " + strconv.Itoa(len(picks)) + " careers")
	} else {
		action = boolAttr(app.Button().Type("button").ID("compare-go").Text("Compare"), app.HTMLButton.Disabled, true)
	}
	return app.Div().ID("compare-bar").Class("compare-bar").Body(
		app.P().ID("compare-status").Aria("live", "polite").Text(status),
		action,
	)
}

// linkNotice says what a shared link asked for that could not be used.
func (x *careerIndex) linkNotice() app.UI {
	if !x.dropped.Any() {
		return nil
	}
	items := dropNotes(x.dropped.Picks)
	if len(x.dropped.Choices) > 0 {
		items = append([]app.UI{app.Li().Text("Not offered on this page, so left out: " + strings.Join(x.dropped.Choices, ", ") + ".")}, items...)
	}
	return app.Div().Class("notice").ID("link-notice").Body(
		app.P().Body(app.Strong().Text("Part of this link could not be used.")),
		app.Ul().Body(items...),
		app.P().Text("The address has been tidied to what is shown."),
	)
}

// dropNotes say which careers of an address were left out, and why.
func dropNotes(s salary.Selection) []app.UI {
	var items []app.UI
	if len(s.Unknown) > 0 {
		items = append(items, app.Li().Text("Not careers in this app, so left out: "+quotedKeys(s.Unknown)+"."))
	}
	if len(s.Extra) > 0 {
		items = append(items, app.Li().Text("Only "+strconv.Itoa(salary.MaxCompare)+" careers fit side by side, so these were left out: "+strings.Join(careerTitles(s.Extra), ", ")+"."))
	}
	if s.MoreDropped > 0 {
		items = append(items, app.Li().Text(strconv.Itoa(s.MoreDropped)+" more were left out."))
	}
	return items
}

// pickBoxOf is the id of a career's compare tick box.
func pickBoxOf(slug string) string { return "compare-pick-" + slug }

// careerCard is one career on the index. onPick is the index's handler for
// its tick box.
func careerCard(d *data.Data, c careers.Card, picked bool, onPick app.EventHandler) app.UI {
	slug := c.Slug()
	title := "card-" + slug + "-title"
	box := app.Input().Type("checkbox").ID(pickBoxOf(slug)).Value(slug).OnChange(onPick)
	return app.Li().Class("career-card").DataSet("slug", slug).Body(
		app.Article().Aria("labelledby", title).Body(
			app.H2().ID(title).Body(app.A().Href(href(careerPath(slug))).Text(c.Career.Title)),
			app.P().Class("card-line").Text(c.Line),
			app.Dl().Class("card-facts").Body(
				cardFact("pay", "Typical U.S. pay", payFigure(c)),
				cardFact("time", "Time and cost to qualify", routesFigure(d, c)),
				cardFact("credential", "Main credential", mainCredential(c)),
				cardFact("outlook", "Outlook", outlookFigure(c)),
				cardFact("degree", "Degree needed?", degreeFigure(c)),
			),
			app.P().Class("card-pick").Body(
				boolAttr(box, app.HTMLInput.Checked, picked),
				app.Label().For(pickBoxOf(slug)).Body(
					app.Text("Compare"),
					app.Span().Class("visually-hidden").Text(" "+c.Career.Title),
				),
			),
		),
	)
}

func cardFact(kind, term string, value app.UI) app.UI {
	return app.Div().Class("card-fact").DataSet("fact", kind).Body(
		app.Dt().Text(term),
		app.Dd().Body(value),
	)
}
