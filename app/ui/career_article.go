package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerArticle is the body of a career page: a summary that answers
// first, the contents, and the sections, each closed until opened. It is a
// component of its own, so that when something small changes, such as the
// results in the header's search box, go-app sees its one field unchanged
// and skips the whole guide instead of drawing and comparing it again on
// every keystroke.
//
// It owns which sections are open. A link to a section, or to something in
// one (a search result's #step-2), opens it; the open ones are kept for
// the page in session storage, so Back and reloads find them open again.
type careerArticle struct {
	app.Compo
	ISlug string

	// open names the open disclosures of openSlug's page; for any other
	// slug every disclosure is closed until OnNav reads its own.
	open     map[string]bool
	openSlug string
}

func newCareerArticle() *careerArticle { return &careerArticle{} }

// Slug names the career to show.
func (a *careerArticle) Slug(v string) *careerArticle { a.ISlug = v; return a }

// OnNav reads the page's open sections when the career changes, and opens
// the one a link points into. go-app calls it after drawing the page; its
// own scroll to the link's target may come before the section opens, so
// once the page is drawn again the target is scrolled to and focused here.
func (a *careerArticle) OnNav(ctx app.Context) {
	path := careerPath(a.ISlug)
	changed := false
	if a.openSlug != a.ISlug {
		// The page was drawn closed; it needs drawing again only if some
		// of it is open.
		a.open, a.openSlug = loadOpen(path), a.ISlug
		changed = len(a.open) > 0
	}
	target := app.Window().URL().Fragment
	for _, name := range disclosuresAround(target) {
		if !a.open[name] {
			a.open[name] = true
			changed = true
		}
	}
	if !changed {
		changedNothingDrawn(ctx)
		return
	}
	saveOpen(path, a.open)
	if target != "" {
		ctx.Defer(func(app.Context) { showTarget(target) })
	}
}

// showTarget scrolls to the element a link names and moves focus there, as
// settleNavigation does for a target that was on screen all along.
func showTarget(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView")
		focusWithoutScrolling(el)
	}
}

// toggled records a section opened or closed by the reader.
func (a *careerArticle) toggled(ctx app.Context, e app.Event) {
	name, open := toggledDisclosure(ctx)
	if a.openSlug != a.ISlug || a.open[name] == open {
		// The browser's echo of an open the page drew itself.
		changedNothingDrawn(ctx)
		return
	}
	a.open[name] = open
	saveOpen(careerPath(a.ISlug), a.open)
}

// contentsClicked opens the section a contents link names before go-app
// follows the link. Following it does the same through OnNav, except when
// the address already ends in that link, as after closing the section the
// link opened: go-app then ignores the click.
func (a *careerArticle) contentsClicked(ctx app.Context, e app.Event) {
	name := ctx.JSSrc().Get("dataset").Get("section").String()
	if a.openSlug != a.ISlug || a.open[name] {
		changedNothingDrawn(ctx)
		return
	}
	a.open[name] = true
	saveOpen(careerPath(a.ISlug), a.open)
	ctx.Defer(func(app.Context) { showTarget(name) })
}

func (a *careerArticle) disclosures() disclosures {
	if a.openSlug != a.ISlug {
		return disclosures{onToggle: a.toggled}
	}
	return disclosures{open: a.open, onToggle: a.toggled}
}

func (a *careerArticle) Render() app.UI {
	c := appData().Career(a.ISlug)
	sections := c.Sections()
	d := a.disclosures()
	return app.Article().ID(topAnchor).Class("career").Body(
		app.H1().Text(c.Title),
		app.P().Class("lead").Text(c.Summary),
		careerGlance(c),
		app.If(len(c.AltTitles) > 0, func() app.UI {
			return app.P().Class("muted").Text("Also called: " + strings.Join(c.AltTitles, ", "))
		}),
		newNearYou().Slug(c.Slug), // the counselor's local pack (local_near_you.go)
		newBrowserTurn(),
		app.Div().Class("career-body").Body(
			app.Nav().Class("toc").ID("contents").Aria("label", "On this page").Body(
				app.H2().Class("toc-title").Text("On this page"),
				app.Ol().Body(app.Range(sections).Slice(func(i int) app.UI {
					return app.Li().Body(app.A().
						Href(href(careerPath(c.Slug)+"#"+sections[i].ID)).
						DataSet("section", sections[i].ID).
						OnClick(a.contentsClicked).
						Text(sections[i].Title))
				})),
			),
			app.Div().Class("career-sections").Body(a.sections(c, sections, d)...),
		),
	)
}

// sections are the career's sections and "Back to top", with a turn for
// the browser every few sections while the app takes over (browserTurn).
func (a *careerArticle) sections(c *data.Career, sections []data.Section, d disclosures) []app.UI {
	parts := make([]app.UI, 0, len(sections)+len(sections)/turnEvery+1)
	for i, s := range sections {
		if i > 0 && i%turnEvery == 0 {
			parts = append(parts, newBrowserTurn())
		}
		parts = append(parts, renderCareerSection(c, s, d))
	}
	return append(parts, backToTop(c))
}

// turnEvery is how many sections are mounted between two turns.
const turnEvery = 5

// topAnchor is the id of the top of a career page, where "Back to top"
// links lead.
const topAnchor = "top"

func backToTop(c *data.Career) app.UI {
	return app.P().Class("to-top").Body(app.A().Href(href(careerPath(c.Slug) + "#" + topAnchor)).Text("Back to top"))
}
