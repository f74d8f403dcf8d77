package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// headerResults is how many results the header box lists; the /search page
// lists many more.
const headerResults = 8

// Element ids of the header search box.
const (
	searchInputID   = "site-search"
	searchListboxID = "site-search-listbox"
)

// searchBox is the header's search field: a combobox whose listbox shows
// results, grouped by kind, as you type (WAI-ARIA combobox pattern with a
// listbox popup). Without the wasm it is a plain form that opens /search.
type searchBox struct {
	app.Compo

	query   string
	resp    search.Response
	results []search.Result // in the order shown: group by group
	// closest is true when results are the closest matches, as nothing
	// holds every word: they are listed best first, in one group.
	closest bool
	active  int // index into results, -1 when none
	open    bool
	navPath string // the page's path at the last navigation
	// slashHint is true where a keyboard is likely, so the placeholder
	// mentions the "/" key: never on a phone. The server, which does not
	// know the screen, leaves it out.
	slashHint bool

	onKey app.Func
}

func newSearchBox() *searchBox { return &searchBox{active: -1} }

func (s *searchBox) OnMount(ctx app.Context) {
	// The index is built once, a part at a time whenever the browser is
	// idle after the first render, so it neither delays the page nor the
	// first keystroke. A keystroke that comes sooner finishes it at once.
	buildSiteIndexWhenIdle()
	s.navPath = ctx.Page().URL().Path
	s.onKey = app.FuncOf(s.focusOnSlash)
	app.Window().Call("addEventListener", "keydown", s.onKey)
	if !s.checkKeyboard() {
		changedNothingDrawn(ctx)
	}
}

// OnResize checks again whether a keyboard is likely: a tablet turned, a
// window narrowed.
func (s *searchBox) OnResize(ctx app.Context) {
	if !s.checkKeyboard() {
		changedNothingDrawn(ctx)
	}
}

// phoneLike is a screen where the "/" shortcut is not worth a mention: a
// coarse pointer (a finger) or a phone's width, where a keyboard is
// unlikely.
const phoneLike = "(pointer: coarse), (max-width: 47.99rem)"

// checkKeyboard sets slashHint from the screen, and reports whether it
// changed.
func (s *searchBox) checkKeyboard() bool {
	mm := app.Window().Get("matchMedia")
	if !mm.Truthy() {
		return false
	}
	hint := !app.Window().Call("matchMedia", phoneLike).Get("matches").Bool()
	if hint == s.slashHint {
		return false
	}
	s.slashHint = hint
	return true
}

// searchPlaceholder is the search box's placeholder, which mentions the
// "/" key only where a keyboard is likely.
func searchPlaceholder(slashHint bool) string {
	if slashHint {
		return "Search everything (press /)"
	}
	return "Search everything"
}

// OnNav empties the box after a change of page, as a fresh page's box is:
// the header stays mounted across in-app navigation (pageFrame). A new
// query on the same page, such as /search?q=…, keeps it.
func (s *searchBox) OnNav(ctx app.Context) {
	path := ctx.Page().URL().Path
	samePage := path == s.navPath
	s.navPath = path
	if samePage || (s.query == "" && !s.open) {
		changedNothingDrawn(ctx)
		return
	}
	s.setQuery("")
	s.open, s.active = false, -1
	// The input's value is the browser's, not rendered from s.query.
	if el := app.Window().GetElementByID(searchInputID); el.Truthy() {
		el.Set("value", "")
	}
}

func (s *searchBox) OnDismount() {
	if s.onKey != nil {
		app.Window().Call("removeEventListener", "keydown", s.onKey)
		s.onKey.Release()
		s.onKey = nil
	}
}

// focusOnSlash moves focus to the box when "/" is pressed anywhere but in
// another field. It runs as a plain listener so it can cancel the key
// before the "/" is typed.
func (s *searchBox) focusOnSlash(this app.Value, args []app.Value) any {
	if len(args) == 0 {
		return nil
	}
	e := args[0]
	if e.Get("key").String() != "/" || e.Get("defaultPrevented").Truthy() ||
		e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() || e.Get("altKey").Truthy() {
		return nil
	}
	if el := app.Window().Get("document").Get("activeElement"); el.Truthy() && takesText(el) {
		return nil
	}
	if input := app.Window().GetElementByID(searchInputID); input.Truthy() {
		e.Call("preventDefault")
		input.Call("focus")
	}
	return nil
}

// takesText reports whether a focused element is one a person types into,
// where "/" is a character and not a shortcut.
func takesText(el app.Value) bool {
	switch el.Get("tagName").String() {
	case "TEXTAREA", "SELECT":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image":
			return false
		}
		return true
	}
	return el.Get("isContentEditable").Truthy()
}

func (s *searchBox) onInput(ctx app.Context, e app.Event) {
	s.setQuery(ctx.JSSrc().Get("value").String())
}

func (s *searchBox) setQuery(q string) {
	s.query = q
	s.active = -1
	if strings.TrimSpace(q) == "" {
		s.open, s.results, s.resp, s.closest = false, nil, search.Response{}, false
		return
	}
	s.resp = siteIndex().Search(q, headerResults)
	s.results = s.results[:0]
	s.closest = s.resp.Total == 0 && len(s.resp.Closest) > 0
	if s.closest {
		s.results = append(s.results, s.resp.Closest...)
	}
	for _, g := range s.resp.Groups() {
		s.results = append(s.results, g.Results...)
	}
	s.open = true
}

func (s *searchBox) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		s.move(ctx, 1)
	case "ArrowUp":
		e.PreventDefault()
		s.move(ctx, -1)
	case "Enter":
		if e.Get("isComposing").Truthy() {
			return
		}
		// Never submit the form: that would reload the whole app.
		e.PreventDefault()
		s.openChoice(ctx)
	case "Escape":
		if s.query != "" || s.open {
			e.PreventDefault()
			ctx.JSSrc().Set("value", "")
			s.setQuery("")
		}
	case "Tab":
		s.open = false
	}
}

// move makes the next or previous result active, wrapping at the ends, and
// opens the list if it was closed.
func (s *searchBox) move(ctx app.Context, step int) {
	if strings.TrimSpace(s.query) == "" {
		return
	}
	s.open = true
	n := len(s.results)
	if n == 0 {
		return
	}
	switch {
	case s.active < 0 && step > 0:
		s.active = 0
	case s.active < 0:
		s.active = n - 1
	default:
		s.active = (s.active + step + n) % n
	}
	id := s.optionID(s.active)
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

// openChoice opens the active result, or the full result list when none is
// active.
func (s *searchBox) openChoice(ctx app.Context) {
	switch {
	case s.open && s.active >= 0 && s.active < len(s.results):
		s.openPath(ctx, s.results[s.active].Href())
	case strings.TrimSpace(s.query) != "":
		s.openPath(ctx, searchPagePath(strings.TrimSpace(s.query)))
	}
}

// onSubmit catches a submit the Enter key did not, such as a phone
// keyboard's search button.
func (s *searchBox) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	s.openChoice(ctx)
}

func (s *searchBox) openPath(ctx app.Context, path string) {
	s.open, s.active = false, -1
	target := href(path)
	// Enter can arrive twice, as the key and as the form's submit: a second
	// visit to the page already shown would cost the person an extra Back.
	if app.IsClient && sameAddress(app.Window().URL(), target) {
		return
	}
	ctx.Navigate(target)
}

// sameAddress reports whether u, the browser's address, is target, a
// root-relative URL such as "/search?q=rhit".
func sameAddress(u *url.URL, target string) bool {
	t, err := url.Parse(target)
	if err != nil {
		return false
	}
	return u.EscapedPath() == t.EscapedPath() && u.Query().Encode() == t.Query().Encode() && u.Fragment == t.Fragment
}

func (s *searchBox) onFocus(ctx app.Context, e app.Event) {
	if strings.TrimSpace(s.query) != "" {
		s.open = true
	}
}

func (s *searchBox) onBlur(ctx app.Context, e app.Event) {
	s.open, s.active = false, -1
}

// keepFocus stops a click on the list from taking focus from the box, so
// the list stays open until the click lands.
func (s *searchBox) keepFocus(ctx app.Context, e app.Event) { e.PreventDefault() }

func (s *searchBox) onOptionClick(ctx app.Context, e app.Event) {
	s.open, s.active = false, -1
}

func (s *searchBox) optionID(i int) string { return "site-search-option-" + strconv.Itoa(i) }

func (s *searchBox) Render() app.UI {
	expanded := s.open && strings.TrimSpace(s.query) != ""
	input := app.Input().
		Type("search").
		Name("q").
		ID(searchInputID).
		Aria("label", "Search").
		Placeholder(searchPlaceholder(s.slashHint)).
		AutoComplete(false).
		Attr("role", "combobox").
		Aria("autocomplete", "list").
		Aria("controls", searchListboxID).
		Aria("expanded", strconv.FormatBool(expanded)).
		Attr("enterkeyhint", "search").
		OnInput(s.onInput).
		OnKeyDown(s.onKeyDown).
		OnFocus(s.onFocus).
		OnBlur(s.onBlur)
	if expanded && s.active >= 0 {
		input = input.Aria("activedescendant", s.optionID(s.active))
	}

	popup := app.Div().Class("search-popup").OnMouseDown(s.keepFocus)
	if !expanded {
		popup = popup.Hidden(true)
	}
	return app.Form().Class("search-box").Action(href("/search")).Method("get").Attr("role", "search").OnSubmit(s.onSubmit).Body(
		input,
		popup.Body(
			app.Div().
				ID(searchListboxID).
				Attr("role", "listbox").
				Aria("label", "Search results").
				Body(s.renderGroups()...),
			s.renderNote(),
		),
		app.Div().Class("search-status").Attr("role", "status").Text(s.statusText(expanded)),
	)
}

func (s *searchBox) renderGroups() []app.UI {
	if !s.open {
		return nil
	}
	if s.closest {
		// Best first, whatever their kind, so one group.
		options := []app.UI{app.Div().Attr("role", "presentation").ID("site-search-group-closest").Class("search-group-label").Text("Closest matches")}
		for i := range s.results {
			options = append(options, s.renderOption(i))
		}
		return []app.UI{app.Div().Attr("role", "group").Aria("labelledby", "site-search-group-closest").Class("search-group", "search-closest").Body(options...)}
	}
	var groups []app.UI
	for i := 0; i < len(s.results); {
		kind := s.results[i].Kind
		labelID := "site-search-group-" + kind.Slug()
		var options []app.UI
		options = append(options, app.Div().Attr("role", "presentation").ID(labelID).Class("search-group-label").Text(kind.Label()))
		for ; i < len(s.results) && s.results[i].Kind == kind; i++ {
			options = append(options, s.renderOption(i))
		}
		groups = append(groups, app.Div().Attr("role", "group").Aria("labelledby", labelID).Class("search-group").Body(options...))
	}
	return groups
}

func (s *searchBox) renderOption(i int) app.UI {
	r := s.results[i]
	active := i == s.active
	class := "search-option"
	if active {
		class += " is-active"
	}
	return app.A().
		ID(s.optionID(i)).
		Class(class).
		Role("option").
		Aria("selected", strconv.FormatBool(active)).
		TabIndex(-1).
		Href(href(r.Href())).
		OnClick(s.onOptionClick).
		Body(
			app.If(s.closest, func() app.UI { return app.Span().Class("search-option-kind").Text(r.Kind.Label()) }),
			app.Span().Class("search-option-title").Body(highlighted(r.Title, r.TitleMarks)...),
			app.If(r.Subtitle != "", func() app.UI {
				return app.Span().Class("search-option-sub").Body(highlighted(r.Subtitle, r.SubtitleMarks)...)
			}),
			app.If(len(r.Missing) > 0, func() app.UI { return app.Span().Class("search-missing").Text(lacksText(r.Missing)) }),
		)
}

// lacksText says which words of the query a closest match lacks.
func lacksText(words []string) string {
	return "Does not mention " + quoteWords(words)
}

func (s *searchBox) renderNote() app.UI {
	if !s.open {
		return nil
	}
	if len(s.results) == 0 {
		return app.P().Class("search-popup-note").Body(
			app.Text("Nothing matches “" + s.resp.Query + "”. Press Enter for suggestions."),
		)
	}
	if s.closest {
		return app.P().Class("search-popup-note").Body(
			app.Text("Nothing has every word of “"+s.resp.Query+"”; these have the most. "),
			app.A().TabIndex(-1).Href(href(searchPagePath(s.resp.Query))).OnClick(s.onOptionClick).Text("See all closest matches"),
		)
	}
	more := "Enter opens the highlighted result."
	if s.resp.Total > len(s.results) {
		more = "Showing " + strconv.Itoa(len(s.results)) + " of " + strconv.Itoa(s.resp.Total) + "."
	}
	return app.P().Class("search-popup-note").Body(
		app.Text(more+" "),
		app.A().TabIndex(-1).Href(href(searchPagePath(s.resp.Query))).OnClick(s.onOptionClick).Text("See all results"),
	)
}

func (s *searchBox) statusText(expanded bool) string {
	switch {
	case !expanded:
		return ""
	case len(s.results) == 0:
		return "No results"
	case s.closest:
		return "No result has every word; " + strconv.Itoa(len(s.results)) + " closest matches"
	case s.resp.Total == 1:
		return "1 result"
	case s.resp.Total > len(s.results):
		return strconv.Itoa(s.resp.Total) + " results, " + strconv.Itoa(len(s.results)) + " shown"
	}
	return strconv.Itoa(s.resp.Total) + " results"
}
