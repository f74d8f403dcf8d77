package ui

import (
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageResults bounds the /search list: beyond it a query is too vague to
// read through, and the page says to add a word.
const pageResults = 100

const searchPageInputID = "search-page-input"

// searchView is the body of the /search page: the field, the notices and
// the grouped results. It keeps the query itself, because the page's shell
// renders its content once; it reads the query from the address when the
// page is rendered or navigated to.
type searchView struct {
	app.Compo
	query string
	resp  search.Response
}

func newSearchView() *searchView { return &searchView{} }

func (v *searchView) OnPreRender(ctx app.Context) { v.load(ctx) }

// OnMount searches again once a counselor's local pack arrives.
func (v *searchView) OnMount(ctx app.Context) {
	onAction(ctx, actionLocalPack, func(app.Context) { v.run(v.query) })
	changedNothingDrawn(ctx)
}

func (v *searchView) OnNav(ctx app.Context) {
	v.load(ctx)
	// An empty value attribute does not clear a field that was typed in.
	q := v.query
	if !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		if in := app.Window().GetElementByID(searchPageInputID); in.Truthy() && in.Get("value").String() != q {
			in.Set("value", q)
		}
	})
}

func (v *searchView) load(ctx app.Context) {
	v.run(ctx.Page().URL().Query().Get("q"))
}

func (v *searchView) run(q string) {
	v.query = q
	v.resp = siteIndex().Search(q, pageResults)
}

func (v *searchView) onInput(ctx app.Context, e app.Event) {
	q := ctx.JSSrc().Get("value").String()
	v.run(q)
	// Replace, not push: Back should leave the page, not undo keystrokes.
	app.Window().Get("history").Call("replaceState", nil, "", href(searchPagePath(v.resp.Query)))
}

// onSubmit keeps Enter from reloading the app: the list is already live.
func (v *searchView) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

func (v *searchView) Render() app.UI {
	return app.Div().Class("search-view").Body(
		app.Form().Class("search-page-form").Action(href("/search")).Method("get").OnSubmit(v.onSubmit).Body(
			app.Label().For(searchPageInputID).Text("Search careers, pay, skills, credentials, questions and terms"),
			app.Div().Class("search-page-row").Body(
				app.Input().
					Type("search").
					ID(searchPageInputID).
					Name("q").
					Value(v.fieldValue()).
					AutoComplete(false).
					Attr("enterkeyhint", "search").
					Aria("describedby", "search-summary").
					OnInput(v.onInput),
				app.Button().Type("submit").Text("Search"),
			),
		),
		app.If(v.resp.Trimmed, func() app.UI {
			return app.P().Class("notice search-trimmed").Text("Your search was longer than " + strconv.Itoa(search.MaxQueryRunes) + " characters, so only the first " + strconv.Itoa(search.MaxQueryRunes) + " were used.")
		}),
		app.P().ID("search-summary").Class("search-summary").Attr("role", "status").Text(v.summary()),
		v.body(),
	)
}

// fieldValue is the query to show in the field. A query the server's
// quoting would alter is filled in by the wasm; the summary shows it anyway,
// as escaped text.
func (v *searchView) fieldValue() string { return serverSafeAttr(v.query) }

func (v *searchView) summary() string {
	q := "“" + v.resp.Query + "”"
	switch n := v.resp.Total; {
	case strings.TrimSpace(v.resp.Query) == "":
		return ""
	case n == 0 && len(v.resp.Closest) > 0:
		return "No result has every word of " + q + ". " + closestCount(v.resp) + ", best first."
	case n == 0:
		return "No results for " + q + "."
	case n == 1:
		return "1 result for " + q + "."
	case n > len(v.resp.Results):
		return "The best " + strconv.Itoa(len(v.resp.Results)) + " of " + strconv.Itoa(n) + " results for " + q + ". Add a word to narrow them down."
	default:
		return strconv.Itoa(n) + " results for " + q + "."
	}
}

func (v *searchView) body() app.UI {
	switch {
	case strings.TrimSpace(v.resp.Query) == "":
		return app.Div().Class("search-empty").Body(
			app.P().Text("Type a word or two: a career, a country, a credential, a skill or an acronym. Results appear as you type, and misspellings and missing letters are fine."),
			searchSuggestions("Try one of these:"),
		)
	case v.resp.Total == 0 && len(v.resp.Closest) > 0:
		return v.closest()
	case v.resp.Total == 0:
		return app.Div().Class("search-empty").Body(
			app.If(len(v.resp.Unmatched) > 0, func() app.UI {
				return app.P().Text("Nothing in this app contains a word like " + quoteWords(v.resp.Unmatched) + ".")
			}).Else(func() app.UI {
				return app.P().Text("Each word appears somewhere, but no single entry has them all.")
			}),
			app.Ul().Body(
				app.Li().Text("Use fewer words: every word you type must appear in a result."),
				app.Li().Text("Check the spelling, or type only the start of a word."),
				app.Li().Text("Try an acronym such as RHIT or HIPAA, or a country such as UK."),
			),
			searchSuggestions("Or try one of these:"),
		)
	}
	groups := v.resp.Groups()
	return app.Div().Class("search-results").Body(app.Range(groups).Slice(func(i int) app.UI {
		g := groups[i]
		id := "results-" + g.Kind.Slug()
		return app.Section().Class("search-group").Aria("labelledby", id).Body(
			app.H2().ID(id).Text(g.Kind.Label()+" ("+strconv.Itoa(len(g.Results))+")"),
			app.Ol().Class("search-list").Body(app.Range(g.Results).Slice(func(j int) app.UI {
				return searchResultItem(g.Results[j])
			})),
		)
	}))
}

// closest lists the closest matches when nothing holds every word of the
// query: best first, whatever their kind, each with the words it lacks.
func (v *searchView) closest() app.UI {
	r := v.resp
	return app.Section().Class("search-closest").Aria("labelledby", "results-closest").Body(
		app.H2().ID("results-closest").Text("Closest matches ("+strconv.Itoa(len(r.Closest))+")"),
		app.P().Class("search-closest-intro").Body(
			app.If(len(r.Unmatched) > 0, func() app.UI {
				return app.Text("Nothing in this app contains a word like " + quoteWords(r.Unmatched) + ". ")
			}),
			app.Text("These hold the most words of your search, best first; the words they hold are highlighted."),
		),
		app.Ol().Class("search-list").Body(app.Range(r.Closest).Slice(func(i int) app.UI {
			return searchResultItem(r.Closest[i])
		})),
	)
}

// closestCount says how many closest matches are listed: "The 12 closest
// matches", or "The best 100 of 173 closest matches".
func closestCount(r search.Response) string {
	if r.ClosestTotal > len(r.Closest) {
		return "The best " + strconv.Itoa(len(r.Closest)) + " of " + strconv.Itoa(r.ClosestTotal) + " closest matches"
	}
	if len(r.Closest) == 1 {
		return "The 1 closest match"
	}
	return "The " + strconv.Itoa(len(r.Closest)) + " closest matches"
}

func searchResultItem(r search.Result) app.UI {
	return app.Li().Class("search-result").Body(
		app.If(len(r.Missing) > 0, func() app.UI { return app.Span().Class("search-option-kind").Text(r.Kind.Label()) }),
		app.A().Class("search-result-title").Href(href(r.Href())).Body(highlighted(r.Title, r.TitleMarks)...),
		app.If(r.Subtitle != "", func() app.UI {
			return app.Span().Class("search-result-sub").Body(highlighted(r.Subtitle, r.SubtitleMarks)...)
		}),
		app.If(r.Snippet != "", func() app.UI {
			return app.P().Class("search-result-snippet").Body(highlighted(r.Snippet, r.SnippetMarks)...)
		}),
		app.If(len(r.Missing) > 0, func() app.UI { return app.Span().Class("search-missing").Text(lacksText(r.Missing)) }),
	)
}

func searchSuggestions(lead string) app.UI {
	return app.P().Class("search-suggestions").Body(
		app.Text(lead+" "),
		app.Range(search.Suggestions).Slice(func(i int) app.UI {
			q := search.Suggestions[i]
			sep := ""
			if i > 0 {
				sep = " · "
			}
			return app.Span().Body(app.Text(sep), app.A().Href(href(searchPagePath(q))).Text(q))
		}),
	)
}

func quoteWords(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "“" + w + "”"
	}
	return strings.Join(quoted, " or ")
}
