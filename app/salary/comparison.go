package salary

import "github.com/hitcoach/hitcoach/data"

// In shows a figure in another currency, by code, with the rates recorded
// in the data. An empty code, or the figure's own currency, leaves it as
// stated.
func In(d *data.Data, s Span, code string) (Span, error) {
	if code == "" || code == s.Currency {
		return s, nil
	}
	from, to := d.Currency(s.Currency), d.Currency(code)
	if from == nil {
		return Span{}, &NoRateError{Code: s.Currency}
	}
	if to == nil {
		return Span{}, &NoRateError{Code: code}
	}
	return ConvertSpan(s, *from, *to)
}

// Convertible lists the currencies with a recorded rate, which are the ones
// the page can show everything in.
func Convertible(d *data.Data) []data.Currency {
	var out []data.Currency
	for _, c := range d.Currencies {
		if c.Rate != nil && c.Rate.Local > 0 && c.Rate.USD > 0 {
			out = append(out, c)
		}
	}
	return out
}

// IsConvertible reports whether code is a currency with a recorded rate.
func IsConvertible(d *data.Data, code string) bool {
	for _, c := range Convertible(d) {
		if c.Code == code {
			return true
		}
	}
	return false
}

// Comparison is a few rows side by side in one currency, each compared
// with the base: the first row that has a figure in that currency.
type Comparison struct {
	// Currency is the code every shown figure and difference is in; empty
	// when no row has a figure.
	Currency string
	Lines    []Line
	// Base indexes the line the others are compared with; -1 when none.
	Base int
}

// Line is one row of a comparison.
type Line struct {
	Row Row
	// Shown is the row's figure in the comparison's currency; nil when it
	// has no figure or cannot be converted.
	Shown *Span
	// Converted is true when Shown was converted from another currency.
	Converted bool
	// Problem says why Shown or the difference is missing.
	Problem string
	// Diff is the difference from the base; nil for the base itself, when
	// there is nothing to compare, and when the two rows are one pay
	// (Likeness.Shared, which Problem then repeats).
	Diff *SpanDifference
	// Sentence words Diff for a student: "The UK range starts £5,390 lower
	// and ends £4,610 higher than the Junior Health Information Technician
	// median." Empty when Diff is nil.
	Sentence string
	// Likeness says how the row and the base's are not alike (another
	// year, source, measure or stage), or that they are one pay. Empty
	// for the base itself, and for every line when there is no base.
	Likeness Likeness
}

// Compare lines up the rows with the keys, in their order. currency is
// the code to show everything in, or empty to use the currency of the first
// row that has a figure. Unknown keys are skipped: parse the URL first.
func Compare(d *data.Data, set *RowSet, keys []string, currency string) Comparison {
	c := Comparison{Currency: currency, Base: -1}
	for _, k := range keys {
		if r := set.Row(k); r != nil {
			c.Lines = append(c.Lines, Line{Row: *r})
		}
	}
	if c.Currency == "" {
		for _, l := range c.Lines {
			if l.Row.Figure != nil {
				c.Currency = l.Row.Figure.Currency
				break
			}
		}
	}
	for i := range c.Lines {
		l := &c.Lines[i]
		if l.Row.Figure == nil {
			l.Problem = "No figure is known, so there is nothing to compare."
			if l.Row.Period != "" && l.Row.Period != data.PerYear {
				l.Problem = l.Row.NoFigure
			}
			continue
		}
		shown, err := In(d, *l.Row.Figure, c.Currency)
		if err != nil {
			l.Problem = noRateProblem(d, err, l.Row.Figure.Currency, c.Currency)
			continue
		}
		l.Shown, l.Converted = &shown, shown.Currency != l.Row.Figure.Currency
		if c.Base < 0 {
			c.Base = i
		}
	}
	if c.Base < 0 {
		return c
	}
	baseLine := c.Lines[c.Base]
	base := *baseLine.Shown
	sym := Symbol(d, c.Currency)
	for i := range c.Lines {
		l := &c.Lines[i]
		if i == c.Base {
			continue
		}
		l.Likeness = Alike(d, baseLine.Row, l.Row)
		if l.Shown == nil {
			continue
		}
		if l.Likeness.Shared != "" {
			// One pay shown twice: a gap between its figures is no
			// difference in pay.
			l.Problem = l.Likeness.Shared
			continue
		}
		diff, err := DiffSpans(base, *l.Shown)
		if err != nil {
			l.Problem = "The difference is too large to work out."
			continue
		}
		l.Diff = &diff
		l.Sentence = DiffSentence(baseLine.Row, l.Row, diff, sym, l.Converted || baseLine.Converted)
	}
	return c
}

// noRateProblem explains a failed conversion in words a reader can act on.
func noRateProblem(d *data.Data, err error, from, to string) string {
	missing := from
	if nr, ok := err.(*NoRateError); ok {
		missing = nr.Code
	}
	return "Not shown in " + currencyName(d, to) + ": no exchange rate is recorded for " + currencyName(d, missing) + ", so it is never converted."
}

// currencyName is a currency's name in the plural, for sentences, or its
// code when the data does not list it.
func currencyName(d *data.Data, code string) string {
	if c := d.Currency(code); c != nil && c.Name != "" {
		return c.Name + "s"
	}
	return code
}
