package salary

import "strings"

// DiffSentence words the difference of other from base as a sentence a
// student reads at once: "The UK range starts £5,390 lower and ends
// £4,610 higher than the Junior Health Information Technician median."
// symbol is the currency the difference is in; approx says a figure was
// converted, so the amounts are about right, not exact.
func DiffSentence(base, other Row, diff SpanDifference, symbol string, approx bool) string {
	about := ""
	if approx {
		about = "about "
	}
	subject, object := capitalize(Phrase(other)), Phrase(base)
	amount := func(d Difference) string { return about + Format(abs(d.Money), symbol) }
	otherRange := other.Figure != nil && other.Figure.IsRange
	baseRange := base.Figure != nil && base.Figure.IsRange
	var s string
	switch {
	case diff.BothFigures:
		d := diff.Low
		if d.Money == 0 {
			return subject + " is the same as " + object + "."
		}
		s = subject + " is " + amount(d) + " " + higherLower(d.Money) + " than " + object
		if d.HasPercent {
			s += " (" + percentWords(d) + ")"
		}
	case otherRange:
		lo, hi := diff.Low.Money, diff.High.Money
		switch {
		case lo == 0 && hi == 0:
			return subject + " starts and ends at the same amounts as " + object + "."
		case lo == hi:
			s = subject + " starts and ends " + amount(diff.Low) + " " + higherLower(lo) + " than " + object
		case lo == 0:
			s = subject + " starts at the same amount as " + object + " and ends " + amount(diff.High) + " " + higherLower(hi)
		case hi == 0:
			s = subject + " starts " + amount(diff.Low) + " " + higherLower(lo) + " than " + object + " and ends at the same amount"
		default:
			s = subject + " starts " + amount(diff.Low) + " " + higherLower(lo) + " and ends " + amount(diff.High) + " " + higherLower(hi) + " than " + object
		}
	case baseRange:
		s = subject + " is " + sideWords(diff.Low, amount, "the low end") + " and " + sideWords(diff.High, amount, "the high end") + " of " + object
	}
	if (other.Figure != nil && other.Figure.OpenEnded) || (base.Figure != nil && base.Figure.OpenEnded) {
		s += " (a top given as “or more” is compared at its stated figure)"
	}
	return s + "."
}

func higherLower(money int64) string {
	if money < 0 {
		return "lower"
	}
	return "higher"
}

// sideWords places a single figure against one end of a range: "£2,000
// above the low end".
func sideWords(d Difference, amount func(Difference) string, end string) string {
	switch {
	case d.Money > 0:
		return amount(d) + " above " + end
	case d.Money < 0:
		return amount(d) + " below " + end
	}
	return "the same as " + end
}

// percentWords says a difference in percent of the base: "15.4% more".
func percentWords(d Difference) string {
	p := strings.TrimLeft(FormatPercent(d.PercentTenths), "+"+minus)
	if d.PercentTenths < 0 {
		return p + " less"
	}
	return p + " more"
}

// abs is the size of n; the most negative int64 stays as it is, which no
// pay difference reaches.
func abs(n int64) int64 {
	if n < 0 && n != -n {
		return -n
	}
	return n
}
