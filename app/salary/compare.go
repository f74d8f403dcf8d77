package salary

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// MinCompare and MaxCompare bound how many rows a comparison holds: fewer
// than two compares nothing, more than four no longer fits side by side on
// a phone.
const (
	MinCompare = 2
	MaxCompare = 4
)

// CompareParam is the URL query parameter that holds the comparison.
const CompareParam = "compare"

// CurrencyParam is the URL query parameter that holds the display currency.
const CurrencyParam = "currency"

// Parsing limits keep a hostile URL from costing time or flooding the
// notice: only so many parts are read, and shown keys are shortened.
const (
	maxParts      = 64
	maxShownKey   = 40
	maxShownDrops = 5
)

// Selection is a parsed compare parameter.
type Selection struct {
	// Keys are known, distinct keys, in the order given, at most MaxCompare.
	Keys []string
	// Unknown are keys no row has, shortened for display.
	Unknown []string
	// Extra are known keys beyond the first MaxCompare.
	Extra []string
	// MoreDropped counts unknown or extra keys not listed, to keep a notice
	// short.
	MoreDropped int
}

// Dropped reports whether anything in the parameter was left out, so the
// page owes the reader a notice.
func (s Selection) Dropped() bool {
	return len(s.Unknown) > 0 || len(s.Extra) > 0 || s.MoreDropped > 0
}

// ParseCompare reads a compare parameter such as "level-1,country-gb".
// Keys are matched without regard to case or surrounding spaces; empty
// parts and repeats are ignored; keys known() rejects are reported.
func ParseCompare(raw string, known func(key string) bool) Selection {
	var s Selection
	seen := make(map[string]bool)
	parts := strings.SplitN(raw, ",", maxParts+1)
	if len(parts) > maxParts {
		// The unread tail still counts as dropped, so the notice is honest.
		s.MoreDropped += strings.Count(parts[maxParts], ",") + 1
		parts = parts[:maxParts]
	}
	for _, p := range parts {
		key := strings.ToLower(strings.TrimSpace(p))
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		switch {
		case !known(key):
			s.Unknown = appendShown(s.Unknown, shorten(strings.TrimSpace(p)), &s.MoreDropped)
		case len(s.Keys) >= MaxCompare:
			s.Extra = appendShown(s.Extra, key, &s.MoreDropped)
		default:
			s.Keys = append(s.Keys, key)
		}
	}
	return s
}

func appendShown(list []string, key string, more *int) []string {
	if len(list) >= maxShownDrops {
		*more++
		return list
	}
	return append(list, key)
}

// shorten cuts a key for display at a rune boundary, and replaces invalid
// UTF-8 so the notice never shows broken text.
func shorten(key string) string {
	key = strings.ToValidUTF8(key, "\uFFFD")
	if utf8.RuneCountInString(key) <= maxShownKey {
		return key
	}
	r := []rune(key)
	return string(r[:maxShownKey]) + "…"
}

// EncodeCompare writes keys as a compare parameter value.
func EncodeCompare(keys []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k)
	}
	return strings.Join(parts, ",")
}

// Query builds the query string of the salaries page for a comparison and
// a display currency, such as "?compare=level-1,country-gb&currency=GBP";
// empty when there is neither. The comma is left readable: it is allowed
// in a query and makes a shared link easy to read.
func Query(keys []string, currency string) string {
	var parts []string
	if len(keys) > 0 {
		parts = append(parts, CompareParam+"="+EncodeCompare(keys))
	}
	if currency != "" {
		parts = append(parts, CurrencyParam+"="+url.QueryEscape(currency))
	}
	if len(parts) == 0 {
		return ""
	}
	return "?" + strings.Join(parts, "&")
}
