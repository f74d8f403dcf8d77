package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// searchContent is /search?q=…: every result, grouped by kind. The address
// follows the query as you type, so a list can be shared and Back leaves
// the page. The server renders the results too, so the header box's plain
// form works without the wasm.
func searchContent() []app.UI {
	return []app.UI{
		app.H1().Text("Search"),
		newSearchView(),
	}
}
