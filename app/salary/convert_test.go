package salary

import (
	"errors"
	"math"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func cur(code string, local, usd int64) data.Currency {
	return data.Currency{Code: code, Symbol: code, Rate: &data.Rate{Local: local, USD: usd}}
}

var (
	usd = cur("USD", 1, 1)
	gbp = cur("GBP", 60000, 77000)
	eur = cur("EUR", 75000, 83000)
	aud = cur("AUD", 120000, 80000)
	cad = data.Currency{Code: "CAD", Symbol: "C$"}
	// half makes rounding boundaries easy to hit: 1 HLF = 0.5 USD.
	half = cur("HLF", 2, 1)
)

func TestConvert(t *testing.T) {
	tests := []struct {
		name     string
		amount   int64
		from, to data.Currency
		want     int64
		err      error
	}{
		{"same currency is untouched", 47160, usd, usd, 47160, nil},
		{"same currency without a rate is untouched", 40000, cad, cad, 40000, nil},
		{"zero", 0, gbp, usd, 0, nil},
		{"the ratio itself is exact", 60000, gbp, usd, 77000, nil},
		{"and back", 77000, usd, gbp, 60000, nil},
		{"GBP low end", 25000, gbp, usd, 32083, nil},           // 32083.33
		{"GBP high end", 35000, gbp, usd, 44917, nil},          // 44916.67
		{"USD to GBP", 39000, usd, gbp, 30390, nil},            // 30389.61
		{"cross rate GBP to EUR", 25000, gbp, eur, 28991, nil}, // 25000×77000×75000 / (60000×83000) = 28990.96
		{"AUD to USD", 50000, aud, usd, 33333, nil},            // 33333.33
		{"AUD high end", 70000, aud, usd, 46667, nil},          // 46666.67
		{"half rounds up", 1, usd, half, 2, nil},
		{"half a unit rounds away from zero", 1, half, usd, 1, nil},             // 0.5
		{"just below half rounds down", 1, usd, cur("LOW", 1000, 2001), 0, nil}, // 0.49975
		{"just above half rounds up", 1, usd, cur("HIGH", 1000, 1999), 1, nil},  // 0.50025
		{"a fraction below half rounds down", 1, gbp, usd, 1, nil},              // 1.28
		{"exactly half rounds away from zero", 3, half, usd, 2, nil},
		{"negative half rounds away from zero", -3, half, usd, -2, nil},
		{"negative below half", -1, half, usd, -1, nil},
		{"huge amount that fits", math.MaxInt64, usd, half, 0, ErrOverflow},
		{"huge amount that shrinks", math.MaxInt64, half, usd, 4611686018427387904, nil}, // 4611686018427387903.5 rounds up
		{"most negative", math.MinInt64, half, usd, math.MinInt64 / 2, nil},
		{"unknown rate from", 40000, cad, usd, 0, ErrNoRate},
		{"unknown rate to", 40000, usd, cad, 0, ErrNoRate},
		{"zero rate", 1, cur("BAD", 0, 1), usd, 0, ErrBadRate},
		{"negative rate", 1, usd, cur("BAD", 1, -1), 0, ErrBadRate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Convert(tt.amount, tt.from, tt.to)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Convert(%d, %s, %s) error = %v, want %v", tt.amount, tt.from.Code, tt.to.Code, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("Convert(%d, %s, %s) = %d, want %d", tt.amount, tt.from.Code, tt.to.Code, got, tt.want)
			}
		})
	}
}

func TestNoRateErrorNamesTheCurrency(t *testing.T) {
	_, err := Convert(1, usd, cad)
	if err == nil || err.Error() != "no exchange rate is recorded for CAD" {
		t.Errorf("error = %v", err)
	}
}

func TestConvertSpanKeepsTheShape(t *testing.T) {
	got, err := ConvertSpan(Span{Currency: "GBP", Low: 25000, High: 35000, IsRange: true, OpenEnded: true}, gbp, usd)
	if err != nil {
		t.Fatal(err)
	}
	want := Span{Currency: "USD", Low: 32083, High: 44917, IsRange: true, OpenEnded: true}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if _, err := ConvertSpan(Span{Currency: "EUR"}, gbp, usd); err == nil {
		t.Error("a span in another currency than from was converted")
	}
	if _, err := ConvertSpan(Span{Currency: "USD", High: math.MaxInt64}, usd, half); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflowing high end: error %v", err)
	}
}

func TestUnitRate(t *testing.T) {
	tests := []struct {
		from, to data.Currency
		places   int
		want     string
	}{
		{gbp, usd, 4, "1.2833"},
		{usd, gbp, 4, "0.7792"},
		{aud, usd, 4, "0.6667"}, // 0.66666… rounds up
		{half, usd, 0, "1"},     // 0.5 rounds away from zero
		{usd, usd, 2, "1.00"},
		{eur, gbp, 4, "0.8623"},
	}
	for _, tt := range tests {
		got, err := UnitRate(tt.from, tt.to, tt.places)
		if err != nil || got != tt.want {
			t.Errorf("UnitRate(%s, %s) = %q, %v; want %q", tt.from.Code, tt.to.Code, got, err, tt.want)
		}
	}
	if _, err := UnitRate(cad, usd, 4); !errors.Is(err, ErrNoRate) {
		t.Errorf("UnitRate from CAD: error %v, want ErrNoRate", err)
	}
}

// The recorded rates must reproduce the guide's own equivalents they were
// derived from, to within the rounding the guide itself did.
func TestRecordedRatesMatchTheGuidesEquivalents(t *testing.T) {
	d := data.MustLoad()
	for _, g := range d.Main().GlobalSalaries {
		if g.USD == nil {
			if c := d.Currency(g.Local.Currency); g.Local.Currency != "USD" && c.Rate != nil {
				t.Errorf("%s states no US-dollar equivalent, yet %s has a rate", g.Country, c.Code)
			}
			continue
		}
		got, err := In(d, RangeOf(g.Local), "USD")
		if err != nil {
			t.Fatalf("%s: %v", g.Country, err)
		}
		if got.Low+got.High != g.USD.Min+g.USD.Max {
			t.Errorf("%s: the two ends add to %d in US dollars, the guide's to %d", g.Country, got.Low+got.High, g.USD.Min+g.USD.Max)
		}
		for _, pair := range [][2]int64{{got.Low, g.USD.Min}, {got.High, g.USD.Max}} {
			if diff := pair[0] - pair[1]; diff < -1000 || diff > 1000 {
				t.Errorf("%s: converted %d is more than 1,000 from the guide's %d", g.Country, pair[0], pair[1])
			}
		}
	}
}

func TestIn(t *testing.T) {
	d := data.MustLoad()
	s := Figure("USD", 39000)
	for _, code := range []string{"", "USD"} {
		if got, err := In(d, s, code); err != nil || got != s {
			t.Errorf("In(%q) = %+v, %v; want it unchanged", code, got, err)
		}
	}
	if got, err := In(d, s, "GBP"); err != nil || got.Low != 30390 || got.Currency != "GBP" {
		t.Errorf("In(GBP) = %+v, %v", got, err)
	}
	for _, code := range []string{"CAD", "XXX"} {
		if _, err := In(d, s, code); !errors.Is(err, ErrNoRate) {
			t.Errorf("In(%s): error %v, want ErrNoRate", code, err)
		}
	}
	if _, err := In(d, Figure("XXX", 1), "USD"); !errors.Is(err, ErrNoRate) {
		t.Errorf("from an unlisted currency: error %v", err)
	}
}

func TestConvertibleLeavesOutCAD(t *testing.T) {
	d := data.MustLoad()
	var codes []string
	for _, c := range Convertible(d) {
		codes = append(codes, c.Code)
	}
	want := []string{"USD", "GBP", "EUR", "AUD", "SGD"}
	if len(codes) != len(want) {
		t.Fatalf("convertible = %v, want %v", codes, want)
	}
	for i := range want {
		if codes[i] != want[i] {
			t.Fatalf("convertible = %v, want %v", codes, want)
		}
	}
	if IsConvertible(d, "CAD") || !IsConvertible(d, "GBP") || IsConvertible(d, "") {
		t.Error("IsConvertible is wrong about CAD, GBP or the empty code")
	}
}

func BenchmarkConvert(b *testing.B) {
	for b.Loop() {
		if _, err := Convert(25000, gbp, eur); err != nil {
			b.Fatal(err)
		}
	}
}
