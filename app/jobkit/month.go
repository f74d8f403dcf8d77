package jobkit

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
)

// ErrMonth says how to write a month the page could not read.
var ErrMonth = errors.New("write the month as 2026-05 or May 2026")

// ParseMonth reads a month as a person may type it where the browser has
// no month picker: "2026-05" (what a picker gives), "2026-5", "05/2026",
// "May 2026" or "Sep 2026". An empty text is no month.
func ParseMonth(s string) (store.Month, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if m, err := store.ParseMonth(s); err == nil {
		return m, nil
	}
	var year, mon int
	if y, mo, ok := strings.Cut(s, "-"); ok {
		year, mon = atoi(y), atoi(mo)
	} else if mo, y, ok := strings.Cut(s, "/"); ok {
		year, mon = atoi(y), atoi(mo)
	} else if f := strings.Fields(strings.ReplaceAll(s, ",", " ")); len(f) == 2 {
		year, mon = atoi(f[1]), monthNumber(f[0])
	}
	if mon < 1 || mon > 12 || year < store.MinMonthYear || year > store.MaxMonthYear {
		return 0, ErrMonth
	}
	return store.NewMonth(year, time.Month(mon)), nil
}

func atoi(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return -1
	}
	return n
}

// monthNumber reads a month's English name or its first three letters
// ("Sept" too), in any case; 0 for anything else.
func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || s == name[:3] || (m == time.September && s == "sept") {
			return int(m)
		}
	}
	return 0
}
