//go:build !wasm

package foundation

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestTextMeetsAAContrastInBothSchemes(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.AllowFailures(`HTTP 404 for .*/no-such-page`)
	tb.AllowFailures(`console error: Failed to load resource: the server responded with a status of 404`)
	pages := []string{"/", "/about", "/glossary", "/credentials", "/salaries", "/quiz", "/plan", "/search?q=rhit", "/no-such-page"}
	for _, c := range dataCareers() {
		pages = append(pages, "/careers/"+c)
	}
	for _, p := range pages {
		tb.Open(p)
		tb.CheckContrast(t, p)
	}
}
