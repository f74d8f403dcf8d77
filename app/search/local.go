package search

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// NewWithLocal builds the index of d and the app's pages with a counselor's
// local pack in it: its entries, from local.Pack.SearchEntries, are found
// like the data's and link to where the app shows them. With no entries it
// is New.
func NewWithLocal(d *data.Data, entries []local.SearchEntry, pages ...Page) *Index {
	return build(d, pages, entries)
}

// localKinds files each kind of local entry under the result group a
// student looks in for it: a program among the education pathways, a pay
// figure among the salaries, a plan step among the steps.
var localKinds = map[local.Kind]Kind{
	local.KindOrganization: KindPage,
	local.KindContact:      KindPage,
	local.KindProgram:      KindPathway,
	local.KindEmployer:     KindFact,
	local.KindPay:          KindSalary,
	local.KindNote:         KindSection,
	local.KindPlanStep:     KindStep,
	local.KindFAQ:          KindFAQ,
}

// local indexes the pack's entries: the title, the place it belongs to as
// the subtitle, the other names it is found by (not shown), and its texts,
// quoted in the snippet.
func (b *builder) local(entries []local.SearchEntry) {
	for _, e := range entries {
		kind, ok := localKinds[e.Kind]
		if !ok {
			kind = KindFact
		}
		texts := []entryText{title(e.Title), context(e.Context)}
		for _, n := range e.Names {
			texts = append(texts, alias(n))
		}
		for _, t := range e.Body {
			texts = append(texts, body(t))
		}
		b.add(kind, e.Path, e.Anchor, texts...)
	}
}
