package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a text to highlight. It
// always lies on rune boundaries.
type Span struct{ Start, End int }

// Result is one entry found, with what to show and where it links.
type Result struct {
	Kind          Kind
	Title         string
	TitleMarks    []Span
	Subtitle      string // a full name, an expansion, or the career it belongs to
	SubtitleMarks []Span
	Snippet       string // a shortened text of the entry around what matched
	SnippetMarks  []Span
	Path          string // the app path of the page
	Anchor        string // the id of the element on that page, or ""
	Score         int
	// Matched and Missing are, for a closest match (in Response.Closest), the
	// query's words as typed that the entry holds and those it lacks: "has
	// salary, uk; not beginner". Its marks highlight where the held words
	// are. Both are nil for a result that holds every word.
	Matched []string
	Missing []string

	entry int32 // the index entry, which tells results apart
}

// Href is the app-relative link to the result: its page and anchor.
func (r Result) Href() string {
	if r.Anchor == "" {
		return r.Path
	}
	return r.Path + "#" + r.Anchor
}

// Group is the results of one kind, in rank order.
type Group struct {
	Kind    Kind
	Results []Result
}

// Groups gathers the results by kind. Groups come in the order of their best
// result, so the best match is always in the first group.
func (r Response) Groups() []Group {
	var groups []Group
	at := [kindCount + 1]int{}
	for _, res := range r.Results {
		k := min(res.Kind, kindCount)
		if at[k] == 0 {
			groups = append(groups, Group{Kind: res.Kind})
			at[k] = len(groups)
		}
		g := &groups[at[k]-1]
		g.Results = append(g.Results, res)
	}
	return groups
}

// maxSnippetRunes bounds the text quoted under a result.
const maxSnippetRunes = 160

func (ix *Index) result(s *scratch, e int32, score int) Result {
	en := &ix.entries[e]
	r := Result{
		entry:  e,
		Kind:   en.kind,
		Title:  en.texts[0].s,
		Path:   en.path,
		Anchor: en.anchor,
		Score:  score,
	}
	r.TitleMarks = ix.marks(s, en, 0)
	if len(en.texts) > 1 {
		r.Subtitle = en.texts[1].s
		r.SubtitleMarks = ix.marks(s, en, 1)
	}
	r.Snippet, r.SnippetMarks = ix.snippet(s, en)
	return r
}

// marks returns the highlighted ranges of text ti of an entry: the letters
// of each word the query matched, as fuzzy's MatchedIndexes give them.
func (ix *Index) marks(s *scratch, en *entry, ti int) []Span {
	var spans []Span
	text := en.texts[ti].s
	for _, t := range en.tokens {
		if int(t.text) != ti || s.hitGen[t.vocab] != s.gen {
			continue
		}
		h := s.hits[s.hitAt[t.vocab]]
		spans = markToken(spans, text[t.start:t.end], int(t.start), ix.vocab[t.vocab], h)
	}
	return mergeSpans(spans)
}

// markToken adds the spans of one token. The token's lowercase word has the
// same letters, rune for rune, as the text's word characters in the token's
// range (joiners such as "-" are skipped), so a matched rune of the word
// maps to a rune of the text.
func markToken(spans []Span, orig string, offset int, word string, h wordHit) []Span {
	wi := 0 // byte offset in word
	k := 0  // next entry of h.idx
	for oi, r := range orig {
		if !isWordRune(r) {
			continue
		}
		if wi >= len(word) {
			break
		}
		_, wsize := utf8.DecodeRuneInString(word[wi:])
		marked := false
		if h.idx == nil {
			marked = wi < int(h.prefixLen)
		} else {
			for k < len(h.idx) && h.idx[k] < wi {
				k++
			}
			marked = k < len(h.idx) && h.idx[k] == wi
		}
		if marked {
			start := offset + oi
			end := start + utf8.RuneLen(r)
			if r == utf8.RuneError {
				end = start + 1
			}
			if n := len(spans); n > 0 && spans[n-1].End == start {
				spans[n-1].End = end
			} else {
				spans = append(spans, Span{start, end})
			}
		}
		wi += wsize
	}
	return spans
}

func mergeSpans(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.Start <= last.End {
			last.End = max(last.End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// snippet quotes the shown text that holds the query words the title and
// subtitle lack, cut around the first of them. When the title already shows
// every word, it quotes the start of the entry's own text instead.
func (ix *Index) snippet(s *scratch, en *entry) (string, []Span) {
	var masks [64]uint32 // per text: the terms whose words it holds
	first := [64]int{}   // per text: where its first matched word starts
	for i := range first {
		first[i] = -1
	}
	for _, t := range en.tokens {
		if int(t.text) >= len(masks) || t.stop || s.hitGen[t.vocab] != s.gen {
			continue
		}
		masks[t.text] |= s.hits[s.hitAt[t.vocab]].terms
		if first[t.text] < 0 {
			first[t.text] = int(t.start)
		}
	}
	shown := masks[0] | masks[1]
	best, bestCount := -1, 0
	for i := 2; i < len(en.texts) && i < len(masks); i++ {
		t := en.texts[i]
		if !t.shown || t.s == "" {
			continue
		}
		count := 0
		if shown != s.allTerms {
			count = bits.OnesCount32(masks[i] &^ shown)
		}
		// The most missing words win; on a tie, the entry's own text beats
		// another name, and the earlier text the later.
		better := best < 0 || count > bestCount ||
			(count == bestCount && t.field == fieldBody && en.texts[best].field != fieldBody)
		if better {
			best, bestCount = i, count
		}
	}
	if best < 0 {
		return "", nil
	}
	t := en.texts[best]
	at := 0
	if bestCount > 0 {
		at = max(first[best], 0)
	}
	text, from, to := window(t.s, at)
	shift := len(t.prefix) - from
	if from > 0 {
		text = "…" + text
		shift += len("…")
	}
	if to < len(t.s) {
		text += "…"
	}
	var out []Span
	for _, sp := range ix.marks(s, en, best) {
		if sp.Start >= from && sp.End <= to {
			out = append(out, Span{sp.Start + shift, sp.End + shift})
		}
	}
	return t.prefix + text, out
}

// window returns at most maxSnippetRunes of s around byte offset at,
// starting a little before it at a word boundary.
func window(s string, at int) (string, int, int) {
	if utf8.RuneCountInString(s) <= maxSnippetRunes {
		return s, 0, len(s)
	}
	from := 0
	if at > 40 {
		from = at - 40
		for from > 0 && !utf8.RuneStart(s[from]) {
			from--
		}
		if sp := strings.IndexByte(s[from:at], ' '); sp >= 0 {
			from += sp + 1
		}
	}
	to, n := from, 0
	for to < len(s) && n < maxSnippetRunes {
		_, size := utf8.DecodeRuneInString(s[to:])
		to += size
		n++
	}
	if to < len(s) {
		if sp := strings.LastIndexByte(s[from:to], ' '); sp > maxSnippetRunes/2 {
			to = from + sp
		}
	}
	return s[from:to], from, to
}

// Segment is a piece of a text, highlighted or not.
type Segment struct {
	Text   string
	Marked bool
}

// Segments cuts s into plain and highlighted pieces by marks. Marks out of
// order, overlapping, outside s or off rune boundaries are ignored, so the
// pieces always join back into s.
func Segments(s string, marks []Span) []Segment {
	var out []Segment
	pos := 0
	for _, m := range marks {
		if m.Start < pos || m.End <= m.Start || m.End > len(s) ||
			!utf8.RuneStart(s[m.Start]) || (m.End < len(s) && !utf8.RuneStart(s[m.End])) {
			continue
		}
		if m.Start > pos {
			out = append(out, Segment{Text: s[pos:m.Start]})
		}
		out = append(out, Segment{Text: s[m.Start:m.End], Marked: true})
		pos = m.End
	}
	if pos < len(s) {
		out = append(out, Segment{Text: s[pos:]})
	}
	return out
}
