package store

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// partNameRule is the rule partName checks, as the regexp it replaced.
var partNameRule = regexp.MustCompile(`^[a-z][a-z0-9-]{0,39}$`)

func TestPartNameFollowsTheRule(t *testing.T) {
	cases := []string{"", "a", "jobkit", "job-kit-2", "2kit", "-kit", "Kit", "kit_", "kit.", "kit ", "é",
		"a" + strings.Repeat("b", 39), "a" + strings.Repeat("b", 40), "a\n", "a-", "z9"}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "az09-_A.é\x00"
	for range 5000 {
		var b strings.Builder
		for range r.IntN(44) {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, name := range cases {
		if got, want := partName(name), partNameRule.MatchString(name); got != want {
			t.Errorf("partName(%q) = %v, the rule says %v", name, got, want)
		}
	}
}
