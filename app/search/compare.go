package search

import (
	"slices"
	"strings"
)

// comparedSides splits a comparison such as "rhit vs rhia" into what is
// compared, or returns nil when the query compares nothing.
func comparedSides(q string) []string {
	var sides []string
	var side []string
	found := false
	for _, w := range strings.Fields(q) {
		switch strings.ToLower(w) {
		case "vs", "vs.", "versus":
			found = true
			if len(side) > 0 {
				sides = append(sides, strings.Join(side, " "))
				side = side[:0]
			}
			continue
		}
		side = append(side, w)
	}
	if len(side) > 0 {
		sides = append(sides, strings.Join(side, " "))
	}
	if !found || len(sides) < 2 {
		return nil
	}
	// Each side is a search of its own; the words of any further sides
	// still count in the search for everything.
	return sides[:min(len(sides), maxSides)]
}

// maxSides bounds the searches one comparison costs.
const maxSides = 4

// compare answers a comparison. Someone who types "rhit vs rhia" wants
// both: the best entry for each side comes first, then the entries that
// mention every side, then the rest of each side's results in turn. Every
// entry that matches a side counts in the total.
func (ix *Index) compare(q string, trimmed bool, sides []string, limit int) Response {
	matches := make(map[int32]bool)
	each := make([]Response, len(sides))
	for i, side := range sides {
		each[i] = ix.search(side, false, limit, matches, false)
	}
	both := ix.search(q, trimmed, limit, nil, false)

	resp := Response{Query: q, Trimmed: trimmed, Total: len(matches)}
	shown := make(map[int32]bool)
	add := func(r Result) {
		if !shown[r.entry] && (limit <= 0 || len(resp.Results) < limit) {
			shown[r.entry] = true
			resp.Results = append(resp.Results, r)
		}
	}
	for _, r := range each {
		if len(r.Results) > 0 {
			add(r.Results[0])
		}
	}
	for _, r := range both.Results {
		add(r)
	}
	for i := 1; ; i++ {
		more := false
		for _, r := range each {
			if i < len(r.Results) {
				add(r.Results[i])
				more = true
			}
		}
		if !more {
			break
		}
	}
	if resp.Total == 0 {
		for _, r := range each {
			for _, w := range r.Unmatched {
				if !slices.Contains(resp.Unmatched, w) {
					resp.Unmatched = append(resp.Unmatched, w)
				}
			}
		}
	}
	return resp
}
