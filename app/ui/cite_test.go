package ui

import "testing"

func TestAsOfText(t *testing.T) {
	for asOf, want := range map[string]string{
		"May 2023":                   "as of May 2023",
		"2022–2032":                  "as of 2022–2032",
		"not stated":                 "date not stated",
		"not stated (2025 guide)":    "date not stated (2025 guide)",
		"not stated in excerpt":      "date not stated in excerpt",
		"note: stated as of Q1 2025": "as of note: stated as of Q1 2025",
	} {
		if got := asOfText(asOf); got != want {
			t.Errorf("asOfText(%q) = %q, want %q", asOf, got, want)
		}
	}
}
