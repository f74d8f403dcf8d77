package salary

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Likeness is what a student must know before reading a difference
// between two compared rows: whether they are one figure, and each way
// they are not alike.
type Likeness struct {
	// Shared says, in plain words, that the two rows are one pay, not two:
	// one figure shown twice, or two careers counted as one occupation.
	// When it is set, no difference between them is shown.
	Shared string
	// Unlike lists the ways the two figures are not alike, in the order of
	// UnlikeKinds. Empty when Shared is set: it says it all.
	Unlike []Unlike
}

// Unlike is one way two figures are not alike, as a sentence.
type Unlike struct {
	Kind UnlikeKind
	Text string
}

// UnlikeKind names a way two figures differ other than in pay.
type UnlikeKind string

const (
	UnlikeYear    UnlikeKind = "year"    // published for different years
	UnlikeSource  UnlikeKind = "source"  // from different sources
	UnlikeMeasure UnlikeKind = "measure" // median against average, range against one figure…
	UnlikeStage   UnlikeKind = "stage"   // every level against one level, or two stages
	UnlikePeriod  UnlikeKind = "period"  // a year against an hour
)

// UnlikeKinds lists the kinds in the order Alike reports them.
var UnlikeKinds = []UnlikeKind{UnlikeYear, UnlikeSource, UnlikeMeasure, UnlikeStage, UnlikePeriod}

// Alike compares row b with row a, the base, for like with like.
func Alike(d *data.Data, a, b Row) Likeness {
	var l Likeness
	if y := yearUnlike(a, b); y != "" {
		l.Unlike = append(l.Unlike, Unlike{UnlikeYear, y})
	}
	if s := sourceUnlike(d, a, b); s != "" {
		l.Unlike = append(l.Unlike, Unlike{UnlikeSource, s})
	}
	if m := measureUnlike(a, b); m != "" {
		l.Unlike = append(l.Unlike, Unlike{UnlikeMeasure, m})
	}
	if s := stageUnlike(a, b); s != "" {
		l.Unlike = append(l.Unlike, Unlike{UnlikeStage, s})
	}
	if a.Period != "" && b.Period != "" && a.Period != b.Period {
		l.Unlike = append(l.Unlike, Unlike{UnlikePeriod, capitalize(Phrase(a)) + " is pay " + PerWords(a.Period) +
			" and " + Phrase(b) + " is pay " + PerWords(b.Period) + ", so they cannot be set side by side."})
	}

	same := a.Figure != nil && b.Figure != nil && *a.Figure == *b.Figure && a.Source == b.Source && a.AsOf == b.AsOf
	switch {
	case a.Kind == KindCareer && b.Kind == KindCareer && a.Occupation != "" && a.Occupation == b.Occupation:
		l.Shared = "U.S. pay data counts " + a.Name + " and " + b.Name + " under one occupation, so they share one pay figure"
		if same {
			l.Shared += ": " + FormatSpan(*a.Figure, Symbol(d, a.Figure.Currency)) + "."
		} else if why := sharedReasons(a, b, l.Unlike); why != "" {
			l.Shared += ". The two figures here differ only because they come from " + why + ", not because one job pays more."
		} else {
			l.Shared += ". The gap between the two figures here is not a difference in pay."
		}
		l.Unlike = nil
	case same:
		l.Shared = capitalize(Phrase(b)) + " and " + Phrase(a) + " are one figure from one source."
		l.Unlike = nil
	}
	return l
}

// sharedReasons words the year, source and measure differences as the
// reason two figures of one occupation differ: "different years (May 2023
// and May 2020) and different sources".
func sharedReasons(a, b Row, unlike []Unlike) string {
	var parts []string
	for _, u := range unlike {
		switch u.Kind {
		case UnlikeYear:
			ta, okA := yearText(a.AsOf)
			tb, okB := yearText(b.AsOf)
			if okA && okB {
				parts = append(parts, "different years ("+ta+" and "+tb+")")
			} else {
				parts = append(parts, "years that may differ")
			}
		case UnlikeSource:
			parts = append(parts, "different sources")
		case UnlikeMeasure:
			parts = append(parts, "different measures")
		}
	}
	return strings.Join(parts, " and ")
}

// yearText is the date of a figure as a reader says it ("May 2020" from
// "May 2020 (OOH edition…)"), and whether one is stated at all.
func yearText(asOf string) (string, bool) {
	if asOf == "" || strings.Contains(strings.ToLower(asOf), "not stated") {
		return "", false
	}
	s, _, _ := strings.Cut(asOf, " (")
	s, _, _ = strings.Cut(s, ",")
	return strings.TrimSpace(s), yearIn(s) != ""
}

// yearIn returns the first four-digit year in s, or "".
func yearIn(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		y := s[i : i+4]
		if (y[:2] == "19" || y[:2] == "20") && isDigits(y) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return y
		}
	}
	return ""
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func yearUnlike(a, b Row) string {
	if a.Source == b.Source && a.AsOf == b.AsOf {
		return ""
	}
	ta, okA := yearText(a.AsOf)
	tb, okB := yearText(b.AsOf)
	switch {
	case okA && okB:
		if yearIn(ta) == yearIn(tb) {
			return ""
		}
		return "They are from different years: " + ta + " for " + Phrase(a) + " and " + tb + " for " + Phrase(b) + "."
	case okA:
		return "The date of " + Phrase(b) + " is not stated, so it may be from another year than " + Phrase(a) + " (" + ta + ")."
	case okB:
		return "The date of " + Phrase(a) + " is not stated, so it may be from another year than " + Phrase(b) + " (" + tb + ")."
	}
	return "Neither date is stated, so the two may be from different years."
}

func sourceUnlike(d *data.Data, a, b Row) string {
	if a.Source == b.Source {
		return ""
	}
	na, nb := sourceName(d, a), sourceName(d, b)
	if na == nb {
		return "They come from different publications of " + na + "."
	}
	return "They come from different sources: " + Phrase(a) + " from " + na + "; " + Phrase(b) + " from " + nb + "."
}

// sourceName names a row's source by its publisher, with whom it cites.
func sourceName(d *data.Data, r Row) string {
	name := r.Source
	if s := d.Source(r.Source); s != nil && s.Publisher != "" {
		name = s.Publisher
	}
	if r.Cites != "" && r.Cites != name {
		name += ", citing " + r.Cites
	}
	return name
}

// statOf is the kind of a row's figure; a range is a range whatever its
// label.
func statOf(r Row) data.Measure {
	if r.Figure != nil && r.Figure.IsRange {
		return data.MeasureRange
	}
	if r.Stat == "" {
		return data.MeasureUnstated
	}
	return r.Stat
}

var statWords = map[data.Measure]string{
	data.MeasureMedian:   "a median, the middle pay: half earn more, half less",
	data.MeasureAverage:  "an average, which a few high earners pull up",
	data.MeasureRange:    "a range",
	data.MeasurePayPoint: "a point on a pay scale, what everyone at that point is paid",
	data.MeasureUnstated: "one figure, and its source does not say whether it is a median or an average",
}

func measureUnlike(a, b Row) string {
	sa, sb := statOf(a), statOf(b)
	if sa == sb {
		return ""
	}
	s := "They measure different things: " + Phrase(a) + " is " + statWords[sa] + "; " + Phrase(b) + " is " + statWords[sb] + "."
	if (sa == data.MeasureRange) != (sb == data.MeasureRange) {
		s += " The single figure is set against both ends of the range."
	}
	return s
}

// stageWords says what stage of a career a row is for.
func stageWords(r Row) string {
	switch r.Stage {
	case data.LevelEntry:
		return "starting pay"
	case data.LevelIntermediate:
		return "pay after some years on a pay scale"
	case data.LevelTop:
		return "the top of a pay scale"
	case data.LevelAll:
		return "every level together, from beginners to the most experienced"
	}
	return "pay at one stage (" + r.Name + ")"
}

func stageUnlike(a, b Row) string {
	if a.Stage == b.Stage {
		return ""
	}
	allA, allB := a.Stage == data.LevelAll, b.Stage == data.LevelAll
	switch {
	case allA || allB:
		all, one := a, b
		if allB {
			all, one = b, a
		}
		return capitalize(Phrase(all)) + " covers every level, from beginners to the most experienced; " + Phrase(one) + " is " + stageWords(one) + "."
	case a.Stage == "" || b.Stage == "":
		// A rung of the path against a stage: comparing levels is the
		// point of picking them.
		return ""
	}
	return "They are for different stages: " + Phrase(a) + " is " + stageWords(a) + ", " + Phrase(b) + " is " + stageWords(b) + "."
}

// Phrase names a row in a sentence, as "the UK range" or "the Junior
// Health Information Technician median".
func Phrase(r Row) string {
	switch r.Kind {
	case KindLevel:
		return "the " + r.Name + " median"
	case KindCountry:
		switch r.Country {
		case "GB":
			return "the UK range"
		case "US":
			return "the U.S. range"
		}
		return "the range for " + placeName(r.Name)
	case KindCareer:
		return "the " + r.Name + " figure"
	case KindCountryFigure:
		// The data writes these names to read after "the".
		return "the " + r.Name
	case KindBenchmark:
		l := lowerFirst(r.Name)
		if !strings.Contains(l, "pay") && !strings.Contains(l, "salary") && !strings.Contains(l, "wage") {
			return "the pay " + l
		}
		return "the " + l
	}
	return "the " + lowerFirst(r.Name)
}

// lowerFirst lowers a leading capital unless it starts an abbreviation, as
// in "U.S." or "NHS".
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') || s[1] == '.' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
