// Package careers is the logic of the careers index and the side-by-side
// comparison: what each career's card says, the filters and sorts a student
// picks, the address that keeps the choice, and which pay figures are not
// alike. It imports no go-app, so it is tested natively; app/ui draws what
// it returns.
package careers

import (
	"sort"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// NotInSources is what a card or the comparison says where the data holds
// no answer: nothing is guessed in its place.
const NotInSources = "Not in this app's sources"

// Card is what the index and the comparison show of one career. Every
// figure on it is a cited one from the data, or missing.
type Card struct {
	Career *data.Career
	// Line is what the job is, in one sentence: the first of the summary.
	Line string
	// Pay is the career's headline pay; nil when the data has none, and
	// then PayMissing says why in one sentence.
	Pay        *data.Headline
	PayMissing string
	// Routes are the education and training routes into the career, the
	// quickest first; none when the data gives no time to qualify.
	Routes []data.Pathway
	// Credential is the main credential, the first the career lists; nil
	// when it lists none.
	Credential *data.Credential
	// Outlook is the headline growth figure; nil when there is none.
	Outlook *data.Fact
	Degree  Degree
	// Order is the career's place in the data, where the main career comes
	// first: the index's default order.
	Order int
}

// Cards are the cards of every career, in the data's order.
func Cards(d *data.Data) []Card {
	cards := make([]Card, len(d.Careers))
	for i := range d.Careers {
		cards[i] = NewCard(d, &d.Careers[i], i)
	}
	return cards
}

// CardOf is the card of the career with the slug; ok is false when there is
// no such career.
func CardOf(d *data.Data, slug string) (Card, bool) {
	for i := range d.Careers {
		if d.Careers[i].Slug == slug {
			return NewCard(d, &d.Careers[i], i), true
		}
	}
	return Card{}, false
}

// NewCard reads one career's card from the data.
func NewCard(d *data.Data, c *data.Career, order int) Card {
	card := Card{Career: c, Line: FirstSentence(c.Summary), Pay: c.Pay, Degree: DegreeOf(c), Order: order}
	if c.Pay == nil {
		card.PayMissing = NotInSources + "."
		if c.PayUnknown != "" {
			card.PayMissing = FirstSentence(c.PayUnknown)
		}
	}
	card.Routes = append([]data.Pathway(nil), c.Pathways...)
	sort.SliceStable(card.Routes, func(i, j int) bool {
		a, b := card.Routes[i], card.Routes[j]
		if a.MonthsMax != b.MonthsMax {
			return a.MonthsMax < b.MonthsMax
		}
		return a.MonthsMin < b.MonthsMin
	})
	if len(c.Credentials) > 0 {
		card.Credential = d.Credential(c.Credentials[0])
	}
	card.Outlook = HeadlineGrowth(c)
	return card
}

// Slug is the career's slug.
func (c Card) Slug() string { return c.Career.Slug }

// AnnualUSD is the headline pay as a yearly amount in US dollars, for the
// pay filter and sort; ok is false when the figure is not one.
func (c Card) AnnualUSD() (amount int64, ok bool) {
	if c.Pay == nil || c.Pay.Annual == nil || c.Pay.Annual.Currency != "USD" {
		return 0, false
	}
	return c.Pay.Annual.Amount, true
}

// QuickestMonths is the longest the quickest route takes, in months; ok is
// false when the data gives no route.
func (c Card) QuickestMonths() (months int, ok bool) {
	if len(c.Routes) == 0 {
		return 0, false
	}
	return c.Routes[0].MonthsMax, true
}

// HeadlineGrowth is a career's main growth figure: its key facts' growth
// where it has key facts, otherwise the first outlook figure that is a
// growth figure, as the data lists its most trusted first. Nil when there
// is none.
func HeadlineGrowth(c *data.Career) *data.Fact {
	if c.KeyFacts != nil && c.KeyFacts.Growth.Value != "" {
		return &c.KeyFacts.Growth
	}
	for i := range c.Outlook {
		if strings.Contains(strings.ToLower(c.Outlook[i].Label), "growth") {
			return &c.Outlook[i]
		}
	}
	return nil
}

// FirstSentence is the first sentence of a text. A full stop ends a
// sentence only after a lower-case letter, a digit or a bracket and before
// a space or the end, so "U.S. statistics" is not cut after "U.S.".
func FirstSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := 1; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		if i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		if p := s[i-1]; 'a' <= p && p <= 'z' || '0' <= p && p <= '9' || p == ')' {
			return s[:i+1]
		}
	}
	return s
}
