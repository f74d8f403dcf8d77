//go:build !wasm

package salaries

import (
	"io"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
)

// pick ticks a row's box by clicking its label, as a person would.
func pick(tb *e2e.Tab, key string) {
	tb.Do(chromedp.Click(chromedp.CSS(`label[for="pick-` + key + `"]`)))
}

func checkedBoxes(tb *e2e.Tab) []string {
	return e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#compare-picker input[type=checkbox]")].filter(b => b.checked).map(b => b.value)`))
}

func waitForRows(t *testing.T, tb *e2e.Tab, keys ...string) {
	t.Helper()
	tb.WaitFor("the comparison shows "+strings.Join(keys, ", "),
		`[...document.querySelectorAll("#table-compare tbody tr")].map(r => r.dataset.key).join(",") === "`+strings.Join(keys, ",")+`"`)
}

func TestAComparisonSurvivesAReload(t *testing.T) {
	usd, gbp := currency(t, "USD"), currency(t, "GBP")
	tb := e2e.NewTab(t)
	tb.Open("/salaries")
	if got := textOf(tb, "#compare-status"); got != "Nothing picked yet." {
		t.Fatalf("before picking, the status reads %q", got)
	}

	pick(tb, "level-1")
	tb.WaitFor("the status counts one", `document.getElementById("compare-status").innerText.startsWith("1 picked")`)
	pick(tb, "country-gb")
	waitForRows(t, tb, "level-1", "country-gb")
	// The third by keyboard: focus the box and press Space.
	tb.Do(chromedp.Focus(chromedp.CSS("#pick-career-medical-coder")), chromedp.KeyEvent(" "))
	waitForRows(t, tb, "level-1", "country-gb", "career-medical-coder")
	tb.CheckContrast(t, "a comparison of three")

	if got, want := location(tb), "/salaries?compare=level-1,country-gb,career-medical-coder"; got != want {
		t.Errorf("the address is %s, want %s", got, want)
	}

	// The difference, worked out here from the data with app/salary: the
	// UK range in US dollars at the recorded rate, end by end against the
	// level-1 median, in a sentence.
	low, err := salary.Convert(25000, gbp, usd)
	if err != nil {
		t.Fatal(err)
	}
	high, _ := salary.Convert(35000, gbp, usd)
	dLow, _ := salary.Diff(39000, low)
	dHigh, _ := salary.Diff(39000, high)
	if dLow.Money != -6917 || dHigh.Money != 5917 {
		t.Fatalf("the expected difference itself is off: %d, %d", dLow.Money, dHigh.Money)
	}
	wantGB := "The UK range starts about US$6,917 lower and ends about US$5,917 higher than the Junior Health Information Technician median."
	dCoder, _ := salary.Diff(39000, 44090)
	wantCoder := "The Medical Coder figure is " + salary.Format(dCoder.Money, "US$") + " higher than the Junior Health Information Technician median (" + strings.TrimPrefix(salary.FormatPercent(dCoder.PercentTenths), "+") + " more)."
	read := func() (string, string, string) {
		return textOf(tb, rowOf("table-compare", "country-gb")+" td.difference .sentence"),
			textOf(tb, rowOf("table-compare", "career-medical-coder")+" td.difference .sentence"),
			textOf(tb, rowOf("table-compare", "country-gb")+" td.shown .amount")
	}
	gb, coder, gbShown := read()
	if gb != wantGB || coder != wantCoder || gbShown != "US$32,083–US$44,917" {
		t.Errorf("before reload: UK %q (want %q), coder %q (want %q), UK in US$ %q", gb, wantGB, coder, wantCoder, gbShown)
	}
	if got := textOf(tb, rowOf("table-compare", "level-1")+" td.difference"); got != "The base of the comparison" {
		t.Errorf("the base row's difference reads %q", got)
	}

	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	waitForRows(t, tb, "level-1", "country-gb", "career-medical-coder")
	if got := checkedBoxes(tb); !reflect.DeepEqual(got, []string{"level-1", "country-gb", "career-medical-coder"}) {
		t.Errorf("after reload the ticked boxes are %v", got)
	}
	gb2, coder2, gbShown2 := read()
	if gb2 != gb || coder2 != coder || gbShown2 != gbShown {
		t.Errorf("after reload the comparison changed: %q, %q, %q", gb2, coder2, gbShown2)
	}
	if got := location(tb); got != "/salaries?compare=level-1,country-gb,career-medical-coder" {
		t.Errorf("after reload the address is %s", got)
	}

	// Unticking removes a row and updates the address.
	pick(tb, "country-gb")
	waitForRows(t, tb, "level-1", "career-medical-coder")
	if got := location(tb); got != "/salaries?compare=level-1,career-medical-coder" {
		t.Errorf("after unticking, the address is %s", got)
	}
}

func TestAFifthPickIsRefused(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries?compare=level-1,level-2,country-de,national-median")
	waitForRows(t, tb, "level-1", "level-2", "country-de", "national-median")
	pick(tb, "country-sg")
	tb.WaitText("#compare-status", "You can compare up to 4 at once")
	if got := checkedBoxes(tb); len(got) != 4 || strings.Contains(strings.Join(got, ","), "country-sg") {
		t.Errorf("after a fifth pick the ticked boxes are %v", got)
	}
	if got := location(tb); got != "/salaries?compare=level-1,level-2,country-de,national-median" {
		t.Errorf("a refused pick changed the address to %s", got)
	}
	// Clearing unticks everything.
	tb.Do(chromedp.Click(chromedp.CSS("#compare-clear")))
	tb.WaitFor("the comparison is empty", `!document.querySelector("#table-compare")`)
	if got := checkedBoxes(tb); len(got) != 0 {
		t.Errorf("after clearing, ticked boxes: %v", got)
	}
	if got := location(tb); got != "/salaries" {
		t.Errorf("after clearing, the address is %s", got)
	}
}

func TestUnknownKeysInTheLinkAreDroppedWithANotice(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries?compare=level-1,no-such-row,LEVEL-1,country-gb&currency=XYZ")
	waitForRows(t, tb, "level-1", "country-gb")
	notice := textOf(tb, "#link-notice")
	for _, want := range []string{"“no-such-row”", "a currency we have no rate for"} {
		if !strings.Contains(notice, want) {
			t.Errorf("the notice does not say %q; it says:\n%s", want, notice)
		}
	}
	tb.CheckContrast(t, "the notice about a link's unknown keys")
	if got := location(tb); got != "/salaries?compare=level-1,country-gb" {
		t.Errorf("the address was not tidied: %s", got)
	}
	if got := e2e.Run(tb, chromedp.Value(chromedp.CSS("#currency"))); got != "as-stated" {
		t.Errorf("an unknown currency was chosen: %q", got)
	}
	// The tidied address reloads cleanly.
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	waitForRows(t, tb, "level-1", "country-gb")
	if got := textOf(tb, "#link-notice"); got != "" {
		t.Errorf("after reload the notice is still there: %s", got)
	}
	// And the keyboard reaches the picker: Tab from the clear button's
	// neighbours moves through the boxes.
	tb.Do(chromedp.Focus(chromedp.CSS("#pick-level-1")), chromedp.KeyEvent(kb.Tab))
	if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "pick-level-2" {
		t.Errorf("Tab from the first box lands on %q", id)
	}
}

// Without the wasm, as a crawler or a browser with scripts off sees it, a
// shared link still shows its comparison, and only its boxes are ticked.
func TestASharedLinkIsReadableWithoutTheWasm(t *testing.T) {
	res, err := http.Get(e2e.ServerURL() + "/salaries?compare=level-1,country-gb&currency=GBP")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	html := string(b)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	for _, want := range []string{`id="table-compare"`, `data-key="country-gb"`, "£30,390", `<h1>Salaries</h1>`, `role="img"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the prerendered page lacks %q", want)
		}
	}
	// go-app writes attributes in any order, so each tag is read whole.
	withFlag := func(tag, flag string) []string {
		var values []string
		for _, el := range regexp.MustCompile(`<`+tag+` [^>]*>`).FindAllString(html, -1) {
			if regexp.MustCompile(` ` + flag + `[ >]`).MatchString(el) {
				values = append(values, regexp.MustCompile(`value="([^"]*)"`).FindStringSubmatch(el)[1])
			}
		}
		return values
	}
	if got := withFlag("input", "checked"); !reflect.DeepEqual(got, []string{"level-1", "country-gb"}) {
		t.Errorf("the prerendered page ticks %v, want level-1 and country-gb", got)
	}
	if got := withFlag("option", "selected"); !reflect.DeepEqual(got, []string{"GBP"}) {
		t.Errorf("the prerendered page selects %v, want GBP alone", got)
	}
}
