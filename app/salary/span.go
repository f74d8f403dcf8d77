package salary

import "github.com/hitcoach/hitcoach/data"

// Span is a pay figure: a single amount, or a range kept as its two ends so
// it is never reduced to a midpoint.
type Span struct {
	Currency string
	Low      int64
	// High equals Low for a single figure.
	High      int64
	IsRange   bool
	OpenEnded bool
}

// Figure is a single amount.
func Figure(currency string, amount int64) Span {
	return Span{Currency: currency, Low: amount, High: amount}
}

// RangeOf turns a data range into a span.
func RangeOf(r data.PayRange) Span {
	return Span{Currency: r.Currency, Low: r.Min, High: r.Max, IsRange: true, OpenEnded: r.OpenEnded}
}

// FormatSpan writes a figure as one amount and a range as a range.
func FormatSpan(s Span, symbol string) string {
	if !s.IsRange {
		return Format(s.Low, symbol)
	}
	return FormatRange(data.PayRange{Currency: s.Currency, Min: s.Low, Max: s.High, OpenEnded: s.OpenEnded}, symbol)
}
