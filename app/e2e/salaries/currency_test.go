//go:build !wasm

package salaries

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

func TestSwitchingTheCurrencyConvertsEveryFigure(t *testing.T) {
	d := data.MustLoad()
	hit := d.Main()
	usd, gbp := currency(t, "USD"), currency(t, "GBP")
	tb := e2e.NewTab(t)
	tb.Open("/salaries?compare=level-1,country-de")

	// Choose British pounds with the keyboard: focus the list and type the
	// start of the name, as a person does with a closed select.
	tb.Do(chromedp.Focus(chromedp.CSS("#currency")), chromedp.KeyEvent("Brit"))
	tb.WaitText("#currency-rate", "Shown in British pounds")
	tb.CheckContrast(t, "salaries in British pounds")

	median := hit.SalaryByLevel[0].Median
	converted, err := salary.Convert(median, usd, gbp)
	if err != nil {
		t.Fatal(err)
	}
	want := salary.Format(converted, "£")
	if want != "£30,390" {
		t.Fatalf("the expected conversion itself is off: %s", want)
	}
	cell := rowOf("table-levels", "level-1") + " td.median"
	if got := textOf(tb, cell+" .amount"); got != want {
		t.Errorf("the level-1 median reads %q in pounds, want %q", got, want)
	}
	if got := textOf(tb, cell); !strings.Contains(got, "≈") || !strings.Contains(got, "as stated: "+salary.Format(median, "US$")) {
		t.Errorf("a converted figure is not marked ≈ with the stated figure beside it: %q", got)
	}

	// The rate, how it was derived and its date are on show.
	rate := textOf(tb, "#currency-rate")
	one, _ := salary.UnitRate(gbp, usd, 4)
	for _, w := range []string{"£60,000 = US$77,000", "£1 ≈ US$" + one, gbp.Rate.Derivation, data.AsOfText(gbp.Rate.AsOf)} {
		if !strings.Contains(rate, w) {
			t.Errorf("the rate note does not say %q; it says:\n%s", w, rate)
		}
	}

	// Germany's euros go through the dollar into pounds, end by end.
	eur := currency(t, "EUR")
	lo, _ := salary.Convert(30000, eur, gbp)
	hi, _ := salary.Convert(45000, eur, gbp)
	wantDE := salary.FormatRange(data.PayRange{Currency: "GBP", Min: lo, Max: hi}, "£")
	if got := textOf(tb, rowOf("table-countries", "country-de")+" td.shown .amount"); got != wantDE {
		t.Errorf("Germany in pounds reads %q, want %q", got, wantDE)
	}
	// The UK is already in pounds; Canada cannot be converted and says so,
	// with no amount under the heading that names pounds: its range as
	// stated is in the column before.
	if got := textOf(tb, rowOf("table-countries", "country-gb")+" td.shown"); got != "£25,000–£35,000" {
		t.Errorf("the UK in pounds reads %q", got)
	}
	if got := textOf(tb, rowOf("table-countries", "country-ca")+" td.shown"); got != salary.NoRateLabel {
		t.Errorf("Canada in pounds reads %q", got)
	}
	// The comparison follows the currency.
	if got := textOf(tb, rowOf("table-compare", "level-1")+" td.shown .amount"); got != want {
		t.Errorf("the comparison's base reads %q, want %q", got, want)
	}
	if got := location(tb); got != "/salaries?compare=level-1,country-de&currency=GBP" {
		t.Errorf("the address is %s", got)
	}

	// A reload keeps the currency.
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	tb.WaitText("#currency-rate", "Shown in British pounds")
	if got := textOf(tb, cell+" .amount"); got != want {
		t.Errorf("after reload the level-1 median reads %q", got)
	}

	// Back to the sources' own currencies.
	tb.Do(chromedp.Focus(chromedp.CSS("#currency")), chromedp.KeyEvent(kb.Home))
	tb.WaitText("#currency-rate", "Each figure is shown as its source gives it")
	if got := textOf(tb, cell); got != salary.Format(median, "US$") {
		t.Errorf("back as stated, the level-1 median reads %q", got)
	}
	if got := location(tb); got != "/salaries?compare=level-1,country-de" {
		t.Errorf("back as stated, the address is %s", got)
	}
}

func TestCanadianDollarsAreNeverOffered(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries")
	options := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#currency option")].map(o => o.value)`))
	if strings.Join(options, ",") != "as-stated,USD,GBP,EUR,AUD,SGD" {
		t.Errorf("the currency choices are %v", options)
	}
	if got := textOf(tb, ".not-offered"); !strings.Contains(got, "Canadian dollars (C$) are not offered") {
		t.Errorf("no word on why Canadian dollars are missing: %q", got)
	}
	var noUSD string
	for _, g := range data.MustLoad().Main().GlobalSalaries {
		if g.Local.Currency == "CAD" {
			noUSD = g.NoUSDNote
		}
	}
	tb.Do(chromedp.Click(chromedp.CSS(".rates summary")))
	row := textOf(tb, `.rates tr[data-currency="CAD"]`)
	if noUSD == "" || !strings.Contains(row, "No rate recorded") || !strings.Contains(row, noUSD) {
		t.Errorf("the rate table's Canadian row reads %q", row)
	}
}
