package salary

import "testing"

func TestDiffSentence(t *testing.T) {
	gbRange := Row{Kind: KindCountry, Country: "GB", Name: "United Kingdom", Figure: &Span{Currency: "GBP", Low: 25000, High: 35000, IsRange: true}}
	caRange := Row{Kind: KindCountry, Country: "CA", Name: "Canada", Figure: &Span{Currency: "CAD", Low: 40000, High: 55000, IsRange: true}}
	junior := Row{Kind: KindLevel, Name: "Junior", Figure: &Span{Currency: "GBP", Low: 30390, High: 30390}}
	coder := Row{Kind: KindCareer, Name: "Medical Coder", Figure: &Span{Currency: "GBP", Low: 27000, High: 27000}}
	open := Row{Kind: KindBenchmark, Name: "Typical U.S. pay range", Figure: &Span{Currency: "GBP", Low: 30000, High: 70000, IsRange: true, OpenEnded: true}}
	later := Row{Kind: KindBenchmark, Name: "After a few years", Figure: &Span{Currency: "GBP", Low: 30390, High: 40000, IsRange: true}}

	diff := func(base, other Row) SpanDifference {
		d, err := DiffSpans(*base.Figure, *other.Figure)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		base, other Row
		approx      bool
		want        string
	}{
		{junior, gbRange, false, "The UK range starts £5,390 lower and ends £4,610 higher than the Junior median."},
		{junior, gbRange, true, "The UK range starts about £5,390 lower and ends about £4,610 higher than the Junior median."},
		{junior, coder, false, "The Medical Coder figure is £3,390 lower than the Junior median (11.2% less)."},
		{coder, junior, false, "The Junior median is £3,390 higher than the Medical Coder figure (12.6% more)."},
		{coder, coder, false, "The Medical Coder figure is the same as the Medical Coder figure."},
		{gbRange, junior, false, "The Junior median is £5,390 above the low end and £4,610 below the high end of the UK range."},
		{gbRange, gbRange, false, "The UK range starts and ends at the same amounts as the UK range."},
		{junior, later, false, "The pay after a few years starts at the same amount as the Junior median and ends £9,610 higher."},
		{coder, open, false, "The typical U.S. pay range starts £3,000 higher and ends £43,000 higher than the Medical Coder figure (a top given as “or more” is compared at its stated figure)."},
	}
	for _, c := range cases {
		if got := DiffSentence(c.base, c.other, diff(c.base, c.other), "£", c.approx); got != c.want {
			t.Errorf("%s against %s:\n got %q\nwant %q", Phrase(c.other), Phrase(c.base), got, c.want)
		}
	}
	// Both ends moved alike, and a country that takes "for".
	shifted := Row{Kind: KindCountry, Country: "CA", Name: "Canada", Figure: &Span{Currency: "CAD", Low: 41000, High: 56000, IsRange: true}}
	if got := DiffSentence(caRange, shifted, diff(caRange, shifted), "C$", false); got != "The range for Canada starts and ends C$1,000 higher than the range for Canada." {
		t.Errorf("shifted range: %q", got)
	}
}
