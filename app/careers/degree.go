package careers

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Need says whether a career needs a degree, as far as the data says.
type Need int

const (
	// NeedNotStated: the data gives no typical entry-level education.
	NeedNotStated Need = iota
	// NeedNoDegree: the typical way in is a certificate, a diploma or a
	// high school education, or at least one of the typical ways is.
	NeedNoDegree
	// NeedDegree: every typical way in is a degree.
	NeedDegree
)

// Words are the answer as the index and comparison show it.
func (n Need) Words() string {
	switch n {
	case NeedNoDegree:
		return "No degree needed"
	case NeedDegree:
		return "A degree needed"
	}
	return "Not stated"
}

// Degree is the answer to "do I need a degree?" with the cited fact it
// comes from.
type Degree struct {
	Need Need
	// Fact is the career's typical entry-level education as its source
	// gives it; nil when the data has none.
	Fact *data.Fact
}

// entryEducationLabel starts the label of the fact that gives a career's
// typical entry-level education, as the BLS names the category.
const entryEducationLabel = "typical entry-level education"

// DegreeOf reads whether a career needs a degree from its cited typical
// entry-level education, and from nothing else: a career without that fact
// is "not stated". The value is one of the BLS's education categories, or
// two of them joined by "or"; where any of them is not a degree
// ("Postsecondary nondegree award", "High school diploma or equivalent"),
// there is a way in without one.
func DegreeOf(c *data.Career) Degree {
	for i := range c.OtherFacts {
		f := &c.OtherFacts[i]
		if !strings.HasPrefix(strings.ToLower(f.Label), entryEducationLabel) {
			continue
		}
		return Degree{Need: needOf(f.Value), Fact: f}
	}
	return Degree{}
}

func needOf(value string) Need {
	v := strings.ToLower(value)
	switch {
	case strings.Contains(v, "nondegree"), strings.Contains(v, "non-degree"),
		strings.Contains(v, "high school"), strings.Contains(v, "no formal"):
		return NeedNoDegree
	case strings.Contains(v, "degree"):
		return NeedDegree
	}
	return NeedNotStated
}
