package ui

import "testing"

func TestSentence(t *testing.T) {
	tests := map[string]string{
		"U.S. BLS Occupational Outlook Handbook 2012-13 ed.": "U.S. BLS Occupational Outlook Handbook 2012-13 ed.",
		"AAPC":                 "AAPC.",
		"updated 2026-01-09":   "updated 2026-01-09.",
		"Is it still current?": "Is it still current?",
	}
	for in, want := range tests {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
