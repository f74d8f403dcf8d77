package data

import (
	"strconv"
	"strings"
)

// Training is what a career's pathways say together about the time and cost
// to train: the span from the quickest pathway to the longest, and the cost
// from the cheapest to the dearest.
type Training struct {
	MonthsMin, MonthsMax int
	// Cost spans every pathway's cost; nil when no pathway gives one, or
	// when they give them in different currencies.
	Cost *PayRange
	// CostMissing is true when some pathway gives no cost, so Cost may not
	// be the whole span.
	CostMissing bool
	// Sources are the pathways' citations, each source and period once.
	Sources []Citation
}

// Citation names a source and the period a figure refers to.
type Citation struct{ Source, AsOf string }

// MonthsText reads like Pathway.MonthsText: "6–24 months".
func (t Training) MonthsText() string {
	return Pathway{MonthsMin: t.MonthsMin, MonthsMax: t.MonthsMax}.MonthsText()
}

// Training sums up the career's pathways; ok is false when it has none.
func (c *Career) Training() (t Training, ok bool) {
	if len(c.Pathways) == 0 {
		return Training{}, false
	}
	mixedCurrencies := false
	for i, p := range c.Pathways {
		if i == 0 || p.MonthsMin < t.MonthsMin {
			t.MonthsMin = p.MonthsMin
		}
		if p.MonthsMax > t.MonthsMax {
			t.MonthsMax = p.MonthsMax
		}
		switch {
		case p.Cost == nil:
			t.CostMissing = true
		case t.Cost == nil:
			cost := *p.Cost
			t.Cost = &cost
		case t.Cost.Currency != p.Cost.Currency:
			mixedCurrencies = true
		default:
			t.Cost.Min = min(t.Cost.Min, p.Cost.Min)
			t.Cost.Max = max(t.Cost.Max, p.Cost.Max)
			t.Cost.OpenEnded = t.Cost.OpenEnded || p.Cost.OpenEnded
		}
		cite := Citation{p.Source, p.AsOf}
		seen := false
		for _, s := range t.Sources {
			seen = seen || s == cite
		}
		if !seen {
			t.Sources = append(t.Sources, cite)
		}
	}
	if mixedCurrencies {
		// A span across currencies would be a made-up figure.
		t.Cost, t.CostMissing = nil, true
	}
	return t, true
}

// MainOutlook is the index in Outlook of the career's headline growth
// figure: the one its key facts give, where they give one, so the page
// says one figure at the top; otherwise, of the figures labelled as growth,
// the one whose period ends latest (the first of those on a tie). It is -1
// when no figure is labelled as growth.
func (c *Career) MainOutlook() int {
	if k := c.KeyFacts; k != nil {
		for i, f := range c.Outlook {
			if f.Value == k.Growth.Value && f.AsOf == k.Growth.AsOf && f.Source == k.Growth.Source {
				return i
			}
		}
	}
	best, bestEnd := -1, -1
	for i, f := range c.Outlook {
		if !strings.Contains(strings.ToLower(f.Label), "growth") {
			continue
		}
		if end := periodEnd(f.AsOf); end > bestEnd {
			best, bestEnd = i, end
		}
	}
	return best
}

// periodEnd is the last year a period names: 2032 for "2022–2032" or
// "2022-32", 2034 for "2024 to 2034"; 0 when it names none.
func periodEnd(asOf string) int {
	end := 0
	fields := strings.FieldsFunc(asOf, func(r rune) bool { return r < '0' || r > '9' })
	for i, f := range fields {
		year := 0
		switch {
		case len(f) == 4:
			year, _ = strconv.Atoi(f)
		case len(f) == 2 && i > 0 && len(fields[i-1]) == 4:
			// "2022-32": the century of the year before.
			n, _ := strconv.Atoi(f)
			prev, _ := strconv.Atoi(fields[i-1])
			year = prev/100*100 + n
		}
		end = max(end, year)
	}
	return end
}

// FirstSentence is the text up to the first full stop that ends a
// sentence: a stop followed by a space and a capital letter, or the end,
// and not the stop of an initial such as the S. of "U.S. Bureau".
func FirstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' || isInitial(s, i) {
			continue
		}
		if i+1 == len(s) || (i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z') {
			return s[:i+1]
		}
	}
	return s
}

// isInitial reports whether the stop at i ends a lone capital letter: "U."
// or the "S." of "U.S.".
func isInitial(s string, i int) bool {
	if i == 0 || s[i-1] < 'A' || s[i-1] > 'Z' {
		return false
	}
	return i == 1 || s[i-2] == '.' || s[i-2] == ' '
}
