package salary

import (
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestPayCellNeverShowsAnotherCurrency(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))

	// The case: Canada's range in a column of US dollars.
	c := Compare(d, set, []string{"level-1", "country-ca"}, "USD")
	ca := PayCell(d, c, 1)
	if ca.Label != NoRateLabel || ca.Amount != "" || ca.Stated != "C$40,000–C$55,000" || ca.Approx {
		t.Errorf("Canada in US dollars: %+v", ca)
	}
	if !strings.Contains(ca.Why, "Canadian dollars") || !strings.Contains(ca.Why, "US dollars") || strings.ContainsAny(ca.Why, "0123456789") {
		t.Errorf("the explanation: %q", ca.Why)
	}
	if base := PayCell(d, c, 0); base.Amount != "US$39,000" || base.Label != "" || base.Stated != "" {
		t.Errorf("the base: %+v", base)
	}
	// Converted: the amount in the column's currency, the stated figure
	// kept apart.
	c = Compare(d, set, []string{"level-1", "country-gb"}, "USD")
	if gb := PayCell(d, c, 1); gb.Amount != "US$32,083–US$44,917" || !gb.Approx || gb.Stated != "£25,000–£35,000" {
		t.Errorf("UK in US dollars: %+v", gb)
	}
	// No figure at all, and a figure per hour.
	c = Compare(d, set, []string{"level-1", "career-health-information-systems-technician", "country-ca-ns-median-hour"}, "USD")
	if none := PayCell(d, c, 1); none.Label != NoFigureLabel || none.Amount != "" || none.Why == "" {
		t.Errorf("no figure: %+v", none)
	}
	if hour := PayCell(d, c, 2); hour.Label != NoFigureLabel || hour.Stated != "C$26.49 an hour" || !strings.Contains(hour.Why, "per hour") {
		t.Errorf("hourly: %+v", hour)
	}

	// Every row, in every currency, beside every other: an amount is only
	// ever in the column's currency.
	codes := []string{""}
	for _, cur := range d.Currencies {
		codes = append(codes, cur.Code)
	}
	for _, cur := range codes {
		for _, a := range set.Rows {
			for _, b := range set.Rows {
				c := Compare(d, set, []string{a.Key, b.Key}, cur)
				sym := Symbol(d, c.Currency)
				for i := range c.Lines {
					cell := PayCell(d, c, i)
					switch {
					case cell.Amount != "" && cell.Label != "":
						t.Fatalf("%s,%s in %q: both an amount and a label: %+v", a.Key, b.Key, cur, cell)
					case cell.Amount == "" && cell.Label == "":
						t.Fatalf("%s,%s in %q: neither an amount nor a label: %+v", a.Key, b.Key, cur, cell)
					case cell.Amount != "" && !strings.HasPrefix(cell.Amount, sym):
						t.Fatalf("%s,%s in %q: %q under a heading of %s", a.Key, b.Key, cur, cell.Amount, c.Currency)
					case cell.Approx && cell.Stated == "":
						t.Fatalf("%s,%s in %q: converted without the figure as stated", a.Key, b.Key, cur)
					}
				}
			}
		}
	}
}
