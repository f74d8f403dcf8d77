package ui

import (
	"strings"
	"testing"
)

func TestCountsComeFromTheData(t *testing.T) {
	c := *appData().Main()
	if got := countryCount(&c); got != countWord(len(c.GlobalSalaries))+" countries" {
		t.Errorf("countryCount = %q", got)
	}
	c.GlobalSalaries = c.GlobalSalaries[:2]
	c.Steps = c.Steps[:1]
	c.CareerPath = append(c.CareerPath, c.CareerPath...)
	for got, want := range map[string]string{
		countryCount(&c): "two countries",
		stepCount(&c):    "one step",
		levelCount(&c):   countWord(2*len(appData().Main().CareerPath)) + " levels",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if countWord(13) != "13" || countWord(0) != "no" {
		t.Errorf("countWord(13), countWord(0) = %q, %q", countWord(13), countWord(0))
	}
}

// The pages say the counts the data gives, not numbers typed into them.
func TestPagesCountWhatTheDataHolds(t *testing.T) {
	hit := appData().Main()
	for path, want := range map[string][]string{
		"/":         {countryCount(hit), stepCount(hit) + " in", strings.Replace(levelCount(hit), " levels", "-level", 1)},
		"/salaries": {"in " + countryCount(hit), "each of the " + levelCount(hit)},
		"/plan":     {"The " + stepCount(hit) + " to become one"},
	} {
		html := render(t, path)
		for _, w := range want {
			if !strings.Contains(html, w) {
				t.Errorf("%s does not say %q", path, w)
			}
		}
	}
}
