package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/data"
	"github.com/sahilm/fuzzy"
)

// maxTerms bounds the words of a query that are matched; the rest of a
// 200-character query is still shown but cannot narrow the results further.
const maxTerms = 24

// Score bonuses for hits on the whole query. An exact acronym outranks
// everything, then an exact title, then an exact full name or alias.
const (
	bonusAcronym  = 10000
	bonusTitle    = 4000
	bonusName     = 3000
	bonusAlias    = 2000 // a spelling or related term, not a name of the entry
	bonusCoverage = 150  // times the share of the title the query covers
)

// alternative is one way a query word may appear: as typed, where prefixes
// and dropped letters are accepted, or a synonym or correction, which must
// appear as whole words.
type alternative struct {
	words []string
	loose bool
}

// term is one word (or compound, or known phrase) of the query. An entry
// matches the query when it matches every term, through any alternative.
type term struct {
	typed string
	alts  []alternative
	// group is the synonym group the term belongs to, or -1.
	group int
	// aboutPay says the term asks about pay ("earn", "starting"): entries
	// whose names speak of pay rank above others that hold the word.
	aboutPay bool
}

func (ix *Index) buildQueryTables(d *data.Data) {
	for gi, group := range synonymGroups {
		var alts [][]string
		for _, p := range group {
			key := normKey(p)
			words := strings.Fields(key)
			ix.synonyms[key] = gi
			alts = append(alts, words)
			ix.maxPhrase = max(ix.maxPhrase, len(words))
		}
		ix.groups = append(ix.groups, alts)
	}
	ix.payGroups = make([]bool, len(ix.groups))
	for _, p := range payQuestions {
		if g, ok := ix.synonyms[normKey(p)]; ok {
			ix.payGroups[g] = true
		}
	}
	for from, to := range misspellings {
		ix.rewrites[normKey(from)] = strings.Fields(normKey(to))
	}
	// A glossary alias of an acronym, such as "hippa" for HIPAA or "icd10"
	// for ICD-10-CM, also finds every text that uses the acronym itself.
	for _, t := range d.Glossary {
		acr := acronymsOf(t.Term)
		if len(acr) == 0 {
			continue
		}
		canonical := normKey(acr[0])
		for _, a := range t.Aliases {
			k := normKey(a)
			if k == "" || k == canonical || strings.Contains(k, " ") {
				continue
			}
			if _, taken := ix.rewrites[k]; !taken {
				ix.rewrites[k] = strings.Fields(canonical)
			}
		}
	}
}

// queryUnit is a word of the query, or a compound such as "icd-10" with its
// parts.
type queryUnit struct {
	parts  []string
	joined string
}

func (u queryUnit) key() string {
	if u.joined != "" {
		return u.joined
	}
	return u.parts[0]
}

// parse turns a cleaned query into terms.
func (ix *Index) parse(q string) []term {
	var units []queryUnit
	tokenize(q, func(t wordToken) {
		if !t.joined {
			units = append(units, queryUnit{parts: []string{string(t.word)}})
			return
		}
		n := min(t.parts, len(units))
		first := len(units) - n
		u := queryUnit{joined: string(t.word)}
		for _, p := range units[first:] {
			u.parts = append(u.parts, p.parts...)
		}
		units = append(units[:first], u)
	})
	// Known phrases come first, before stop words go: "how much" is a
	// question about pay, though both its words are dropped on their own.
	type piece struct {
		phrase term
		n      int // units the phrase spans; 0 for a single unit
		unit   queryUnit
	}
	pieces := make([]piece, 0, len(units))
	for i := 0; i < len(units); {
		if t, n := ix.phraseTerm(units[i:]); n > 0 {
			pieces = append(pieces, piece{phrase: t, n: n})
			i += n
			continue
		}
		pieces = append(pieces, piece{unit: units[i]})
		i++
	}
	// Drop stop words, unless nothing else is left.
	kept := pieces[:0:0]
	for _, p := range pieces {
		if p.n > 0 || p.unit.joined != "" || !(stopWords[p.unit.parts[0]] || questionWords[p.unit.parts[0]]) {
			kept = append(kept, p)
		}
	}
	if len(kept) > 0 {
		pieces = kept
	}

	var terms []term
	for _, p := range pieces {
		if len(terms) == maxTerms {
			break
		}
		t := p.phrase
		if p.n == 0 {
			t = ix.unitTerm(p.unit)
		}
		// Two words of one synonym group ask for the same thing: "how
		// much do they make" is one question about pay.
		if !slices.ContainsFunc(terms, func(o term) bool {
			return o.typed == t.typed || (t.group >= 0 && o.group == t.group)
		}) {
			terms = append(terms, t)
		}
	}
	return terms
}

// phraseTerm recognises a known phrase of several words at the start of
// units, such as "united kingdom", and returns it as one term.
func (ix *Index) phraseTerm(units []queryUnit) (term, int) {
	for n := min(ix.maxPhrase, len(units)); n >= 2; n-- {
		words := make([]string, 0, n)
		for _, u := range units[:n] {
			if u.joined != "" {
				break
			}
			words = append(words, u.parts[0])
		}
		if len(words) < n {
			continue
		}
		key := strings.Join(words, " ")
		if g, ok := ix.synonyms[key]; ok {
			t := term{typed: key, alts: []alternative{{words: words, loose: true}}, group: -1}
			ix.addGroup(&t, g, key)
			return t, n
		}
	}
	return term{}, 0
}

func (ix *Index) unitTerm(u queryUnit) term {
	key := u.key()
	t := term{typed: key, group: -1}
	t.alts = append(t.alts, alternative{words: []string{key}, loose: true})
	if u.joined != "" {
		// The parts as whole words find the compound written with spaces.
		t.alts = append(t.alts, alternative{words: u.parts})
	}
	if g, ok := ix.synonyms[key]; ok {
		ix.addGroup(&t, g, key)
	}
	if to, ok := ix.rewrites[key]; ok {
		t.alts = append(t.alts, alternative{words: to})
		if g, ok := ix.synonyms[strings.Join(to, " ")]; ok {
			ix.addGroup(&t, g, key)
		}
	}
	// Plurals find singulars: "salaries" finds "salary".
	if n := len(key); n > 4 && strings.HasSuffix(key, "ies") {
		t.alts = append(t.alts, alternative{words: []string{key[:n-3] + "y"}})
	} else if n > 3 && key[n-1] == 's' && key[n-2] != 's' {
		t.alts = append(t.alts, alternative{words: []string{key[:n-1]}})
	}
	return t
}

func (ix *Index) addGroup(t *term, g int, typed string) {
	if t.group < 0 {
		t.group = g
	}
	t.aboutPay = t.aboutPay || ix.payGroups[g]
	for _, words := range ix.groups[g] {
		if strings.Join(words, " ") != typed {
			t.alts = append(t.alts, alternative{words: words})
		}
	}
}

// scratch holds the per-query buffers, reused so a query does not allocate
// per entry or per vocabulary word.
type scratch struct {
	total    []int32  // per entry: summed scores of the terms it matched
	mask     []uint32 // per entry: the terms it matched, one bit each
	termBest []uint16 // per entry: best score of the current term
	altBest  []uint16 // per entry: score of the current multi-word alternative
	wordBest []uint16 // per entry: score of the current word
	hitGen   []uint32 // per vocabulary word: gen when hit by this query
	hitAt    []int32  // per vocabulary word: index into hits
	gen      uint32
	hits     []wordHit
	order    []int32
	top      []int32
	cand     []int32 // vocabulary words worth giving to fuzzy
	term     int     // the term being matched
	allTerms uint32  // one bit per term of the query
}

// wordHit is a vocabulary word that a query word matched, with the matched
// byte offsets (from fuzzy's MatchedIndexes), or a matched prefix length.
type wordHit struct {
	vocab     int32
	prefixLen int32
	idx       []int
	terms     uint32 // the terms that hit the word, one bit each
}

func (ix *Index) newScratch() *scratch {
	n, v := len(ix.entries), len(ix.vocab)
	return &scratch{
		total:    make([]int32, n),
		mask:     make([]uint32, n),
		termBest: make([]uint16, n),
		altBest:  make([]uint16, n),
		wordBest: make([]uint16, n),
		hitGen:   make([]uint32, v),
		hitAt:    make([]int32, v),
		order:    make([]int32, 0, n),
	}
}

// Response is the outcome of a search.
type Response struct {
	// Query is what was searched for: the query cleaned of invalid text and
	// cut to MaxQueryRunes.
	Query string
	// Trimmed says the query was longer than MaxQueryRunes and was cut.
	Trimmed bool
	// Results are the best matches, best first.
	Results []Result
	// Total counts every match, including those beyond the limit.
	Total int
	// Closest are, when no entry holds every word of the query (Total is
	// 0), the closest matches instead: the entries that hold the most of
	// its words, best first, at most the limit, each listing the words it
	// holds in Matched and those it lacks in Missing. A page shows them
	// under "Closest matches". Nil when there are full matches, and when no
	// word matches anything.
	Closest []Result
	// ClosestTotal counts every entry that holds any of the words, when
	// Closest is listed.
	ClosestTotal int
	// Unmatched lists the query words that no entry matches at all, so an
	// empty result, or a list of closest matches, can say which word to
	// change.
	Unmatched []string
}

// Search finds the entries that match every word of query, best first, and
// returns at most limit of them (all of them when limit <= 0). When none
// holds every word, it lists the closest matches (Response.Closest) apart.
// Any input is accepted.
func (ix *Index) Search(query string, limit int) Response {
	q, trimmed := cleanQuery(query)
	if sides := comparedSides(q); len(sides) > 1 {
		return ix.compare(q, trimmed, sides, limit)
	}
	return ix.search(q, trimmed, limit, nil, true)
}

// closestStep outweighs any score the words themselves give, so a closest
// match that holds more of the query's words always ranks first.
const closestStep = 1 << 16

// search is Search for a cleaned query. When matches is not nil, every
// matching entry is added to it. closest allows closest matches when
// nothing holds every word.
func (ix *Index) search(q string, trimmed bool, limit int, matches map[int32]bool, closest bool) Response {
	resp := Response{Query: q, Trimmed: trimmed}
	terms := ix.parse(q)
	if len(terms) == 0 {
		return resp
	}
	s := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(s)
	s.gen++
	if s.gen == 0 { // wrapped: forget every old mark
		clear(s.hitGen)
		s.gen = 1
	}
	s.hits = s.hits[:0]
	clear(s.total)
	clear(s.mask)

	s.allTerms = 1<<len(terms) - 1
	wantsPay := false
	for ti, t := range terms {
		wantsPay = wantsPay || t.aboutPay
		s.term = ti
		clear(s.termBest)
		for _, a := range t.alts {
			if len(a.words) == 1 {
				ix.matchWord(s, a.words[0], a.loose, s.termBest)
				continue
			}
			clear(s.altBest)
			ix.matchWord(s, a.words[0], a.loose, s.altBest)
			for _, w := range a.words[1:] {
				clear(s.wordBest)
				ix.matchWord(s, w, a.loose, s.wordBest)
				for e, sc := range s.wordBest {
					s.altBest[e] = min(s.altBest[e], sc)
				}
			}
			for e, sc := range s.altBest {
				s.termBest[e] = max(s.termBest[e], sc)
			}
		}
		bit := uint32(1) << ti
		matched := false
		for e, sc := range s.termBest {
			if sc > 0 {
				matched = true
				s.mask[e] |= bit
				s.total[e] += int32(sc)
			}
		}
		if !matched {
			resp.Unmatched = append(resp.Unmatched, t.typed)
		}
	}

	key := normKey(q)
	bonus := func(ids []int32, b int32) {
		for _, e := range ids {
			s.total[e] += b
			s.mask[e] = s.allTerms
		}
	}
	bonus(ix.acronyms[key], bonusAcronym)
	bonus(ix.titleKeys[key], bonusTitle)
	bonus(ix.nameKeys[key], bonusName)
	bonus(ix.aliasKeys[key], bonusAlias)

	s.order = s.order[:0]
	for e, m := range s.mask {
		if m == s.allTerms {
			s.total[e] += ix.coverage(s, int32(e)) + ix.topicBonus(wantsPay, int32(e))
			s.order = append(s.order, int32(e))
		}
	}
	if matches != nil {
		for _, e := range s.order {
			matches[e] = true
		}
	}
	resp.Total = len(s.order)
	if resp.Total > 0 {
		resp.Unmatched = nil
	} else if closest && len(terms) > 1 {
		for e, m := range s.mask {
			if m != 0 {
				held := int32(bits.OnesCount32(m))
				s.total[e] = held*closestStep + s.total[e] + ix.coverage(s, int32(e)) + ix.topicBonus(wantsPay, int32(e))
				s.order = append(s.order, int32(e))
			}
		}
		resp.ClosestTotal = len(s.order)
		if resp.ClosestTotal == 0 {
			return resp
		}
		top := ix.best(s, limit)
		resp.Closest = make([]Result, len(top))
		for i, e := range top {
			resp.Closest[i] = ix.result(s, e, int(s.total[e]))
			resp.Closest[i].Matched, resp.Closest[i].Missing = termsHeld(terms, s.mask[e])
		}
		return resp
	}
	top := ix.best(s, limit)
	resp.Results = make([]Result, len(top))
	for i, e := range top {
		resp.Results[i] = ix.result(s, e, int(s.total[e]))
	}
	return resp
}

// topicBonus lifts an entry about pay for a query about pay.
func (ix *Index) topicBonus(wantsPay bool, e int32) int32 {
	if wantsPay && ix.aboutPay[e] {
		return bonusPayTopic
	}
	return 0
}

// termsHeld splits the query's words, as typed, into those an entry holds
// (by the mask of its terms) and those it lacks.
func termsHeld(terms []term, mask uint32) (held, missing []string) {
	for i, t := range terms {
		if mask&(1<<i) != 0 {
			held = append(held, t.typed)
		} else {
			missing = append(missing, t.typed)
		}
	}
	return held, missing
}

// rankBefore orders entries by score, then kind, then index.
func (ix *Index) rankBefore(s *scratch, a, b int32) bool {
	if s.total[a] != s.total[b] {
		return s.total[a] > s.total[b]
	}
	if ka, kb := ix.entries[a].kind, ix.entries[b].kind; ka != kb {
		return ka < kb
	}
	return a < b
}

// best returns the limit best entries of s.order in rank order. A short
// list is kept by insertion, since a keystroke needs only the first few of
// possibly hundreds of matches.
func (ix *Index) best(s *scratch, limit int) []int32 {
	if limit <= 0 || limit >= len(s.order) || limit > 32 {
		slices.SortFunc(s.order, func(a, b int32) int {
			if ix.rankBefore(s, a, b) {
				return -1
			}
			return 1
		})
		if limit > 0 && limit < len(s.order) {
			return s.order[:limit]
		}
		return s.order
	}
	top := s.order[:0:0]
	if cap(s.top) >= limit+1 {
		top = s.top[:0]
	}
	for _, e := range s.order {
		if len(top) == limit && !ix.rankBefore(s, e, top[limit-1]) {
			continue
		}
		i := len(top)
		if i < limit {
			top = append(top, e)
		} else {
			i--
		}
		for ; i > 0 && ix.rankBefore(s, e, top[i-1]); i-- {
			top[i] = top[i-1]
		}
		top[i] = e
	}
	s.top = top
	return top
}

// matchWord scores every entry containing a vocabulary word that w matches,
// keeping in best the highest score per entry. A loose word matches as typed
// (exactly, as a prefix, or with dropped letters); a strict one matches only
// whole words.
func (ix *Index) matchWord(s *scratch, w string, loose bool, best []uint16) {
	if w == "" {
		return
	}
	apply := func(v int32, quality int) {
		for _, p := range ix.postings[v] {
			if sc := uint16(quality * int(p.weight)); sc > best[p.entry] {
				best[p.entry] = sc
			}
		}
	}
	if !loose {
		if v, ok := ix.vocabID[w]; ok {
			s.hit(v, int32(len(w)), nil)
			apply(v, qualityExact)
		}
		return
	}
	bucket := ix.byFirstByte[w[0]]
	if utf8.RuneCountInString(w) <= 2 {
		// One or two letters: only whole words and prefixes make sense.
		for _, v := range bucket {
			word := ix.vocab[v]
			if strings.HasPrefix(word, w) {
				s.hit(v, int32(len(w)), nil)
				apply(v, prefixQuality(w, word))
			}
		}
		return
	}
	// A word can only match if it is long enough and holds the typed second
	// letter near its start; the rest go to fuzzy, cut to the stretch a
	// compact match may span.
	span := len(w) + allowedSkips(len(w))
	cand := s.cand[:0]
	for _, v := range bucket {
		word := ix.vocab[v]
		if len(word) < len(w) || strings.IndexByte(word[1:min(len(word), 2+allowedSkips(len(w)))], w[1]) < 0 {
			continue
		}
		cand = append(cand, v)
	}
	s.cand = cand
	for _, m := range fuzzy.FindFromNoSort(w, vocabSource{ix.vocab, cand, span}) {
		v := cand[m.Index]
		q := wordQuality(w, ix.vocab[v], m.MatchedIndexes)
		if q == 0 {
			continue
		}
		if q >= qualityPrefix {
			s.hit(v, int32(len(w)), nil)
		} else {
			s.hit(v, 0, m.MatchedIndexes)
		}
		apply(v, q)
	}
}

func (s *scratch) hit(v int32, prefixLen int32, idx []int) {
	bit := uint32(1) << s.term
	if s.hitGen[v] == s.gen {
		h := &s.hits[s.hitAt[v]]
		h.terms |= bit
		if h.idx == nil && idx == nil {
			h.prefixLen = max(h.prefixLen, prefixLen)
		}
		return
	}
	s.hitGen[v] = s.gen
	s.hitAt[v] = int32(len(s.hits))
	s.hits = append(s.hits, wordHit{vocab: v, prefixLen: prefixLen, idx: idx, terms: bit})
}

// vocabSource presents candidate vocabulary words to fuzzy, each cut to
// at most span bytes (at a rune boundary), since a match must lie there.
type vocabSource struct {
	vocab []string
	ids   []int32
	span  int
}

func (v vocabSource) String(i int) string {
	w := v.vocab[v.ids[i]]
	if len(w) <= v.span {
		return w
	}
	end := v.span
	for end > 0 && !utf8.RuneStart(w[end]) {
		end--
	}
	return w[:end]
}
func (v vocabSource) Len() int { return len(v.ids) }

// Word match qualities, before the field weight multiplies them.
const (
	qualityExact  = 100
	qualityPrefix = 60 // up to 90 as the prefix nears the whole word
	qualityFuzzy  = 30 // up to 50
)

func prefixQuality(typed, word string) int {
	if typed == word {
		return qualityExact
	}
	return qualityPrefix + 30*len(typed)/len(word)
}

// wordQuality rates how well typed matches word, given the byte offsets
// fuzzy matched. Beyond exact words and prefixes it accepts only a compact
// match from the word's start with a few letters left out, as in "medicl"
// for "medical"; fuzzy alone would accept letters scattered anywhere.
func wordQuality(typed, word string, idx []int) int {
	if strings.HasPrefix(word, typed) {
		return prefixQuality(typed, word)
	}
	if len(idx) == 0 || idx[0] != 0 {
		return 0
	}
	last := idx[len(idx)-1]
	_, size := utf8.DecodeRuneInString(word[last:])
	skipped := last + size - len(typed)
	if skipped > allowedSkips(len(typed)) {
		return 0
	}
	return qualityFuzzy + 20*len(typed)/len(word) - 3*skipped
}

// allowedSkips is how many letters a typed word may leave out.
func allowedSkips(n int) int {
	switch {
	case n < 3:
		return 0
	case n <= 4:
		return 1
	case n <= 7:
		return 2
	}
	return 3
}

// coverage rewards titles that the query covers well: "Salary in Germany"
// beats a long label that merely contains both words.
func (ix *Index) coverage(s *scratch, e int32) int32 {
	en := &ix.entries[e]
	if en.titleLen == 0 {
		return 0
	}
	covered := 0
	for i, t := range en.tokens {
		if t.text != 0 {
			break
		}
		if t.joined || t.stop {
			continue
		}
		if s.hitGen[t.vocab] == s.gen || coveredByJoined(s, en.tokens, i) {
			covered += int(t.end - t.start)
		}
	}
	return int32(bonusCoverage * min(covered, en.titleLen) / en.titleLen)
}

// coveredByJoined reports whether the part token at i lies inside a joined
// title token that the query hit, as "icd" inside "ICD-10-CM" when "icd10"
// was typed. Joined tokens follow their parts.
func coveredByJoined(s *scratch, toks []entryToken, i int) bool {
	t := toks[i]
	for _, j := range toks[i+1:] {
		if j.text != 0 {
			return false
		}
		if j.joined && j.start <= t.start && j.end >= t.end && s.hitGen[j.vocab] == s.gen {
			return true
		}
	}
	return false
}
