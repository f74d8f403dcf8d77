package salary

import (
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func unlikeKinds(l Likeness) []UnlikeKind {
	var out []UnlikeKind
	for _, u := range l.Unlike {
		out = append(out, u.Kind)
	}
	return out
}

func TestAlikeCareersOfOneOccupation(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))
	hit, mrt, coder := *set.Row("career-health-information-technician"), *set.Row("career-medical-records-technician"), *set.Row("career-medical-coder")

	// May 2023 against May 2020 for one occupation: no difference in pay.
	l := Alike(d, hit, mrt)
	want := "U.S. pay data counts Health Information Technician and Medical Records Technician under one occupation, so they share one pay figure. " +
		"The two figures here differ only because they come from different years (May 2023 and May 2020) and different sources, not because one job pays more."
	if l.Shared != want || l.Unlike != nil {
		t.Errorf("HIT and MRT:\n got %q, %v\nwant %q", l.Shared, l.Unlike, want)
	}
	// One figure, shown for both.
	l = Alike(d, mrt, coder)
	if want := "U.S. pay data counts Medical Records Technician and Medical Coder under one occupation, so they share one pay figure: US$44,090."; l.Shared != want {
		t.Errorf("MRT and coder: %q", l.Shared)
	}
	// Another occupation: a real difference, with its caveats.
	maa := *set.Row("career-medical-administrative-assistant")
	l = Alike(d, hit, maa)
	if l.Shared != "" || !slices.Equal(unlikeKinds(l), []UnlikeKind{UnlikeYear, UnlikeSource}) {
		t.Errorf("HIT and MAA: %+v", l)
	}
	if !strings.Contains(l.Unlike[0].Text, "May 2023") || !strings.Contains(l.Unlike[0].Text, "May 2019") {
		t.Errorf("the year caveat does not name both years: %q", l.Unlike[0].Text)
	}
	// A career with no occupation code shares nothing.
	none := hit
	none.Occupation = ""
	if l := Alike(d, none, mrt); l.Shared != "" {
		t.Errorf("no occupation code, yet shared: %q", l.Shared)
	}
}

func TestAlikeOneFigureTwice(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))
	l := Alike(d, *set.Row(KeyNationalMedian), *set.Row("career-health-information-technician"))
	if l.Shared != "The Health Information Technician figure and the U.S. national median pay are one figure from one source." || l.Unlike != nil {
		t.Errorf("national median and HIT: %+v", l)
	}
}

// row is a yearly figure of one kind, for the rules' cases.
func row(name string, fig Span, stat data.Measure, stage data.PayLevel, source, asOf string) Row {
	return Row{Kind: KindCountryFigure, Name: name, Figure: &fig, Stat: stat, Stage: stage, Period: data.PerYear, Source: source, AsOf: asOf}
}

func TestAlikeRules(t *testing.T) {
	d := data.MustLoad()
	median := row("A median", Figure("USD", 40000), data.MeasureMedian, data.LevelAll, "s1", "May 2023")
	cases := []struct {
		why  string
		b    Row
		want []UnlikeKind
		text string // in the first caveat
	}{
		{"alike", row("B median", Figure("USD", 42000), data.MeasureMedian, data.LevelAll, "s1", "May 2023"), nil, ""},
		{"another year, same source",
			row("B median", Figure("USD", 42000), data.MeasureMedian, data.LevelAll, "s1", "May 2020 (older edition)"),
			[]UnlikeKind{UnlikeYear}, "They are from different years: May 2023 for the A median and May 2020 for the B median."},
		{"same year written otherwise",
			row("B median", Figure("USD", 42000), data.MeasureMedian, data.LevelAll, "s1", "2023"), nil, ""},
		{"no stated year",
			row("B median", Figure("USD", 42000), data.MeasureMedian, data.LevelAll, "s1", "not stated (2025 guide)"),
			[]UnlikeKind{UnlikeYear}, "The date of the B median is not stated, so it may be from another year than the A median (May 2023)."},
		{"another source",
			row("B median", Figure("USD", 42000), data.MeasureMedian, data.LevelAll, "s2", "May 2023"),
			[]UnlikeKind{UnlikeSource}, "They come from different sources: the A median from s1; the B median from s2."},
		{"an average",
			row("B average", Figure("USD", 42000), data.MeasureAverage, data.LevelAll, "s1", "May 2023"),
			[]UnlikeKind{UnlikeMeasure}, "the A median is a median, the middle pay: half earn more, half less; the B average is an average"},
		{"a range",
			row("B range", Span{Currency: "USD", Low: 30000, High: 50000, IsRange: true}, data.MeasureMedian, data.LevelAll, "s1", "May 2023"),
			[]UnlikeKind{UnlikeMeasure}, "The single figure is set against both ends of the range."},
		{"one level",
			row("B entry", Figure("USD", 35000), data.MeasureMedian, data.LevelEntry, "s1", "May 2023"),
			[]UnlikeKind{UnlikeStage}, "The A median covers every level, from beginners to the most experienced; the B entry is starting pay."},
		{"every difference at once",
			Row{Kind: KindCountryFigure, Name: "B hourly", Stat: data.MeasurePayPoint, Stage: data.LevelTop, Period: data.PerHour, Source: "s2", AsOf: "not stated"},
			[]UnlikeKind{UnlikeYear, UnlikeSource, UnlikeMeasure, UnlikeStage, UnlikePeriod}, ""},
	}
	for _, c := range cases {
		l := Alike(d, median, c.b)
		if !slices.Equal(unlikeKinds(l), c.want) || l.Shared != "" {
			t.Errorf("%s: %+v, want kinds %v", c.why, l, c.want)
			continue
		}
		if c.text != "" && !strings.Contains(l.Unlike[0].Text, c.text) {
			t.Errorf("%s: %q does not say %q", c.why, l.Unlike[0].Text, c.text)
		}
	}

	// Two stages of a scale are named; two rungs of the path are what a
	// student picked them for, and are not.
	entry := row("B entry point", Figure("GBP", 24937), data.MeasurePayPoint, data.LevelEntry, "s1", "2025")
	top := row("B top point", Figure("GBP", 26598), data.MeasurePayPoint, data.LevelTop, "s1", "2025")
	if l := Alike(d, entry, top); !slices.Equal(unlikeKinds(l), []UnlikeKind{UnlikeStage}) || !strings.Contains(l.Unlike[0].Text, "starting pay") {
		t.Errorf("entry and top: %+v", l)
	}
	rung := row("Senior", Figure("USD", 53000), data.MeasureMedian, "", "s1", "2025")
	rung.Kind = KindLevel
	if l := Alike(d, entry, rung); slices.Contains(unlikeKinds(l), UnlikeStage) {
		t.Errorf("a rung of the path against a starting figure: %+v", l)
	}
	// Neither date stated, from two sources.
	a := row("A", Figure("USD", 1), data.MeasureMedian, data.LevelAll, "s1", "not stated")
	b := row("B", Figure("USD", 2), data.MeasureMedian, data.LevelAll, "s2", "not stated (2025 guide)")
	if l := Alike(d, a, b); l.Unlike[0].Text != "Neither date is stated, so the two may be from different years." {
		t.Errorf("no dates: %+v", l)
	}
}

func TestYearText(t *testing.T) {
	for asOf, want := range map[string]string{
		"May 2023": "May 2023", "May 2020 (OOH edition then titled X)": "May 2020", "2025/26, effective 1 April 2025": "2025/26",
		"not stated": "", "not stated (2025 guide)": "", "wage year not stated (projection period shown 2024–2034)": "",
		"AAPC 2025 survey": "AAPC 2025 survey", "current AHIMA table": "", "": "",
	} {
		got, ok := yearText(asOf)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("yearText(%q) = %q, want %q", asOf, got, want)
		}
	}
}

func TestCompareLikeWithLike(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))

	// The case: same occupation, other year. No difference is shown.
	c := Compare(d, set, []string{"career-health-information-technician", "career-medical-records-technician", "career-medical-coder"}, "")
	for _, l := range c.Lines[1:] {
		if l.Diff != nil || l.Sentence != "" || l.Likeness.Shared == "" || l.Problem != l.Likeness.Shared || l.Shown == nil {
			t.Errorf("%s against HIT: diff %v, sentence %q, shared %q, problem %q", l.Row.Key, l.Diff, l.Sentence, l.Likeness.Shared, l.Problem)
		}
	}
	if b := c.Lines[0]; b.Likeness.Shared != "" || b.Likeness.Unlike != nil {
		t.Errorf("the base has a likeness: %+v", b.Likeness)
	}

	// The sentence, in pounds; the junior median is converted.
	c = Compare(d, set, []string{"level-1", "country-gb"}, "GBP")
	gb := c.Lines[1]
	if want := "The UK range starts about £5,390 lower and ends about £4,610 higher than the Junior Health Information Technician median."; gb.Sentence != want {
		t.Errorf("sentence:\n got %q\nwant %q", gb.Sentence, want)
	}
	if !slices.Equal(unlikeKinds(gb.Likeness), []UnlikeKind{UnlikeMeasure, UnlikeStage}) {
		t.Errorf("UK range against the junior median: %v", unlikeKinds(gb.Likeness))
	}

	// Entry pay in the UK against entry pay in the U.S.: one comparison of
	// like stages, whose differences are its source, date and measure.
	uk, us := set.AtStage("GB", data.LevelEntry), set.AtStage("US", data.LevelEntry)
	if len(uk) == 0 || len(us) == 0 {
		t.Fatalf("entry rows: UK %d, US %d", len(uk), len(us))
	}
	c = Compare(d, set, []string{uk[0].Key, us[0].Key}, "")
	l := c.Lines[1]
	if l.Diff == nil || l.Sentence == "" || slices.Contains(unlikeKinds(l.Likeness), UnlikeStage) {
		t.Errorf("UK entry against US entry: %+v", l)
	}
	if want := []UnlikeKind{UnlikeYear, UnlikeSource, UnlikeMeasure}; !slices.Equal(unlikeKinds(l.Likeness), want) {
		t.Errorf("UK entry against US entry: caveats %v, want %v", unlikeKinds(l.Likeness), want)
	}

	// An hourly figure says why it is not compared.
	c = Compare(d, set, []string{"country-ca-ns-median-year", "country-ca-ns-median-hour"}, "")
	if h := c.Lines[1]; h.Shown != nil || !strings.Contains(h.Problem, "per hour") || !slices.Contains(unlikeKinds(h.Likeness), UnlikePeriod) {
		t.Errorf("hourly line: %+v", h)
	}
}
