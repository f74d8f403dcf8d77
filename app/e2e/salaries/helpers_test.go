//go:build !wasm

package salaries

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// textOf is the visible text of the first element matching a selector, or
// "" when there is none.
func textOf(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+strconv.Quote(selector)+`); return e ? e.innerText.trim() : ""; })()`))
}

// rowOf is the selector of a table row by its key.
func rowOf(table, key string) string {
	return "#" + table + ` tr[data-key="` + key + `"]`
}

// location is the page's path and query, without the origin.
func location(tb *e2e.Tab) string {
	return strings.TrimPrefix(e2e.Run(tb, chromedp.Location()), tb.Origin())
}

// usd and friends are the currencies as the data records them.
func currency(t *testing.T, code string) data.Currency {
	t.Helper()
	c := data.MustLoad().Currency(code)
	if c == nil {
		t.Fatalf("the data has no currency %s", code)
	}
	return *c
}

// symbol is how the page writes a currency.
func symbol(code string) string { return salary.Symbol(data.MustLoad(), code) }

// yearsWording is how a career-path rung's years read, written here from
// the data rather than taken from the app.
func yearsWording(l data.Level) string {
	if l.YearsMax == 0 {
		return strconv.Itoa(l.YearsMin) + "+ years"
	}
	return strconv.Itoa(l.YearsMin) + "–" + strconv.Itoa(l.YearsMax) + " years"
}

// sourceTitle is the title a citation links to.
func sourceTitle(t *testing.T, id string) string {
	t.Helper()
	s := data.MustLoad().Source(id)
	if s == nil {
		t.Fatalf("unknown source %q", id)
	}
	return s.Title
}
