package ui

import (
	"net/url"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// highlighted renders s with the marked ranges in <mark>. Every piece is a
// text node, so nothing in s or in a query can ever become HTML.
// The server's page shows the text plain (see inlinePieces).
func highlighted(s string, marks []search.Span) []app.UI {
	return inlinePieces(s, func() []app.UI {
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
	})
}

// searchPagePath is the app path of the full result list for q.
func searchPagePath(q string) string {
	if q == "" {
		return "/search"
	}
	return "/search?q=" + url.QueryEscape(q)
}
