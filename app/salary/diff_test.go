package salary

import (
	"errors"
	"math"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name        string
		base, other int64
		want        Difference
		err         error
	}{
		{"no change", 45000, 45000, Difference{0, 0, true}, nil},
		{"a rise", 39000, 45000, Difference{6000, 154, true}, nil},   // 15.38%
		{"a fall", 45000, 39000, Difference{-6000, -133, true}, nil}, // −13.33%
		{"half a percent", 1000, 1005, Difference{5, 5, true}, nil},
		{"half a tenth of a percent rounds away from zero", 2000, 2001, Difference{1, 1, true}, nil}, // 0.05%
		{"negative half rounds away from zero", 2000, 1999, Difference{-1, -1, true}, nil},           // −0.05%
		{"just below half a tenth rounds to zero", 2001, 2002, Difference{1, 0, true}, nil},          // 0.04998%
		{"doubling", 50000, 100000, Difference{50000, 1000, true}, nil},
		{"to zero", 50000, 0, Difference{-50000, -1000, true}, nil},
		{"from zero has no percent", 0, 50000, Difference{50000, 0, false}, nil},
		{"zero and zero", 0, 0, Difference{0, 0, false}, nil},
		{"negative base measures against its size", -100, 100, Difference{200, 2000, true}, nil},
		{"huge values", math.MaxInt64, math.MaxInt64 - 1, Difference{-1, 0, true}, nil},
		{"most negative base", math.MinInt64, 0, Difference{}, ErrOverflow},
		{"difference overflows", math.MinInt64, math.MaxInt64, Difference{}, ErrOverflow},
		{"percent overflows", 1, math.MaxInt64, Difference{}, ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Diff(tt.base, tt.other)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Diff(%d, %d) error = %v, want %v", tt.base, tt.other, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("Diff(%d, %d) = %+v, want %+v", tt.base, tt.other, got, tt.want)
			}
		})
	}
}

func TestDiffSpans(t *testing.T) {
	level1 := Figure("USD", 39000)
	gb := Span{Currency: "USD", Low: 32083, High: 44917, IsRange: true}
	got, err := DiffSpans(level1, gb)
	if err != nil {
		t.Fatal(err)
	}
	want := SpanDifference{
		Low:  Difference{-6917, -177, true}, // −17.74%
		High: Difference{5917, 152, true},   // 15.17%
	}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	got, _ = DiffSpans(Figure("USD", 39000), Figure("USD", 45000))
	if !got.BothFigures || got.Low != got.High {
		t.Errorf("two figures: %+v", got)
	}
	if _, err := DiffSpans(Figure("USD", 1), Figure("GBP", 1)); err == nil {
		t.Error("spans in two currencies were compared")
	}
	if _, err := DiffSpans(Figure("USD", math.MinInt64), Span{Currency: "USD", Low: 0, High: math.MaxInt64, IsRange: true}); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: %v", err)
	}
}

func TestFormatSignedAndPercent(t *testing.T) {
	signed := []struct {
		amount int64
		want   string
	}{
		{6000, "+US$6,000"},
		{-6000, "−US$6,000"},
		{0, "US$0"},
		{math.MinInt64, "−US$9,223,372,036,854,775,808"},
		{math.MaxInt64, "+US$9,223,372,036,854,775,807"},
	}
	for _, tt := range signed {
		if got := FormatSigned(tt.amount, "US$"); got != tt.want {
			t.Errorf("FormatSigned(%d) = %q, want %q", tt.amount, got, tt.want)
		}
	}
	percents := []struct {
		tenths int64
		want   string
	}{
		{154, "+15.4%"},
		{-133, "−13.3%"},
		{0, "0.0%"},
		{5, "+0.5%"},
		{-5, "−0.5%"},
		{1000, "+100.0%"},
		{math.MinInt64, "−922337203685477580.8%"},
	}
	for _, tt := range percents {
		if got := FormatPercent(tt.tenths); got != tt.want {
			t.Errorf("FormatPercent(%d) = %q, want %q", tt.tenths, got, tt.want)
		}
	}
	if got := FormatDifference(Difference{6000, 154, true}, "£"); got != "+£6,000 (+15.4%)" {
		t.Errorf("FormatDifference = %q", got)
	}
	if got := FormatDifference(Difference{6000, 0, false}, "£"); got != "+£6,000" {
		t.Errorf("FormatDifference without a percent = %q", got)
	}
}

func BenchmarkDiff(b *testing.B) {
	for b.Loop() {
		if _, err := Diff(39000, 45000); err != nil {
			b.Fatal(err)
		}
	}
}
