package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// searchBox is the header's search field. Without the wasm it is a plain
// form that opens the /search page.
type searchBox struct {
	app.Compo
}

func newSearchBox() *searchBox { return &searchBox{} }

func (s *searchBox) Render() app.UI {
	return app.Form().Class("search-box").Action(href("/search")).Method("get").Aria("role", "search").Body(
		app.Input().
			Type("search").
			Name("q").
			ID("site-search").
			Aria("label", "Search").
			Placeholder("Search careers, pay, skills… ( / )").
			AutoComplete(false),
	)
}
