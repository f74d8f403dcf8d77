// Package salary does the money arithmetic and formatting of the salary
// pages: currency conversion with exact ratios, differences and display.
package salary

import (
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Format writes an amount with its currency symbol and thousands
// separators, as in "US$47,160" or "£25,000".
func Format(amount int64, symbol string) string {
	var b strings.Builder
	if amount < 0 {
		b.WriteByte('-')
	}
	b.WriteString(symbol)
	b.WriteString(groupUnsigned(amount))
	return b.String()
}

// group writes n with a comma between each group of three digits.
func group(n int64) string {
	return groupDigits(strconv.FormatInt(n, 10))
}

// groupDigits puts a comma between each group of three in a run of digits.
func groupDigits(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// FormatRange writes a range as a range, never as a single midpoint:
// "£25,000–£35,000", or "US$50,000–US$65,000 or more" when open-ended.
func FormatRange(r data.PayRange, symbol string) string {
	s := Format(r.Min, symbol) + "–" + Format(r.Max, symbol)
	if r.OpenEnded {
		s += " or more"
	}
	return s
}

// Symbol returns the display symbol of a currency code, falling back to the
// code itself followed by a space.
func Symbol(d *data.Data, code string) string {
	if c := d.Currency(code); c != nil {
		return c.Symbol
	}
	return code + " "
}
