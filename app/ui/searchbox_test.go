package ui

import (
	"net/url"
	"testing"
)

func TestSameAddress(t *testing.T) {
	for _, c := range []struct {
		address, target string
		want            bool
	}{
		{"http://h/search?q=coding", "/search?q=coding", true},
		{"http://h/search?q=medical+coder", "/search?q=medical+coder", true},
		{"http://h/search?q=medical%20coder", "/search?q=medical+coder", true},
		{"http://h/search?q=rhit", "/search?q=coding", false},
		{"http://h/careers/x#pay", "/careers/x#pay", true},
		{"http://h/careers/x", "/careers/x#pay", false},
		{"http://h/coach/salaries", "/coach/salaries", true},
		{"http://h/salaries", "/coach/salaries", false},
	} {
		u, err := url.Parse(c.address)
		if err != nil {
			t.Fatal(err)
		}
		if got := sameAddress(u, c.target); got != c.want {
			t.Errorf("sameAddress(%s, %s) = %v, want %v", c.address, c.target, got, c.want)
		}
	}
}
