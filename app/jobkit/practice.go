package jobkit

import "slices"

// PracticeOrder orders interview questions for a practice round: the
// weakest first. An unrated question comes before any rated one, since it
// has not been tried; then the lower the rating, the sooner. Questions
// rated alike keep the order they are given in.
func PracticeOrder(ids []string, ratings map[string]int) []string {
	out := slices.Clone(ids)
	slices.SortStableFunc(out, func(a, b string) int { return ratings[a] - ratings[b] })
	return out
}
