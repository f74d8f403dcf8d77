package ui

import (
	"net/url"
	"strings"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// benchResultLimit is how many results a timed query asks for: as many as
// the header's list shows (headerResults), and as make bench asks for
// natively (its resultLimit).
const benchResultLimit = 8

// benchSearch runs one query through the app's search and returns how many
// entries matched.
func benchSearch(query string) int {
	return siteIndex().Search(query, benchResultLimit).Total
}

// benchBuild builds a fresh search index and returns how many entries it
// holds, so make bench can time the build inside the wasm.
func benchBuild() int { return search.New(appData(), SearchPages()...).Len() }

// init gives make bench a way to time the search inside the wasm, with no
// rendering in the way. It does nothing unless the page was opened with
// ?bench=1, so visitors never get the hook.
func init() {
	if !app.IsClient {
		return
	}
	// location.search alone: cheaper than the whole URL, at every start.
	query, err := url.ParseQuery(strings.TrimPrefix(app.Window().Get("location").Get("search").String(), "?"))
	if err != nil || query.Get("bench") != "1" {
		return
	}
	// "ready" tells make bench this build has a search to time; go-app's
	// hello world, its baseline, has no hook at all.
	hook := map[string]any{
		"ready": true,
		"search": app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) == 0 {
				return -1
			}
			return benchSearch(args[0].String())
		}),
		"build": app.FuncOf(func(this app.Value, args []app.Value) any {
			return benchBuild()
		}),
	}
	app.Window().Set("hitcoachBench", hook)
}
