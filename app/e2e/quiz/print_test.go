//go:build !wasm

package quiz

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// pdfPage matches each page object of a PDF (and not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// Paper sizes in inches.
var (
	letter = [2]float64{8.5, 11}
	a4     = [2]float64{8.27, 11.69}
)

// printPDF prints the tab as Chromium prints it to PDF, on paper of the
// size given, with its default margins.
func printPDF(tb *e2e.Tab, paper [2]float64) []byte {
	return e2e.Call(tb, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: paper[0], PaperHeight: paper[1]}).Data
}

// printedPages counts the pages the tab prints on.
func printedPages(tb *e2e.Tab, paper [2]float64) int {
	return len(pdfPage.FindAllIndex(printPDF(tb, paper), -1))
}

// savePDF keeps a print where the failure screenshots go, to look at.
func savePDF(t *testing.T, tb *e2e.Tab, name string, paper [2]float64) {
	saveArtifact(t, name+".pdf", printPDF(tb, paper))
}

// saveArtifact writes a file where the rig saves the screenshots of
// failures ($E2E_ARTIFACTS, or hitcoach-e2e in the temporary directory).
func saveArtifact(t *testing.T, name string, b []byte) {
	dir := os.Getenv("E2E_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hitcoach-e2e")
	}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
}

// printMedia runs check with the page styled for print.
func printMedia(tb *e2e.Tab, check func()) {
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	defer e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
	check()
}

// The HIT career guide prints in at most 15 Letter pages: pages flow on,
// headings stay with what follows, and closed sections print open.
func TestTheCareerGuidePrintsInFifteenPages(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/careers/" + data.MainSlug)
	letterPages, a4Pages := printedPages(tb, letter), printedPages(tb, a4)
	t.Logf("the %s guide prints on %d Letter and %d A4 pages", data.MainSlug, letterPages, a4Pages)
	if letterPages > 15 || a4Pages > 15 {
		t.Errorf("the career guide prints on %d Letter and %d A4 pages, want at most 15", letterPages, a4Pages)
	}
	savePDF(t, tb, "career-guide-Letter", letter)

	printMedia(tb, func() {
		got := tb.Eval(`(() => {
			const d = document.createElement("details");
			d.innerHTML = "<summary>Closed</summary><p id=closed-content>Inside</p>";
			document.querySelector("main").append(d);
			const shown = document.getElementById("closed-content").getBoundingClientRect().height > 0;
			d.remove();
			return {
				closedPrintsOpen: shown,
				sectionBreak: getComputedStyle(document.querySelector("section")).breakInside,
				headingBreak: getComputedStyle(document.querySelector("main h2")).breakAfter,
				nav: getComputedStyle(document.querySelector(".site-header nav")).display,
				search: getComputedStyle(document.querySelector(".search-box")).display,
			};
		})()`).(map[string]any)
		want := map[string]any{"closedPrintsOpen": true, "sectionBreak": "auto", "headingBreak": "avoid", "nav": "none", "search": "none"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("printed, %s is %v, want %v", k, got[k], v)
			}
		}
	})

	// A link to another site (a counselor's pack may add some) prints its
	// address; a link within the app and a button do not print.
	printMedia(tb, func() {
		got := tb.Eval(`(() => {
			const out = document.createElement("a"), within = document.createElement("a");
			out.href = "https://example.org/open-day";
			within.href = "/glossary";
			document.querySelector("main").append(out, within);
			const got = {
				outside: getComputedStyle(out, "::after").content,
				within: getComputedStyle(within, "::after").content,
				buttons: [...document.querySelectorAll("button, a.button")].filter(b => getComputedStyle(b).display !== "none").length,
			};
			out.remove();
			within.remove();
			return got;
		})()`).(map[string]any)
		if want := strconv.Quote(" (https://example.org/open-day)"); got["outside"] != want {
			t.Errorf("printed, a link to another site ends with %v, want its address %s", got["outside"], want)
		}
		if got["within"] != "none" {
			t.Errorf("printed, a link within the app ends with %v", got["within"])
		}
		if got["buttons"] != float64(0) {
			t.Errorf("printed, %v buttons show", got["buttons"])
		}
	})
}
