//go:build !wasm

package jobkit

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// freshTab opens a tab on path with nothing saved: the tabs of a test
// package share one browser profile.
func freshTab(t *testing.T, path string) *e2e.Tab {
	t.Helper()
	tb := e2e.NewTab(t)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	tb.OpenSaved(path)
	return tb
}

// typeInto types text into a field key by key, as a person does.
func typeInto(tb *e2e.Tab, id, text string) {
	tb.Do(chromedp.SendKeys(chromedp.ID(id), text))
}

// fill puts text in a field at once and says so, as pasting or a month
// picker does.
func fill(tb *e2e.Tab, id, text string) {
	b, _ := json.Marshal(text)
	tb.Eval(`(() => { const el = document.getElementById(` + strconv.Quote(id) + `); el.value = ` + string(b) + `; el.dispatchEvent(new Event("input", { bubbles: true })); })()`)
}

func textOf(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+strconv.Quote(selector)+`); return e ? e.innerText : "" })()`))
}

func valueOf(tb *e2e.Tab, id string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.getElementById(`+strconv.Quote(id)+`); return e ? e.value : "" })()`))
}

func exists(tb *e2e.Tab, selector string) bool {
	return tb.Eval(`document.querySelector(`+strconv.Quote(selector)+`) !== null`) == true
}

// savedState reads and decodes what the app saved.
func savedState(t *testing.T, tb *e2e.Tab) store.State {
	t.Helper()
	raw := e2e.Run(tb, chromedp.Evaluate[string](`localStorage.getItem(`+strconv.Quote(store.Key)+`) || ""`))
	s, err := store.Decode([]byte(raw))
	if err != nil {
		t.Fatalf("the app saved data it cannot read back: %v\n%s", err, raw)
	}
	return s
}

// save writes a state where the app keeps it.
func save(tb *e2e.Tab, s store.State) {
	b, _ := json.Marshal(string(store.Encode(s)))
	tb.Eval(`localStorage.setItem(` + strconv.Quote(store.Key) + `, ` + string(b) + `)`)
}

// Paper sizes in inches, as PrintToPDF takes them.
var papers = []struct {
	name          string
	width, height float64
}{
	{"Letter", 8.5, 11},
	{"A4", 8.27, 11.69},
}

var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// printedPages prints the page to PDF on a paper size, as the browser's
// print does, and counts the PDF's pages.
func printedPages(tb *e2e.Tab, width, height float64) int {
	pdf := e2e.Call(tb, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: width, PaperHeight: height})
	return len(pdfPage.FindAll(pdf.Data, -1))
}

// answerQuiz starts the quiz and answers every question with the choice
// pick gives, by clicking its label and Next, then waits for the result.
func answerQuiz(t *testing.T, tb *e2e.Tab, pick func(qu data.QuizQuestion) int) {
	t.Helper()
	q := data.MustLoadQuiz()
	tb.Click("#quiz-start")
	for i, qu := range q.Questions {
		tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		tb.Click(fmt.Sprintf(`label[for="choice-%s-%d"]`, qu.ID, pick(qu)))
		tb.Click("#quiz-next")
	}
	tb.WaitFor("the result", `document.getElementById("quiz-result-title") !== null`)
}

// chromedpLinks lists the hrefs of the links matching a selector.
func chromedpLinks(selector string) chromedp.Action[[]string] {
	return chromedp.Evaluate[[]string](`[...document.querySelectorAll(` + strconv.Quote(selector) + `)].map(a => a.getAttribute("href"))`)
}
