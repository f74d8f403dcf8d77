// Package search finds any fact of the career data from a few typed words.
// It is pure logic with no go-app import, so it is tested and benchmarked
// natively; the UI only renders what it returns.
//
// The index is built once. Every text is split into lowercase words; each
// distinct word is kept once in a vocabulary with the entries it occurs in
// (its postings) and the weight of the field it occurs in. A query word is
// matched against the vocabulary, not against every text: by sahilm/fuzzy,
// only among the words that begin with the same letter, so a keystroke costs
// a few hundred short comparisons however large the data grows.
package search

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// field says where in an entry a word occurs; it sets the word's weight.
type field uint8

const (
	fieldTitle   field = iota // the name shown as the result
	fieldName                 // full names, expansions, other titles, aliases
	fieldContext              // the career an item belongs to
	fieldBody                 // the text of the item
)

var fieldWeight = [...]int{fieldTitle: 5, fieldName: 4, fieldContext: 2, fieldBody: 1}

// entryText is one text of an entry. Shown texts may be quoted as the
// result's snippet, with prefix before them; aliases are found but not shown.
type entryText struct {
	s      string
	field  field
	shown  bool
	alias  bool
	prefix string
}

// entryToken is one word of one of the entry's texts.
type entryToken struct {
	vocab      int32
	text       uint16
	joined     bool
	stop       bool
	start, end int32
}

// entry is one searchable fact. texts[0] is its title and texts[1] its
// subtitle (possibly empty).
type entry struct {
	kind     Kind
	path     string
	anchor   string
	texts    []entryText
	tokens   []entryToken
	titleLen int // letters in the title's words, for the coverage bonus
}

// posting says that a vocabulary word occurs in an entry, with the weight of
// the best field it occurs in.
type posting struct {
	entry  int32
	weight uint8
}

// Index is the searchable form of the data. It is safe for concurrent use.
type Index struct {
	entries  []entry
	vocab    []string
	vocabID  map[string]int32
	postings [][]posting
	// byFirstByte lists the vocabulary words by their first byte: a typed
	// word is only compared with words that start like it.
	byFirstByte [256][]int32

	acronyms  map[string][]int32 // normKey of an acronym -> entries
	titleKeys map[string][]int32 // normKey of a title -> entries
	nameKeys  map[string][]int32 // normKey of a full name or other title -> entries
	aliasKeys map[string][]int32 // normKey of an alias -> entries
	rewrites  map[string][]string
	synonyms  map[string]int // normKey of a word or phrase -> group
	groups    [][][]string   // group -> alternatives -> words
	payGroups []bool         // group -> whether its words ask about pay
	maxPhrase int
	aboutPay  []bool // entry -> whether its title or names speak of pay

	scratch sync.Pool
}

// Len is the number of searchable entries.
func (ix *Index) Len() int { return len(ix.entries) }

// Page is one of the app's own pages, found by its title and names.
type Page struct {
	Path, Title, Detail string
	Names               string // more words that find it, space separated
}

// New builds the index of d and the app's pages.
func New(d *data.Data, pages ...Page) *Index { return build(d, pages, nil) }

// build indexes d, the pages, and a counselor's local entries (local.go).
func build(d *data.Data, pages []Page, local []local.SearchEntry) *Index {
	return Start(d, local, pages...).Index()
}

// Building is an index being built one part at a time, so a browser can
// build it between other work instead of in one long task: each Step
// indexes one part (the careers, the credentials, the glossary, one
// career's items, the pages, a counselor's entries, the finishing tables),
// and Index finishes whatever is left. Either way the index is the same.
type Building struct {
	b     builder
	steps []func()
	ix    *Index
}

// Start prepares the index of d, the app's pages and a counselor's local
// entries (none for the data alone), and builds nothing yet.
func Start(d *data.Data, entries []local.SearchEntry, pages ...Page) *Building {
	ix := &Index{
		vocabID:   make(map[string]int32, 4096),
		acronyms:  make(map[string][]int32),
		titleKeys: make(map[string][]int32),
		nameKeys:  make(map[string][]int32),
		aliasKeys: make(map[string][]int32),
		rewrites:  make(map[string][]string),
		synonyms:  make(map[string]int),
	}
	s := &Building{
		// Room for today's data (22,009 tokens and 16,513 postings) from
		// the start: growing the lists by doubling made a build allocate
		// 4.1 MB instead of 1.9 MB. More data only means the lists grow
		// again.
		b: builder{
			ix:     ix,
			d:      d,
			tokens: make([]entryToken, 0, 24<<10),
			flat:   make([]rawPosting, 0, 18<<10),
		},
	}
	b := &s.b
	s.steps = append(s.steps, b.careers, b.credentials, b.glossary)
	for i := range d.Careers {
		s.steps = append(s.steps, func() { b.careerItems(&d.Careers[i]) })
	}
	s.steps = append(s.steps,
		func() { b.pages(pages) },
		func() { b.local(entries) },
		func() {
			b.finish()
			ix.markPayEntries()
			ix.buildQueryTables(d)
			ix.scratch.New = func() any { return ix.newScratch() }
			s.ix = ix
		},
	)
	return s
}

// Step builds the next part and reports whether the index is complete.
func (s *Building) Step() (done bool) {
	if len(s.steps) > 0 {
		s.steps[0]()
		s.steps = s.steps[1:]
	}
	return len(s.steps) == 0
}

// Index builds what is left and returns the index.
func (s *Building) Index() *Index {
	for !s.Step() {
	}
	return s.ix
}

type builder struct {
	ix *Index
	d  *data.Data
	tz tokenizer

	// Postings and tokens are gathered in flat lists and cut into their
	// per-word and per-entry slices at the end: two allocations instead of
	// thousands of growing slices.
	flat       []rawPosting
	lastOfWord []int32 // per vocabulary word: its last posting in flat, or -1
	tokens     []entryToken
	tokenEnds  []int32 // per entry: the end of its tokens in tokens
}

type rawPosting struct {
	vocab, entry int32
	weight       uint8
}

func title(s string) entryText { return entryText{s: s, field: fieldTitle} }
func name(s string) entryText  { return entryText{s: s, field: fieldName} }
func alias(s string) entryText { return entryText{s: s, field: fieldName, alias: true} }
func body(s string) entryText  { return entryText{s: s, field: fieldBody, shown: true} }
func context(s string) entryText {
	return entryText{s: s, field: fieldContext}
}
func alsoCalled(s string) entryText {
	return entryText{s: s, field: fieldName, shown: true, prefix: "Also called: "}
}

// add indexes one entry. texts[0] is the title, texts[1] the subtitle.
func (b *builder) add(kind Kind, path, anchor string, texts ...entryText) int32 {
	ix := b.ix
	id := int32(len(ix.entries))
	e := entry{kind: kind, path: path, anchor: anchor, texts: texts}
	for ti, t := range texts {
		if t.s == "" {
			continue
		}
		w := fieldWeight[t.field]
		b.tz.run(t.s, func(tok wordToken) {
			v := b.word(tok.word)
			if last := b.lastOfWord[v]; last >= 0 && b.flat[last].entry == id {
				b.flat[last].weight = max(b.flat[last].weight, uint8(w))
			} else {
				b.lastOfWord[v] = int32(len(b.flat))
				b.flat = append(b.flat, rawPosting{vocab: v, entry: id, weight: uint8(w)})
			}
			stop := stopWords[string(tok.word)]
			b.tokens = append(b.tokens, entryToken{vocab: v, text: uint16(ti), joined: tok.joined, stop: stop, start: int32(tok.start), end: int32(tok.end)})
			if ti == 0 && !tok.joined && !stop {
				e.titleLen += len(tok.word)
			}
		})
		// Only titles, names and aliases are matched whole; body texts,
		// most of the data, need no key.
		switch {
		case ti == 0:
			key := normKey(t.s)
			ix.titleKeys[key] = appendOnce(ix.titleKeys[key], id)
		case t.alias:
			key := normKey(t.s)
			ix.aliasKeys[key] = appendOnce(ix.aliasKeys[key], id)
		case t.field == fieldName:
			key := normKey(t.s)
			ix.nameKeys[key] = appendOnce(ix.nameKeys[key], id)
		}
	}
	ix.entries = append(ix.entries, e)
	b.tokenEnds = append(b.tokenEnds, int32(len(b.tokens)))
	return id
}

// finish cuts the flat postings and tokens into their slices.
func (b *builder) finish() {
	ix := b.ix
	starts := make([]int32, len(ix.vocab)+1)
	for _, p := range b.flat {
		starts[p.vocab+1]++
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	all := make([]posting, len(b.flat))
	next := append([]int32(nil), starts...)
	for _, p := range b.flat {
		all[next[p.vocab]] = posting{entry: p.entry, weight: p.weight}
		next[p.vocab]++
	}
	ix.postings = make([][]posting, len(ix.vocab))
	for v := range ix.postings {
		ix.postings[v] = all[starts[v]:starts[v+1]:starts[v+1]]
	}
	tokens := slices.Clip(b.tokens)
	start := int32(0)
	for i, end := range b.tokenEnds {
		ix.entries[i].tokens = tokens[start:end:end]
		start = end
	}
}

func (b *builder) acronym(id int32, s string) {
	if k := normKey(s); k != "" {
		b.ix.acronyms[k] = appendOnce(b.ix.acronyms[k], id)
	}
}

func appendOnce(ids []int32, id int32) []int32 {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// word returns the vocabulary id of w, adding it if new.
func (b *builder) word(wb []byte) int32 {
	ix := b.ix
	if v, ok := ix.vocabID[string(wb)]; ok {
		return v
	}
	w := string(wb)
	v := int32(len(ix.vocab))
	ix.vocab = append(ix.vocab, w)
	ix.vocabID[w] = v
	b.lastOfWord = append(b.lastOfWord, -1)
	ix.byFirstByte[w[0]] = append(ix.byFirstByte[w[0]], v)
	return v
}

func careerPath(slug string) string { return "/careers/" + slug }

func (b *builder) careers() {
	for i := range b.d.Careers {
		c := &b.d.Careers[i]
		texts := []entryText{title(c.Title), {}}
		for _, t := range c.AltTitles {
			texts = append(texts, alsoCalled(t))
		}
		if c.Acronym != "" {
			texts = append(texts, name(c.Acronym))
		}
		texts = append(texts, body(c.Summary))
		id := b.add(KindCareer, careerPath(c.Slug), "", texts...)
		if c.Acronym != "" {
			b.acronym(id, c.Acronym)
		}
	}
}

func (b *builder) credentials() {
	for _, c := range b.d.Credentials {
		id := b.add(KindCredential, "/credentials", c.ID,
			title(c.Abbr), name(c.Name), context(c.Issuer), body(c.Summary), body(c.Eligibility))
		b.acronym(id, c.Abbr)
	}
}

func (b *builder) glossary() {
	for _, t := range b.d.Glossary {
		texts := []entryText{title(t.Term), name(t.Expansion)}
		for _, a := range t.Aliases {
			texts = append(texts, alias(a))
		}
		texts = append(texts, body(t.Definition))
		id := b.add(KindGlossary, "/glossary", data.TermAnchor(t.ID), texts...)
		for _, a := range acronymsOf(t.Term) {
			b.acronym(id, a)
		}
	}
}

// acronymsOf returns the acronyms a glossary term is written as: "DRG
// (MS-DRG)" gives DRG and MS-DRG; "Computer-assisted coding (CAC)" gives CAC.
func acronymsOf(term string) []string {
	var out []string
	head, paren, _ := strings.Cut(term, "(")
	for _, s := range []string{head, strings.TrimSuffix(strings.TrimSpace(paren), ")")} {
		s = strings.TrimSpace(s)
		if s != "" && s == strings.ToUpper(s) && normKey(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// careerItems indexes the sections and items of one career page, each with
// the anchor the page renders for it (see app/ui/career_sections.go).
func (b *builder) careerItems(c *data.Career) {
	d := b.d
	path := careerPath(c.Slug)
	ctx := context(c.Title)
	add := func(kind Kind, anchor string, texts ...entryText) int32 {
		all := append([]entryText{texts[0], ctx}, texts[1:]...)
		return b.add(kind, path, anchor, all...)
	}
	money := func(r data.PayRange) string { return salary.FormatRange(r, salary.Symbol(d, r.Currency)) }

	if k := c.KeyFacts; k != nil {
		add(KindSalary, "fact-median", title(k.Median.Label), body(factText(k.Median)))
		add(KindSalary, "fact-range", title(k.RangeFact.Label), body(money(k.Range)+". "+factText(k.RangeFact)))
		add(KindFact, "fact-growth", title(k.Growth.Label), body(factText(k.Growth)))
		add(KindFact, "fact-openings", title(k.Openings.Label), body(factText(k.Openings)))
	}
	for _, s := range c.Sections() {
		if s.ItemsOnly {
			continue
		}
		texts := []entryText{title(s.Title)}
		if s.Texts != nil {
			for _, t := range s.Texts(c) {
				texts = append(texts, body(t))
			}
		}
		add(KindSection, s.ID, texts...)
	}
	for _, group := range []struct {
		items  []data.Named
		anchor string
	}{{c.TechnicalSkills, data.SectionSkills}, {c.SoftSkills, data.SectionSkills}, {c.Tools, data.SectionTools}} {
		for _, n := range group.items {
			add(KindSkill, group.anchor, title(n.Name), body(n.Detail))
		}
	}
	for i, st := range c.Steps {
		add(KindStep, "step-"+strconv.Itoa(i+1), title(st.Title), body(st.Detail), name("step "+strconv.Itoa(i+1)))
	}
	for _, p := range c.Pathways {
		cost := p.CostUnknown
		if p.Cost != nil {
			cost = money(*p.Cost)
		}
		add(KindPathway, "pathway-"+p.ID, title(p.Name), body(p.Detail),
			body("Time: "+p.MonthsText()+". Cost: "+cost+"."), body(p.EmployerView))
	}
	if c.HasSection(data.SectionPay) {
		if h := c.Pay; h != nil {
			add(KindSalary, data.SectionPay, title(h.Label), body(factText(h.Fact)))
			for _, f := range h.SourcesDiffer {
				add(KindSalary, data.SectionPay, title(f.Label), body(factText(f)))
			}
		}
		for _, p := range c.PayRanges {
			add(KindSalary, "pay-"+p.ID, title(p.Label), body(money(p.Range)+". "+factText(p.Fact)))
		}
		for _, f := range c.OtherFacts {
			add(factKind(f), data.SectionPay, title(f.Label), body(factText(f)))
		}
	}
	for _, l := range c.SalaryByLevel {
		sym := salary.Symbol(d, l.Currency)
		add(KindSalary, data.SectionSalaryByLevel, title(l.Level+" salary"),
			body("Median "+salary.Format(l.Median, sym)+", average "+salary.Format(l.Average, sym)+" a year ("+l.AsOf+")."),
			name("salary by experience level"))
	}
	for _, g := range c.GlobalSalaries {
		place := g.Country
		if strings.HasPrefix(place, "United ") {
			place = "the " + place
		}
		texts := []entryText{title("Salary in " + place), body(countryPayText(d, g))}
		texts = append(texts, name(g.Code))
		for _, n := range countryNames[g.Code] {
			texts = append(texts, name(n))
		}
		add(KindSalary, "country-"+g.Code, texts...)
	}
	for _, f := range c.Outlook {
		add(KindFact, data.SectionOutlook, title(f.Label), body(factText(f)))
	}
	for _, l := range c.CareerPath {
		add(KindLevel, "level-"+strconv.Itoa(l.Rank), title(l.Title),
			body(l.Duties), body(l.ExperienceText()+". Focus areas: "+strings.Join(l.FocusAreas, "; ")+"."),
			name("level "+strconv.Itoa(l.Rank)))
	}
	for _, q := range c.FAQ {
		add(KindFAQ, "faq-"+q.ID, title(q.Question), body(q.Answer))
	}
	for _, p := range c.Pros {
		add(KindProsCons, data.SectionProsCons, entryText{s: p, field: fieldBody}, name("pros"), name("pro"))
	}
	for _, p := range c.Cons {
		add(KindProsCons, data.SectionProsCons, entryText{s: p, field: fieldBody}, name("cons"), name("con"))
	}
}

func (b *builder) pages(pages []Page) {
	for _, p := range pages {
		b.add(KindPage, p.Path, "", title(p.Title), entryText{}, body(p.Detail), alias(p.Names))
	}
}

// factKind files a figure about pay under salaries, and any other figure
// under facts.
func factKind(f data.Fact) Kind {
	l := strings.ToLower(f.Label)
	for _, w := range []string{"pay", "wage", "salary", "earning"} {
		if strings.Contains(l, w) {
			return KindSalary
		}
	}
	return KindFact
}

// factText is a figure as the pages show it: value, period and note.
func factText(f data.Fact) string {
	s := f.Value + " (" + data.AsOfText(f.AsOf) + ")"
	if f.Note != "" {
		s += ". " + f.Note
	}
	return s
}

func countryPayText(d *data.Data, g data.CountryPay) string {
	s := salary.FormatRange(g.Local, salary.Symbol(d, g.Local.Currency)) + " a year"
	switch {
	case g.USD != nil:
		s += ", about " + salary.FormatRange(*g.USD, salary.Symbol(d, "USD")) + " in US dollars"
	case g.NoUSDNote != "":
		s += ". " + g.NoUSDNote
	}
	s += "."
	for _, n := range g.Notes {
		s += " " + n.Name + ": " + n.Detail
	}
	return s
}
