package salary

import (
	"errors"
	"math/big"

	"github.com/hitcoach/hitcoach/data"
)

// ErrNoRate is matched by every error about a currency with no recorded
// rate, so callers can tell "we may not convert this" from a defect.
var ErrNoRate = errors.New("no exchange rate recorded")

// ErrBadRate means a recorded rate has a zero or negative side, which would
// divide by zero or flip signs.
var ErrBadRate = errors.New("exchange rate is not positive")

// ErrOverflow means the converted amount does not fit in an int64.
var ErrOverflow = errors.New("amount too large")

// NoRateError names the currency that has no recorded rate.
type NoRateError struct{ Code string }

func (e *NoRateError) Error() string { return "no exchange rate is recorded for " + e.Code }

func (e *NoRateError) Is(target error) bool { return target == ErrNoRate }

// Convert converts a whole-unit amount from one currency to another through
// their exact ratios to the US dollar, rounding half away from zero to whole
// units. The arithmetic is exact: rounding happens once, at the end.
func Convert(amount int64, from, to data.Currency) (int64, error) {
	if from.Code == to.Code {
		return amount, nil
	}
	num, den, err := ratio(from, to)
	if err != nil {
		return 0, err
	}
	n := new(big.Int).Mul(big.NewInt(amount), num)
	return divRound(n, den)
}

// ratio is the factor that turns an amount in from into one in to:
// from.USD/from.Local × to.Local/to.USD.
func ratio(from, to data.Currency) (num, den *big.Int, err error) {
	for _, c := range []data.Currency{from, to} {
		if c.Rate == nil {
			return nil, nil, &NoRateError{Code: c.Code}
		}
		if c.Rate.Local <= 0 || c.Rate.USD <= 0 {
			return nil, nil, ErrBadRate
		}
	}
	num = new(big.Int).Mul(big.NewInt(from.Rate.USD), big.NewInt(to.Rate.Local))
	den = new(big.Int).Mul(big.NewInt(from.Rate.Local), big.NewInt(to.Rate.USD))
	return num, den, nil
}

// divRound divides and rounds half away from zero. den must be positive.
func divRound(num, den *big.Int) (int64, error) {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	if twice.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0, ErrOverflow
	}
	return q.Int64(), nil
}

// ConvertSpan converts both ends of a figure or range. The result keeps
// whether it is a range and whether its top is open-ended.
func ConvertSpan(s Span, from, to data.Currency) (Span, error) {
	if from.Code != s.Currency {
		return Span{}, errors.New("span is in " + s.Currency + ", not " + from.Code)
	}
	low, err := Convert(s.Low, from, to)
	if err != nil {
		return Span{}, err
	}
	high, err := Convert(s.High, from, to)
	if err != nil {
		return Span{}, err
	}
	out := s
	out.Currency, out.Low, out.High = to.Code, low, high
	return out, nil
}

// UnitRate writes what one unit of from is worth in to, with the given
// number of decimal places, as in "1.2833". It is for showing a rate, never
// for converting: Convert keeps the exact ratio.
func UnitRate(from, to data.Currency, places int) (string, error) {
	if from.Code == to.Code {
		return new(big.Rat).SetInt64(1).FloatString(places), nil
	}
	num, den, err := ratio(from, to)
	if err != nil {
		return "", err
	}
	// FloatString rounds half away from zero, as Convert does.
	return new(big.Rat).SetFrac(num, den).FloatString(places), nil
}
