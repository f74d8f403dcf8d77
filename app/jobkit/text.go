// Package jobkit is the logic of the job-ready kit: the resume's keyword
// check and suggested lines, the resume as a document and as plain text,
// the cover letter's draft and the requirements a resume lacks, and the
// order of an interview practice round. It has no go-app import, so it is
// tested natively.
package jobkit

import (
	"strings"
	"unicode"
)

// The keyword check reads a text as words: lower case, with the dots of an
// acronym ("E.H.R.") and apostrophes dropped, "&" read as "and", any other
// punctuation as a space, and a plural ending taken off each word. A
// phrase is found when its words stand together in the text.

// words splits s into the words the check compares.
func words(s string) []string {
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			out = append(out, singular(w.String()))
			w.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// patient's, ceu's: one word.
		case r == '.' && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) && w.Len() > 0:
			// e.h.r: one word; a dot before a space ends a sentence.
		case r == '&':
			flush()
			out = append(out, "and")
		default:
			flush()
		}
	}
	flush()
	return out
}

// singular takes a plural ending off a word of four letters or more:
// "records" reads as "record", "ehrs" as "ehr", "entries" as "entry";
// "analysis", "status" and "process" stay as they are.
func singular(w string) string {
	if len(w) < 4 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// phrase is s as the check compares it: its words between single spaces,
// with a space at each end, so that a phrase is found only as whole words.
func phrase(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	return " " + strings.Join(ws, " ") + " "
}

// compact is s's words run together, for comparing spellings of a name:
// "ICD-10-CM", "icd10cm" and "ICD 10 CM" are all "icd10cm".
func compact(s string) string { return strings.Join(words(s), "") }

// Text is a text prepared for the keyword check.
type Text struct{ p string }

// NewText prepares s for the check.
func NewText(s string) Text { return Text{p: phrase(s)} }

// Has reports whether the text holds the phrase (made by phrase).
func (t Text) Has(p string) bool { return p != "" && strings.Contains(t.p, p) }

// splitParen splits "Health data standards (HL7, FHIR)" into the name
// before the brackets and the text inside them.
func splitParen(s string) (name, inside string) {
	open := strings.IndexByte(s, '(')
	if open < 0 {
		return strings.TrimSpace(s), ""
	}
	end := strings.LastIndexByte(s, ')')
	if end < open {
		end = len(s)
	}
	return strings.TrimSpace(s[:open]), strings.TrimSpace(s[open+1 : end])
}

// listItems splits "HL7, FHIR" or "Epic, Cerner or Meditech" into items.
func listItems(s string) []string {
	s = strings.NewReplacer(" and ", ",", " or ", ",", ";", ",", "/", ",").Replace(s)
	var out []string
	for _, it := range strings.Split(s, ",") {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// lines are the non-blank lines of s, trimmed, with any bullet mark a
// student typed or pasted at their start taken off.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimSpace(strings.TrimLeft(l, "-*•·–—▪◦●"))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
