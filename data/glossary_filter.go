package data

import "strings"

// Matches reports whether the term is one a reader filtering the glossary
// for q means: q, ignoring case, is in its name, its expansion or one of
// its aliases. An empty q matches every term.
func (t *Term) Matches(q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for _, s := range append([]string{t.Term, t.Expansion}, t.Aliases...) {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}

// Initial is the letter the glossary files the term under: the first
// letter of its name, as a capital.
func (t *Term) Initial() string {
	for _, r := range strings.ToUpper(t.Term) {
		if r >= 'A' && r <= 'Z' {
			return string(r)
		}
	}
	return "#"
}
