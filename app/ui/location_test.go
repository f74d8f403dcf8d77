package ui

import (
	"net/url"
	"testing"
)

func TestEscapeStrayPercents(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://h/plan#share=abc", "http://h/plan#share=abc"},
		{"http://h/plan#%zz", "http://h/plan#%25zz"},
		{"http://h/plan#share=%", "http://h/plan#share=%25"},
		{"http://h/plan#a%2", "http://h/plan#a%252"},
		{"http://h/search?q=%41%", "http://h/search?q=%41%25"},
	}
	for _, tt := range tests {
		got := escapeStrayPercents(tt.in)
		if got != tt.want {
			t.Errorf("escapeStrayPercents(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, err := url.Parse(got); err != nil {
			t.Errorf("%q still does not parse: %v", got, err)
		}
	}
}

func FuzzEscapeStrayPercents(f *testing.F) {
	f.Add("http://h/plan#%zz")
	f.Add("http://h/%%%")
	f.Fuzz(func(t *testing.T, s string) {
		u := "http://h/" + escapeStrayPercents(s)
		if _, err := url.Parse(u); err != nil {
			if _, err2 := url.Parse("http://h/"); err2 == nil && validOtherwise(s) {
				t.Fatalf("%q does not parse after repair: %v", u, err)
			}
		}
	})
}

// validOtherwise reports whether s has no bytes url.Parse rejects for
// reasons other than percent escapes (control characters, spaces in a host).
func validOtherwise(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return false
		}
	}
	return true
}
