package ui

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestComparePickerSaysWhatIsPicked(t *testing.T) {
	for _, c := range []struct {
		keys   []string
		note   string
		status string
	}{
		{nil, "", "Nothing picked yet."},
		{[]string{"level-1"}, "", "1 picked: pick at least one more."},
		{[]string{"level-1", "country-gb"}, "", "2 picked: you can add 2 more."},
		{[]string{"level-1", "level-2", "country-de", "national-median"}, "", "4 picked, the most that fit side by side."},
		{[]string{"level-1", "level-2", "country-de", "national-median"}, "You can compare up to 4 at once.", "You can compare up to 4 at once."},
	} {
		p := htmlOf(newComparePicker().Keys(c.keys).Note(c.note))
		if got := p.textOf("compare-status"); got != c.status {
			t.Errorf("%v: the status reads %q, want %q", c.keys, got, c.status)
		}
		var want []string
		for _, kind := range []salary.Kind{salary.KindLevel, salary.KindBenchmark, salary.KindCountry, salary.KindCareer} {
			for _, r := range salaryRows().OfKind(kind) {
				if containsKey(c.keys, r.Key) {
					want = append(want, pickBoxID(r.Key))
				}
			}
		}
		// The server's HTML writes no checked attribute on a box left
		// unticked: checked="false" would tick it.
		if got := p.checked(); !reflect.DeepEqual(got, want) {
			t.Errorf("%v: ticked %v, want %v", c.keys, got, want)
		}
		if _, disabled := p.attr("compare-clear", "disabled"); disabled != (len(c.keys) == 0) {
			t.Errorf("%v: the clear button disabled: %v", c.keys, disabled)
		}
	}
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func TestCurrencyPickerOffersTheConvertibleCurrencies(t *testing.T) {
	d := appData()
	options := salary.Convertible(d)
	if len(options) < 2 {
		t.Fatalf("only %d currencies can be converted", len(options))
	}
	selected := func(p page) []string {
		var values []string
		for _, el := range p.elements() {
			if _, ok := el.attrs["selected"]; ok && el.name == "option" {
				values = append(values, el.attrs["value"])
			}
		}
		return values
	}
	p := htmlOf(newCurrencyPicker())
	if got := selected(p); !reflect.DeepEqual(got, []string{asStated}) {
		t.Errorf("with no currency chosen, selected %v", got)
	}
	rates := htmlOf(newCurrencyRates())
	wantText(t, rates, "Each figure is shown as its source gives it.")
	n := strings.Count(string(p), "<option")
	if n != len(options)+1 {
		t.Errorf("%d options, want %d convertible currencies and as stated", n, len(options))
	}
	for _, c := range d.Currencies {
		if c.Rate == nil && !rates.has(currencyPlural(d, c.Code)+" ("+c.Symbol+") are not offered") {
			t.Errorf("%s has no rate and is not said to be left out", c.Code)
		}
	}
	if _, ok := rates.byID(ratesID); !ok {
		t.Errorf("no table of rates #%s for the no-rate labels to link to", ratesID)
	}

	for _, c := range options {
		p := htmlOf(newCurrencyPicker().Currency(c.Code))
		if got := selected(p); !reflect.DeepEqual(got, []string{c.Code}) {
			t.Errorf("%s chosen, selected %v", c.Code, got)
		}
		wantText(t, htmlOf(newCurrencyRates().Currency(c.Code)), "Shown in "+currencyPlural(d, c.Code)+". ", "Converted figures are marked ≈")
	}
}

// explorerRig is the salaries page's explorer mounted in the test engine
// at an address.
type explorerRig struct {
	e  app.TestEngine
	ex *salaryExplorer
	h  *explorerHost
}

func newExplorerRig(t *testing.T, address string) *explorerRig {
	t.Helper()
	u, err := url.Parse(address)
	if err != nil {
		t.Fatal(err)
	}
	r := &explorerRig{ex: &salaryExplorer{}}
	r.ex.readURL(u)
	r.h = &explorerHost{salaryExplorer: r.ex}
	r.e = mount(t, r.h)
	r.h.ctx.Page().ReplaceURL(u)
	return r
}

func (r *explorerRig) send(action string, value any) page {
	r.h.ctx.NewActionWithValue(action, value)
	r.e.ConsumeAll()
	return htmlOf(r.ex)
}

func (r *explorerRig) tick(key string, on bool) page {
	return r.send(actionCompareToggle, pickToggle{Key: key, On: on})
}

func (r *explorerRig) address() string { return r.h.ctx.Page().URL().String() }

func TestSalaryComparisonFollowsTheTicks(t *testing.T) {
	r := newExplorerRig(t, "/salaries")
	r.tick("level-1", true)
	p := r.tick("country-gb", true)
	if got, want := r.ex.keys, []string{"level-1", "country-gb"}; !reflect.DeepEqual(got, want) {
		t.Errorf("picked %v, want %v", got, want)
	}
	if got := r.address(); got != "/salaries?compare=level-1,country-gb" {
		t.Errorf("the address is %s", got)
	}
	if _, ok := p.byID("table-compare"); !ok {
		t.Error("two picks draw no comparison")
	}
	if got := p.checked(); !reflect.DeepEqual(got, []string{"pick-level-1", "pick-country-gb"}) {
		t.Errorf("ticked %v", got)
	}

	r.tick("level-2", true)
	r.tick("country-de", true)
	p = r.tick("country-sg", true)
	wantText(t, p, "You can compare up to 4 at once. Untick one to pick another.")
	if len(r.ex.keys) != 4 || containsKey(r.ex.keys, "country-sg") {
		t.Errorf("a fifth pick was taken: %v", r.ex.keys)
	}
	if got := r.address(); got != "/salaries?compare=level-1,country-gb,level-2,country-de" {
		t.Errorf("a refused pick changed the address to %s", got)
	}

	p = r.tick("country-gb", false)
	if got, want := r.ex.keys, []string{"level-1", "level-2", "country-de"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after unticking, picked %v, want %v", got, want)
	}
	if p.has("You can compare up to 4") {
		t.Error("the limit note stays after unticking")
	}

	r.tick("no-such-row", true)
	if len(r.ex.keys) != 3 {
		t.Errorf("an unknown row was picked: %v", r.ex.keys)
	}

	p = r.send(actionCompareClear, nil)
	if len(r.ex.keys) != 0 || r.address() != "/salaries" {
		t.Errorf("after clearing: %v at %s", r.ex.keys, r.address())
	}
	if _, ok := p.byID("table-compare"); ok {
		t.Error("a cleared comparison is still drawn")
	}
}

func TestSalaryCurrencyFollowsThePicker(t *testing.T) {
	r := newExplorerRig(t, "/salaries?compare=level-1,country-gb#compare")
	p := r.send(actionSalaryCurrency, "GBP")
	if got := r.address(); got != "/salaries?compare=level-1,country-gb&currency=GBP#compare" {
		t.Errorf("the address is %s", got)
	}
	wantText(t, p, "Shown in "+currencyPlural(appData(), "GBP")+". ")
	r.send(actionSalaryCurrency, "")
	if got := r.address(); got != "/salaries?compare=level-1,country-gb#compare" {
		t.Errorf("back to as stated, the address is %s", got)
	}

	// The picker sends only what it can convert to.
	ctx, e, got := sent(t, nil, actionSalaryCurrency)
	for _, v := range []string{"XYZ", asStated, "GBP", ""} {
		sendCurrency(ctx, v)
	}
	newComparePicker().clear(ctx, event())
	e.ConsumeAll()
	var values []any
	for _, a := range *got {
		values = append(values, a.Value)
	}
	if !reflect.DeepEqual(values, []any{"", "GBP", ""}) {
		t.Errorf("the picker sent %v", values)
	}
}

func TestSalaryLinkNoticeSaysWhatWasLeftOut(t *testing.T) {
	r := newExplorerRig(t, "/salaries?compare=nope,level-1&currency=XYZ")
	p := htmlOf(r.ex)
	wantText(t, p, "Part of this link could not be used.", "“nope”", "a currency we have no rate for")
	if got := r.ex.keys; !reflect.DeepEqual(got, []string{"level-1"}) {
		t.Errorf("kept %v", got)
	}
	p = htmlOf(newExplorerRig(t, "/salaries?compare=level-1").ex)
	if _, ok := p.byID("link-notice"); ok {
		t.Error("a good link gets a notice")
	}
}

// A tick redraws the picker and the comparison, not the currency picker or
// the tables above, which do not depend on it.
func TestSalaryTickRedrawsOnlyWhatDependsOnIt(t *testing.T) {
	r := newExplorerRig(t, "/salaries?compare=level-1")
	got := countRedraws(func() { r.tick("country-gb", true) })
	want := map[string]int{"comparePicker": 1, "comparisonTable": 1}
	if !equalCounts(got, want) {
		t.Errorf("a tick redrew %s, want %s", redrawsText(got), redrawsText(want))
	}
	got = countRedraws(func() { r.send(actionSalaryCurrency, "EUR") })
	want = map[string]int{"currencyPicker": 1, "currencyRates": 1, "levelPay": 1, "countryPay": 1, "careerPay": 1, "comparisonTable": 1}
	if !equalCounts(got, want) {
		t.Errorf("a currency redrew %s, want %s", redrawsText(got), redrawsText(want))
	}
}
