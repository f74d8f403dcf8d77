package store

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Month is a calendar month, counted from January of year 0, so that adding
// months is adding numbers and a year wraps by itself. The zero Month is
// "not set": no month a person can enter is that far back.
type Month int

// Years a month may have: wide enough for any plan, narrow enough that a
// month always writes back as four digits.
const (
	MinMonthYear = 1900
	MaxMonthYear = 2999
)

// NewMonth is the month of a year; mon counts from 1 (January).
func NewMonth(year int, mon time.Month) Month {
	return Month(year*12 + int(mon) - 1)
}

// MonthOf is the calendar month t falls in, in t's location.
func MonthOf(t time.Time) Month { return NewMonth(t.Year(), t.Month()) }

// IsZero reports whether the month is unset.
func (m Month) IsZero() bool { return m == 0 }

// Year is the month's year.
func (m Month) Year() int { return int(m) / 12 }

// Month is the month of the year.
func (m Month) Month() time.Month { return time.Month(int(m)%12 + 1) }

// Add is the month n months later (earlier for negative n).
func (m Month) Add(n int) Month { return m + Month(n) }

// String writes the month as "2025-09", the form saved and shared; "" when
// unset.
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year(), int(m.Month()))
}

// Label writes the month as a person reads it: "September 2025".
func (m Month) Label() string {
	if m.IsZero() {
		return ""
	}
	return m.Month().String() + " " + strconv.Itoa(m.Year())
}

// MonthRangeText writes "August 2027", or "August 2027 to February 2029"
// when the months differ.
func MonthRangeText(from, to Month) string {
	if from == to || to.IsZero() {
		return from.Label()
	}
	return from.Label() + " to " + to.Label()
}

// ErrMonth is why a text is not a month.
var ErrMonth = errors.New("should be a month written as year and month, such as 2025-09")

// ParseMonth reads a month written as "2025-09", the form of an HTML month
// input. An empty text is the unset month.
func ParseMonth(s string) (Month, error) {
	if s == "" {
		return 0, nil
	}
	if len(s) != 7 || s[4] != '-' || !digits(s[:4]) || !digits(s[5:]) {
		return 0, ErrMonth
	}
	y, _ := strconv.Atoi(s[:4])
	mon, _ := strconv.Atoi(s[5:])
	if mon < 1 || mon > 12 {
		return 0, ErrMonth
	}
	if y < MinMonthYear || y > MaxMonthYear {
		return 0, errors.New("is out of range (years " + strconv.Itoa(MinMonthYear) + " to " + strconv.Itoa(MaxMonthYear) + ")")
	}
	return NewMonth(y, time.Month(mon)), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
