package salary

import (
	"math/big"
	"strconv"
)

// Difference is how far one figure is from a base figure, in money and in
// percent of the base.
type Difference struct {
	// Money is other − base, in whole units of their shared currency.
	Money int64
	// PercentTenths is Money as a share of the base, in tenths of a percent,
	// rounded half away from zero: 125 means 12.5%.
	PercentTenths int64
	// HasPercent is false when the base is zero, where a percentage means
	// nothing.
	HasPercent bool
}

// Diff compares other with base. Amounts are whole units of one currency.
// It fails only when the money difference does not fit in an int64.
func Diff(base, other int64) (Difference, error) {
	delta := new(big.Int).Sub(big.NewInt(other), big.NewInt(base))
	if !delta.IsInt64() {
		return Difference{}, ErrOverflow
	}
	d := Difference{Money: delta.Int64()}
	if base == 0 {
		return d, nil
	}
	// Against the size of the base, so a rise reads as a positive percent
	// whatever the base's sign.
	scaled := new(big.Int).Mul(delta, big.NewInt(1000))
	tenths, err := divRound(scaled, new(big.Int).Abs(big.NewInt(base)))
	if err != nil {
		return Difference{}, err
	}
	d.PercentTenths, d.HasPercent = tenths, true
	return d, nil
}

// SpanDifference compares two figures or ranges end by end: the low ends
// with each other and the high ends with each other, so a range is never
// squeezed into one number. A single figure has the same low and high end.
type SpanDifference struct {
	Low, High Difference
	// BothFigures is true when neither side is a range, so Low says it all.
	BothFigures bool
}

// DiffSpans compares other with base. Both must be in the same currency.
func DiffSpans(base, other Span) (SpanDifference, error) {
	if base.Currency != other.Currency {
		return SpanDifference{}, errCurrencyMismatch(base.Currency, other.Currency)
	}
	low, err := Diff(base.Low, other.Low)
	if err != nil {
		return SpanDifference{}, err
	}
	high, err := Diff(base.High, other.High)
	if err != nil {
		return SpanDifference{}, err
	}
	return SpanDifference{Low: low, High: high, BothFigures: !base.IsRange && !other.IsRange}, nil
}

type currencyMismatchError struct{ a, b string }

func (e *currencyMismatchError) Error() string {
	return "cannot compare " + e.a + " with " + e.b + " without converting"
}

func errCurrencyMismatch(a, b string) error { return &currencyMismatchError{a, b} }

// minus is the typographic minus sign, which screen readers say as "minus".
const minus = "\u2212"

// FormatSigned writes a money difference with its sign: "+US$6,000",
// "−£1,250", or "US$0" when there is no difference.
func FormatSigned(amount int64, symbol string) string {
	switch {
	case amount > 0:
		return "+" + Format(amount, symbol)
	case amount < 0:
		return minus + symbol + groupUnsigned(amount)
	}
	return Format(0, symbol)
}

// FormatPercent writes tenths of a percent with a sign: "+12.5%", "−3.0%",
// "0.0%".
func FormatPercent(tenths int64) string {
	sign := ""
	switch {
	case tenths > 0:
		sign = "+"
	case tenths < 0:
		sign = minus
	}
	abs := new(big.Int).Abs(big.NewInt(tenths))
	ten := big.NewInt(10)
	whole, frac := new(big.Int).QuoRem(abs, ten, new(big.Int))
	return sign + whole.String() + "." + frac.String() + "%"
}

// FormatDifference writes a difference as money and percent:
// "+US$6,000 (+15.4%)", or the money alone when the base is zero.
func FormatDifference(d Difference, symbol string) string {
	s := FormatSigned(d.Money, symbol)
	if d.HasPercent {
		s += " (" + FormatPercent(d.PercentTenths) + ")"
	}
	return s
}

// groupUnsigned groups the digits of the size of n, including the most
// negative int64, whose size does not fit in an int64.
func groupUnsigned(n int64) string {
	if n >= 0 {
		return group(n)
	}
	return groupDigits(strconv.FormatUint(uint64(-(n+1))+1, 10))
}
