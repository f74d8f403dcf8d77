package careers

import (
	"sort"
	"strings"
)

// Result is the index after a choice: the careers that fit, in the chosen
// order, and the ones left out, kept apart by why.
type Result struct {
	Shown []Card
	// Unfit are careers whose figures are known and fall outside the
	// choice.
	Unfit []Card
	// Unknown are careers a filter cannot place, because the data lacks
	// what it asks about; they are not said not to fit.
	Unknown []Missing
}

// Missing is a career left out because the data does not give what a
// filter needs.
type Missing struct {
	Card Card
	// Lacks names what is missing, as "time to qualify".
	Lacks []string
}

// What each filter needs, named to follow "no" in a sentence.
const (
	LacksTime   = "time to qualify"
	LacksDegree = "typical entry-level education"
	LacksPay    = "yearly pay figure in U.S. dollars"
)

// Apply filters and sorts the cards for a choice. A career fits the time
// filter when its quickest route takes at most that long; the pay filter
// when its headline yearly pay is at least the floor. Careers left out keep
// the data's order.
func Apply(cards []Card, c Choice) Result {
	var r Result
	months, floor := c.TimeMonths(), c.PayFloor()
	for _, card := range cards {
		var lacks []string
		fits := true
		if months > 0 {
			if m, ok := card.QuickestMonths(); !ok {
				lacks = append(lacks, LacksTime)
			} else if m > months {
				fits = false
			}
		}
		if c.Degree != "" {
			switch card.Degree.Need {
			case NeedNotStated:
				lacks = append(lacks, LacksDegree)
			case NeedNoDegree:
				fits = fits && c.Degree == DegreeNo
			case NeedDegree:
				fits = fits && c.Degree == DegreeYes
			}
		}
		if floor > 0 {
			if pay, ok := card.AnnualUSD(); !ok {
				lacks = append(lacks, LacksPay)
			} else if pay < floor {
				fits = false
			}
		}
		switch {
		case !fits:
			// A known mismatch says more than what is unknown.
			r.Unfit = append(r.Unfit, card)
		case len(lacks) > 0:
			r.Unknown = append(r.Unknown, Missing{Card: card, Lacks: lacks})
		default:
			r.Shown = append(r.Shown, card)
		}
	}
	Sort(r.Shown, c.Sort)
	return r
}

// Sort orders cards in place: by the data's order (the main career first),
// by name, by pay (highest first) or by time to qualify (quickest first).
// Careers without the figure sorted on come last, in the data's order.
func Sort(cards []Card, by string) {
	sort.SliceStable(cards, func(i, j int) bool {
		a, b := cards[i], cards[j]
		switch by {
		case SortName:
			return strings.ToLower(a.Career.Title) < strings.ToLower(b.Career.Title)
		case SortPay:
			pa, okA := a.AnnualUSD()
			pb, okB := b.AnnualUSD()
			if okA != okB {
				return okA
			}
			if okA && pa != pb {
				return pa > pb
			}
		case SortTime:
			ma, okA := a.QuickestMonths()
			mb, okB := b.QuickestMonths()
			if okA != okB {
				return okA
			}
			if okA && ma != mb {
				return ma < mb
			}
		}
		return a.Order < b.Order
	})
}
