//go:build !wasm

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// readTableFit lists what a reader of the page at its present width cannot
// read without scrolling sideways: a table caption running off the screen,
// or a table meant to fit a phone (one that stacks its records, the quiz's
// area scores, the plan's history) wider than its box. It also checks that
// each stacked cell's label is its column's name, and counts the tables.
const readTableFit = `(() => {
	const problems = [];
	const tables = [...document.querySelectorAll("table")];
	for (const t of tables) {
		const name = t.id || t.className || "table";
		const cap = t.querySelector("caption");
		if (cap && cap.getBoundingClientRect().right > innerWidth + 1) {
			problems.push(name + ": its caption runs off the screen");
		}
		const box = t.parentElement;
		if (t.matches(".stack-on-phone, .quiz-areas, .plan-history") && box.scrollWidth > box.clientWidth + 1) {
			problems.push(name + ": " + box.scrollWidth + " px wide in a box of " + box.clientWidth);
		}
		if (t.matches(".stack-on-phone")) {
			const heads = [...t.querySelectorAll("thead th")].map(th => th.textContent.trim());
			for (const row of t.querySelectorAll("tbody tr")) {
				[...row.children].forEach((cell, i) => {
					if (cell.tagName === "TD" && cell.dataset.label !== heads[i]) {
						problems.push(name + ": a cell of column " + JSON.stringify(heads[i]) + " is labelled " + JSON.stringify(cell.dataset.label));
					}
				});
			}
		}
	}
	return { tables: tables.length, problems };
})()`

type tableFit struct {
	Tables   int      `json:"tables"`
	Problems []string `json:"problems"`
}

// CheckTablesFit fails t for each table of the page a reader would have to
// scroll sideways to read at the page's present width, and returns how
// many tables the page has.
func (tb *Tab) CheckTablesFit(t *testing.T, where string) int {
	t.Helper()
	r := Run(tb, chromedp.Evaluate[tableFit](readTableFit))
	for _, p := range r.Problems {
		t.Errorf("%s: %s", where, p)
	}
	return r.Tables
}
