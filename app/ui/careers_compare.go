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

// comparePath is the comparison's address; its careers are in the query,
// as /careers/compare?c=medical-coder,health-information-technician.
// "compare" is in data.ReservedSlugs, so no career's guide can take it.
const comparePath = "/careers/compare"

// compareContent is the comparison page: two to four careers side by side.
func compareContent() []app.UI {
	return []app.UI{
		app.H1().Text("Compare careers"),
		app.P().Class("lead").Text("Two to four careers side by side: what you do, where you work, the schooling it takes, the credentials, pay, outlook and remote work. Each figure names its source and date. The address keeps your choice, so you can bookmark it or share it."),
		newCareerComparison(),
	}
}

// careerComparison is the comparison and the boxes that choose its
// careers. It keeps its careers itself and in the address, which it reads
// strictly: unknown careers, repeats and more than four are left out and
// named in a notice, and the address is tidied.
type careerComparison struct {
	app.Compo
	picks   []string
	dropped salary.Selection
	// limitNote answers a tick beyond the four that fit side by side.
	limitNote string
}

func newCareerComparison() *careerComparison {
	c := &careerComparison{}
	if app.IsClient {
		c.readURL(app.Window().URL())
	}
	return c
}

func (c *careerComparison) OnPreRender(ctx app.Context) { c.readURL(ctx.Page().URL()) }

func (c *careerComparison) OnMount(ctx app.Context) { changedNothingDrawn(ctx) }

func (c *careerComparison) OnNav(ctx app.Context) {
	c.readURL(ctx.Page().URL())
	if careers.CompareQuery(c.picks) != queryOf(ctx.Page().URL()) {
		c.writeURL(ctx)
	}
}

func (c *careerComparison) readURL(u *url.URL) {
	c.dropped = careers.ParsePicks(queryValues(u), appData())
	c.picks = c.dropped.Keys
	c.limitNote = ""
}

// writeURL keeps the careers in the address without a new history entry.
func (c *careerComparison) writeURL(ctx app.Context) {
	u, err := url.Parse(href(comparePath) + careers.CompareQuery(c.picks))
	if err != nil {
		return
	}
	ctx.Page().ReplaceURL(u)
}

// onPick adds or removes a career; a fifth is refused and unticked again.
func (c *careerComparison) onPick(ctx app.Context, e app.Event) {
	if !c.pick(ctx, ctx.JSSrc().Get("value").String(), ctx.JSSrc().Get("checked").Bool()) {
		ctx.JSSrc().Set("checked", false)
	}
}

// pick adds or removes a career; it reports false for a refused tick.
func (c *careerComparison) pick(ctx app.Context, slug string, on bool) bool {
	if appData().Career(slug) == nil {
		return !on
	}
	picks, ok := careers.Toggle(c.picks, slug, on)
	if !ok {
		c.limitNote = limitNote
		return false
	}
	c.picks = picks
	c.limitNote = ""
	c.dropped = salary.Selection{Keys: picks}
	c.writeURL(ctx)
	return true
}

func (c *careerComparison) Render() app.UI {
	d := appData()
	var cards []careers.Card
	for _, s := range c.picks {
		if card, ok := careers.CardOf(d, s); ok {
			cards = append(cards, card)
		}
	}
	return app.Div().Class("career-comparison").Body(
		app.Div().Class("notice-slot").Body(c.linkNotice()),
		c.summary(cards),
		app.If(len(cards) >= salary.MinCompare, func() app.UI { return compareTable(d, cards) }),
		c.picker(d),
		app.P().Class("compare-back").Body(
			app.A().Href(href("/careers"+careers.Choice{Picks: c.picks}.Query())).Text("Back to every career"),
		),
	)
}

// summary says what is compared, or what is missing for a comparison.
func (c *careerComparison) summary(cards []careers.Card) app.UI {
	var text string
	switch len(cards) {
	case 0:
		text = "Pick two to four careers below to see them side by side."
	case 1:
		text = "Pick at least one more career below to compare with " + cards[0].Career.Title + "."
	default:
		titles := make([]string, len(cards))
		for i, k := range cards {
			titles[i] = k.Career.Title
		}
		text = "Comparing " + data.JoinAnd(titles) + "."
	}
	return app.P().ID("compare-summary").Class("compare-summary").Aria("live", "polite").Text(text)
}

// picker chooses the careers: every career, ticked if compared.
func (c *careerComparison) picker(d *data.Data) app.UI {
	picked := make(map[string]bool, len(c.picks))
	for _, p := range c.picks {
		picked[p] = true
	}
	status := c.limitNote
	if status == "" {
		status = strconv.Itoa(len(c.picks)) + " of up to " + strconv.Itoa(salary.MaxCompare) + " picked."
	}
	return app.FieldSet().Class("compare-choose").ID("compare-choose").Body(
		app.Legend().Text("Careers to compare"),
		app.Ul().Body(app.Range(d.Careers).Slice(func(i int) app.UI {
			slug := d.Careers[i].Slug
			box := app.Input().Type("checkbox").ID(pickBoxOf(slug)).Value(slug).OnChange(c.onPick)
			return app.Li().Body(
				boolAttr(box, app.HTMLInput.Checked, picked[slug]),
				app.Label().For(pickBoxOf(slug)).Text(d.Careers[i].Title),
			)
		})),
		app.P().ID("compare-status").Aria("live", "polite").Text(status),
	)
}

func (c *careerComparison) linkNotice() app.UI {
	if !c.dropped.Dropped() {
		return nil
	}
	return app.Div().Class("notice").ID("link-notice").Body(
		app.P().Body(app.Strong().Text("Part of this link could not be used.")),
		app.Ul().Body(dropNotes(c.dropped)...),
		app.P().Text("The address has been tidied to what is shown."),
	)
}

// compareTopic is one row of the comparison: what it is about, the career
// sections that say more (the first a career has is linked), and its cell.
type compareTopic struct {
	id, title string
	sections  []string
	cell      func(d *data.Data, c careers.Card) app.UI
}

var compareTopics = []compareTopic{
	{"what", "What you do", []string{data.SectionResponsibility, data.SectionOverview}, whatYouDo},
	{"where", "Where you work", []string{data.SectionWorkEnvironment}, whereYouWork},
	{"schooling", "Schooling: time and cost", []string{data.SectionPathways, data.SectionEducation, data.SectionSteps}, schooling},
	{"credentials", "Credentials", []string{data.SectionCredentials}, credentialList},
	{"pay", "Typical U.S. pay", []string{data.SectionPay}, func(_ *data.Data, c careers.Card) app.UI { return payFigure(c) }},
	{"outlook", "Outlook", []string{data.SectionOutlook}, func(_ *data.Data, c careers.Card) app.UI { return outlookFigure(c) }},
	{"remote", "Remote work", []string{data.SectionRemoteWork}, remoteWork},
}

// compareTable sets the careers side by side: one column each, a row per
// topic. The style sheet keeps two careers in two columns on a phone and
// stacks three or four, each cell under its career's name.
func compareTable(d *data.Data, cards []careers.Card) app.UI {
	titles := make([]string, len(cards))
	for i, c := range cards {
		titles[i] = c.Career.Title
	}
	notes := careers.PayNotes(d, slugsOfCards(cards))
	var rows []app.UI
	for _, t := range compareTopics {
		rows = append(rows, topicRow(d, t, cards))
		if t.id == "pay" && len(notes) > 0 {
			rows = append(rows, payNotesRow(d, notes, len(cards)))
		}
	}
	rows = append(rows, app.Tr().Role("row").DataSet("topic", "guide").Body(
		app.Th().Scope("row").Role("rowheader").Text("Read more"),
		app.Range(cards).Slice(func(i int) app.UI {
			c := cards[i]
			return app.Td().Role("cell").DataSet("label", c.Career.Title).Body(
				app.A().Class("compare-more").Href(href(careerPath(c.Slug()))).Text("The " + c.Career.Title + " guide"),
			)
		}),
	))
	return app.Table().ID("career-compare").Class("career-compare", "compare-"+strconv.Itoa(len(cards))).Role("table").Body(
		app.Caption().Text(data.JoinAnd(titles)+", side by side"),
		app.THead().Role("rowgroup").Body(app.Tr().Role("row").Body(
			app.Td().Class("compare-corner"),
			app.Range(cards).Slice(func(i int) app.UI {
				return app.Th().Scope("col").Role("columnheader").DataSet("slug", cards[i].Slug()).Text(cards[i].Career.Title)
			}),
		)),
		app.TBody().Role("rowgroup").Body(rows...),
	)
}

func slugsOfCards(cards []careers.Card) []string {
	out := make([]string, len(cards))
	for i, c := range cards {
		out[i] = c.Slug()
	}
	return out
}

func topicRow(d *data.Data, t compareTopic, cards []careers.Card) app.UI {
	return app.Tr().Role("row").DataSet("topic", t.id).Body(
		app.Th().Scope("row").Role("rowheader").Text(t.title),
		app.Range(cards).Slice(func(i int) app.UI {
			c := cards[i]
			return app.Td().Role("cell").DataSet("label", c.Career.Title).DataSet("slug", c.Slug()).Body(
				t.cell(d, c),
				moreLink(c, t.sections),
			)
		}),
	)
}

// moreLink leads to the first of the sections the career's guide has.
func moreLink(c careers.Card, sections []string) app.UI {
	for _, id := range sections {
		if !c.Career.HasSection(id) {
			continue
		}
		return app.P().Class("compare-more").Body(
			app.A().Href(href(careerPath(c.Slug())+"#"+id)).Body(
				app.Text("More: "+sectionTitle(id)),
				app.Span().Class("visually-hidden").Text(", "+c.Career.Title),
			),
		)
	}
	return nil
}

func sectionTitle(id string) string {
	for _, s := range data.CareerSections {
		if s.ID == id {
			return s.Title
		}
	}
	return id
}

// payNotesRow says, right under the pay figures, which of them are not
// alike: one occupation's figure shown twice, other years, other sources.
func payNotesRow(d *data.Data, notes []careers.PayNote, columns int) app.UI {
	title := func(slug string) string {
		if c := d.Career(slug); c != nil {
			return c.Title
		}
		return slug
	}
	return app.Tr().Role("row").Class("pay-notes-row").DataSet("topic", "pay-notes").Body(
		app.Td().Role("cell").ColSpan(columns+1).ID("pay-notes").Body(
			app.P().Body(app.Strong().Text("Before you compare these pay figures")),
			app.Ul().Body(app.Range(notes).Slice(func(i int) app.UI {
				n := notes[i]
				text := n.Shared
				if text == "" {
					parts := make([]string, len(n.Unlike))
					for j, u := range n.Unlike {
						parts[j] = u.Text
					}
					text = strings.Join(parts, " ")
				}
				return app.Li().DataSet("pair", n.A+","+n.B).Body(
					app.Strong().Text(title(n.A)+" and "+title(n.B)+": "),
					app.Text(text),
				)
			})),
		),
	)
}

func whatYouDo(_ *data.Data, c careers.Card) app.UI {
	duties := c.Career.Responsibilities
	if len(duties) > 3 {
		duties = duties[:3]
	}
	return app.Div().Body(
		app.P().Text(c.Line),
		app.If(len(duties) > 0, func() app.UI { return bullets(duties) }),
	)
}

func whereYouWork(_ *data.Data, c careers.Card) app.UI {
	if len(c.Career.WorkEnvironment) == 0 {
		return notInSources("")
	}
	return app.P().Text(c.Career.WorkEnvironment[0])
}

func schooling(d *data.Data, c careers.Card) app.UI {
	return app.Div().Body(
		routesFigure(d, c),
		app.P().Class("card-term").Text("Degree needed?"),
		degreeFigure(c),
	)
}

func credentialList(_ *data.Data, c careers.Card) app.UI {
	ids := c.Career.Credentials
	if len(ids) == 0 {
		return notInSources("None listed in this app's sources.")
	}
	d := appData()
	return app.Ul().Class("compare-credentials").Body(app.Range(ids).Slice(func(i int) app.UI {
		cr := d.Credential(ids[i])
		if cr == nil {
			return nil
		}
		return app.Li().Body(credentialLink(cr))
	}))
}

func remoteWork(_ *data.Data, c careers.Card) app.UI {
	if len(c.Career.RemoteWork) == 0 {
		return notInSources("")
	}
	return app.P().Text(c.Career.RemoteWork[0])
}
