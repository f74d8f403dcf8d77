package ui

import (
	"net/url"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// highlighted renders s with the marked ranges in <mark>. Every piece is a
// text node, so nothing in s or in a query can ever become HTML.
func highlighted(s string, marks []search.Span) []app.UI {
	if app.IsServer {
		// go-app's server puts each of several children on a line of its
		// own, which would split "Medic|a|l" into "Medic a l": the server's
		// page shows the text plain.
		return []app.UI{app.Text(s)}
	}
	segs := search.Segments(s, marks)
	nodes := make([]app.UI, len(segs))
	for i, seg := range segs {
		if seg.Marked {
			nodes[i] = app.Mark().Class("search-mark").Text(seg.Text)
		} else {
			nodes[i] = app.Text(seg.Text)
		}
	}
	return nodes
}

// searchPagePath is the app path of the full result list for q.
func searchPagePath(q string) string {
	if q == "" {
		return "/search"
	}
	return "/search?q=" + url.QueryEscape(q)
}
