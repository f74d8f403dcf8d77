package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQueryRunes is the longest query searched; longer ones are cut and the
// response says so. Nobody types more, and it bounds the work per keystroke.
const MaxQueryRunes = 200

// cleanQuery drops invalid UTF-8, turns control characters into spaces and
// cuts the query to MaxQueryRunes. It stops reading once past the cap, so a
// huge paste costs no more than a long query.
func cleanQuery(q string) (cleaned string, trimmed bool) {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			continue
		}
		if n == MaxQueryRunes {
			trimmed = true
			break
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String()), trimmed
}

// isJoiner reports whether r, between two word characters with no space,
// glues them into one written unit, as in ICD-10-CM, E/M, O*NET, U.S. or
// 47,160.
func isJoiner(r rune) bool {
	switch r {
	case '-', '/', '.', '*', '&', '\'', '\u2019', ',', '_', '+':
		return true
	}
	return false
}

// wordToken is one word found in a text: its lowercase form and its byte
// range in the text. A compound such as "ICD-10-CM" gives its parts ("icd",
// "10", "cm") and then the joined form ("icd10cm") spanning the whole unit.
// word is only valid during the callback that receives it.
type wordToken struct {
	word       []byte
	start, end int
	joined     bool
	parts      int // for a joined token, how many parts it glues
}

// tokenizer splits texts into lowercase words, reusing its buffers, so
// indexing the whole data allocates only for words it has not seen.
type tokenizer struct {
	part, joined []byte
}

// tokenize splits s into lowercase word tokens with a fresh tokenizer.
func tokenize(s string, emit func(wordToken)) {
	var tz tokenizer
	tz.run(s, emit)
}

// run splits s into lowercase word tokens. It never fails: anything that is
// not a letter or digit separates words.
func (tz *tokenizer) run(s string, emit func(wordToken)) {
	part, joined := tz.part[:0], tz.joined[:0]
	partStart, unitStart, parts := -1, -1, 0
	afterJoiner := false // a joiner directly follows the last part
	lastEnd := 0
	flushUnit := func(end int) {
		if parts > 1 {
			emit(wordToken{word: joined, start: unitStart, end: end, joined: true, parts: parts})
		}
		joined = joined[:0]
		unitStart, parts = -1, 0
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 {
				r = ' '
			}
		}
		if isWordRune(r) {
			if partStart < 0 {
				if !afterJoiner && unitStart >= 0 {
					flushUnit(lastEnd)
				}
				partStart = i
				if unitStart < 0 {
					unitStart = i
				}
			}
			afterJoiner = false
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				part = append(part, byte(r))
				joined = append(joined, byte(r))
			} else {
				lr := unicode.ToLower(r)
				part = utf8.AppendRune(part, lr)
				joined = utf8.AppendRune(joined, lr)
			}
			i += size
			continue
		}
		if partStart >= 0 {
			emit(wordToken{word: part, start: partStart, end: i})
			part = part[:0]
			partStart = -1
			parts++
			lastEnd = i
			if isJoiner(r) {
				afterJoiner = true
				i += size
				continue
			}
		}
		afterJoiner = false
		if unitStart >= 0 {
			flushUnit(lastEnd)
		}
		i += size
	}
	if partStart >= 0 {
		emit(wordToken{word: part, start: partStart, end: len(s)})
		parts++
		lastEnd = len(s)
	}
	if unitStart >= 0 {
		flushUnit(lastEnd)
	}
	tz.part, tz.joined = part, joined
}

// isWordRune reports whether r belongs to a word. Marks stay with their
// letter, so decomposed accents do not split words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// normKey is the form two strings are compared in for exact hits: lowercase
// words with no punctuation, one space between whitespace-separated units.
// "ICD-10-CM" and "icd10cm" both become "icd10cm".
func normKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isWordRune(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r) || r == '(' || r == ')' || r == ',' || r == ';' || r == ':':
			space = true
		}
	}
	return b.String()
}
