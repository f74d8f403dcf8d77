package data

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// PayLevel is the stage of a career a pay figure stands for.
type PayLevel string

const (
	// LevelEntry is pay on starting: a starting salary, or the entry point
	// of a pay scale's band.
	LevelEntry PayLevel = "entry"
	// LevelIntermediate is a pay scale's middle point, after some years.
	LevelIntermediate PayLevel = "intermediate"
	// LevelTop is the top point of a pay scale's band.
	LevelTop PayLevel = "top"
	// LevelAll is every level together: a median, average or range over
	// all the workers of an occupation, beginners and seniors alike.
	LevelAll PayLevel = "all"
)

// PayLevels lists the levels in order, from the start of a career.
var PayLevels = []PayLevel{LevelEntry, LevelIntermediate, LevelTop, LevelAll}

// Period is the time a pay figure is paid for.
type Period string

const (
	PerYear Period = "year"
	PerWeek Period = "week"
	PerHour Period = "hour"
)

// Measure is the kind of figure a source gives.
type Measure string

const (
	MeasureMedian   Measure = "median"  // half earn more, half less
	MeasureAverage  Measure = "average" // the mean
	MeasureRange    Measure = "range"   // lowest to highest
	MeasurePayPoint Measure = "pay point"
	// MeasureUnstated is a figure whose source does not say whether it is
	// a median or an average.
	MeasureUnstated Measure = "not stated"
)

// Cents is an amount of money in hundredths of a unit, so an hourly
// $21.26 is kept exactly. In JSON it is a plain number with at most two
// decimals: 24937 or 21.26.
type Cents int64

// Whole reports the amount in whole units, and whether it is one.
func (c Cents) Whole() (int64, bool) { return int64(c) / 100, c%100 == 0 }

// String writes the amount with its decimals only when it has any:
// "24937", "21.26".
func (c Cents) String() string {
	s := strconv.FormatInt(int64(c)/100, 10)
	if c%100 != 0 {
		s += fmt.Sprintf(".%02d", int64(c)%100)
	}
	return s
}

// maxCentsDigits keeps an amount far inside an int64.
const maxCentsDigits = 15

var errCents = errors.New("must be a positive amount such as 24937 or 21.26: digits, and at most two decimals")

func badCents(s string) error {
	if len(s) > 30 {
		s = s[:30] + "…"
	}
	return fmt.Errorf("amount %s %w", strconv.Quote(s), errCents)
}

// UnmarshalJSON reads the number exactly, from its digits: a float would
// round 21.26.
func (c *Cents) UnmarshalJSON(b []byte) error {
	s := string(b)
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || len(whole) > maxCentsDigits || !isDigits(whole) || (len(whole) > 1 && whole[0] == '0') {
		return badCents(s)
	}
	if hasFrac && (len(frac) == 0 || len(frac) > 2 || !isDigits(frac)) {
		return badCents(s)
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return badCents(s)
	}
	n *= 100
	if hasFrac {
		f, _ := strconv.ParseInt(frac, 10, 64)
		if len(frac) == 1 {
			f *= 10
		}
		n += f
	}
	*c = Cents(n)
	return nil
}

// MarshalJSON writes the amount as UnmarshalJSON reads it.
func (c Cents) MarshalJSON() ([]byte, error) { return []byte(c.String()), nil }

// CountryFigures are the cited pay figures the data holds for one country,
// beyond its all-levels range on the main career page. They are copied
// from career pages' fact cards, which keep them in words.
type CountryFigures struct {
	// Country is the ISO 3166 code of a country of the main career's
	// globalSalaries, such as "GB".
	Country string `json:"country"`
	// NoEntryLevel says, when no figure is for entry level, that none is
	// known and why.
	NoEntryLevel string          `json:"noEntryLevel,omitempty"`
	Figures      []CountryFigure `json:"figures,omitempty"`
}

// CountryFigure is one pay figure: a single amount (Amount) or a range
// (Min and Max), with what it stands for and its citation.
type CountryFigure struct {
	// ID is a slug, unique among all countries' figures.
	ID string `json:"id"`
	// Region is the part of the country it covers, such as "England".
	Region string `json:"region,omitempty"`
	// Name tells it apart from the country's other figures, in a few words
	// that read after "the": "NHS Band 3 entry point".
	Name    string   `json:"name"`
	Level   PayLevel `json:"level"`
	Measure Measure  `json:"measure"`
	// StandsFor says in plain words whose pay it is.
	StandsFor string `json:"standsFor"`
	Currency  string `json:"currency"`
	Period    Period `json:"period"`
	Amount    Cents  `json:"amount,omitempty"`
	Min       Cents  `json:"min,omitempty"`
	Max       Cents  `json:"max,omitempty"`
	Source    string `json:"source"`
	AsOf      string `json:"asOf"`
	// Career and Fact name the fact card the figure is copied from: a
	// career's slug and the label of one of its otherFacts, which must
	// state the same amounts with the same source and date.
	Career string `json:"career"`
	Fact   string `json:"fact"`
	Note   string `json:"note,omitempty"`
}

// IsRange reports whether the figure is a range rather than one amount.
func (f CountryFigure) IsRange() bool { return f.Measure == MeasureRange }

// CountryFiguresOf returns the figures of a country by ISO code, or nil.
func (d *Data) CountryFiguresOf(code string) *CountryFigures { return d.countryByCode[code] }

// OtherFact returns the career's other fact with the label, or nil.
func (c *Career) OtherFact(label string) *Fact {
	for i := range c.OtherFacts {
		if c.OtherFacts[i].Label == label {
			return &c.OtherFacts[i]
		}
	}
	return nil
}

func (v *validator) countryFigures(all []CountryFigures) {
	d := v.d
	v.file = "countrypay.json"
	known := map[string]bool{}
	if hit := d.Main(); hit != nil {
		for _, g := range hit.GlobalSalaries {
			known[g.Code] = true
		}
	}
	countries := map[string]bool{}
	ids := map[string]bool{}
	for _, cf := range all {
		v.entry = cf.Country
		if !known[cf.Country] {
			v.fail("country", "must be the code of a country in the main career's globalSalaries, got %q", cf.Country)
		}
		if countries[cf.Country] {
			v.fail("country", "duplicate country")
		}
		countries[cf.Country] = true
		hasEntry := false
		for i, f := range cf.Figures {
			field := fmt.Sprintf("figures[%d]", i)
			if !isSlug(f.ID) || ids[f.ID] {
				v.fail(field+".id", "must be a unique slug, got %q", f.ID)
			}
			ids[f.ID] = true
			hasEntry = hasEntry || f.Level == LevelEntry
			v.countryFigure(field, f)
		}
		switch {
		case !hasEntry && strings.TrimSpace(cf.NoEntryLevel) == "":
			v.fail("noEntryLevel", "no figure is for entry level: say so, and why")
		case hasEntry && cf.NoEntryLevel != "":
			v.fail("noEntryLevel", "is set although a figure is for entry level")
		}
	}
}

func (v *validator) countryFigure(field string, f CountryFigure) {
	v.required(field+".name", f.Name)
	v.required(field+".standsFor", f.StandsFor)
	v.currency(field+".currency", f.Currency)
	v.source(field+".source", f.Source)
	v.required(field+".asOf", f.AsOf)
	if !slices.Contains(levelNames(), string(f.Level)) {
		v.fail(field+".level", "must be entry, intermediate, top or all, got %q", f.Level)
	}
	switch f.Period {
	case PerYear, PerWeek, PerHour:
	default:
		v.fail(field+".period", "must be year, week or hour, got %q", f.Period)
	}
	var amounts []Cents
	switch f.Measure {
	case MeasureRange:
		if f.Amount != 0 || f.Min <= 0 || f.Max <= 0 {
			v.fail(field, "a range gives min and max, both positive, and no amount")
		} else if f.Min > f.Max {
			v.fail(field, "minimum %s is above maximum %s", f.Min, f.Max)
		}
		amounts = []Cents{f.Min, f.Max}
	case MeasureMedian, MeasureAverage, MeasurePayPoint, MeasureUnstated:
		if f.Amount <= 0 || f.Min != 0 || f.Max != 0 {
			v.fail(field, "a single figure gives a positive amount, and no min or max")
		}
		amounts = []Cents{f.Amount}
	default:
		v.fail(field+".measure", "must be median, average, range, pay point or not stated, got %q", f.Measure)
		return
	}
	if f.Measure == MeasurePayPoint && f.Level == LevelAll {
		v.fail(field+".level", "a pay point is one level of a scale, not all levels")
	}

	c := v.d.Career(f.Career)
	if c == nil {
		v.fail(field+".career", "unknown career %q", f.Career)
		return
	}
	fact := c.OtherFact(f.Fact)
	if fact == nil {
		v.fail(field+".fact", "career %q has no other fact labelled %q", f.Career, f.Fact)
		return
	}
	if fact.Source != f.Source || fact.AsOf != f.AsOf {
		v.fail(field, "source %q and asOf %q differ from the fact's %q and %q", f.Source, f.AsOf, fact.Source, fact.AsOf)
	}
	for _, a := range amounts {
		after, ok := amountIn(fact.Value, a)
		if !ok {
			v.fail(field, "the fact %q does not state %s (it says %q)", f.Fact, a, fact.Value)
			continue
		}
		// A scale's points are named in the text: "£24,937 entry".
		if f.Measure == MeasurePayPoint && after != string(f.Level) {
			v.fail(field+".level", "the fact names %s as its %q point, not %q", a, after, f.Level)
		}
	}
}

func levelNames() []string {
	out := make([]string, len(PayLevels))
	for i, l := range PayLevels {
		out[i] = string(l)
	}
	return out
}

// amountIn finds amount among the numbers written in text, such as
// "£24,937" or "$82,762.00", and returns the word after it.
func amountIn(text string, amount Cents) (after string, ok bool) {
	for i := 0; i < len(text); {
		// A number starts after no digit, and not after a slash: the 26 of
		// "2025/26" is part of a year.
		if !isDigit(text[i]) || (i > 0 && strings.IndexByte("0123456789,./", text[i-1]) >= 0) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1]))) {
			j++
		}
		num := strings.ReplaceAll(text[i:j], ",", "")
		var c Cents
		if c.UnmarshalJSON([]byte(num)) == nil && c == amount {
			// Only a word right after it names it: in "$21.26; median
			// $26.49" the median is the next amount.
			if rest := strings.Fields(text[j:]); len(rest) > 0 && strings.HasPrefix(text[j:], " ") {
				after = strings.TrimRight(rest[0], ";,.")
			}
			return after, true
		}
		i = j
	}
	return "", false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// OccupationCode is the first U.S. occupation code (as "29-2072") that the
// career's classification names: the occupation whose pay figures stand
// for the career. Two careers with one code are one occupation in U.S.
// pay data, so their pay is one figure. Empty when none is named.
func (c *Career) OccupationCode() string {
	s := c.Classification
	for i := 0; i+7 <= len(s); i++ {
		if i > 0 && isDigit(s[i-1]) {
			continue
		}
		code := s[i : i+7]
		if isDigits(code[:2]) && code[2] == '-' && isDigits(code[3:]) && (i+7 == len(s) || !isDigit(s[i+7])) {
			return code
		}
	}
	return ""
}
