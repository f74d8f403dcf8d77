package jobkit

import (
	"slices"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Keyword is one name a hiring manager scans a resume for: a skill or a
// tool of a career, with the spellings that count as it.
type Keyword struct {
	Label string
	// From names the career's skills and tools it stands for.
	From []string
	// Forms are the spellings that count, as written.
	Forms []string
	// phrases are the forms as the check compares them, in Forms' order.
	phrases []string
}

// Found is the first of the keyword's forms in t, as written, or "".
func (k Keyword) Found(t Text) string {
	for i, p := range k.phrases {
		if t.Has(p) {
			return k.Forms[i]
		}
	}
	return ""
}

func newKeyword(label string, from, forms []string) Keyword {
	k := Keyword{Label: label, From: from}
	seen := map[string]bool{}
	for _, f := range forms {
		p := phrase(f)
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		k.Forms = append(k.Forms, f)
		k.phrases = append(k.phrases, p)
	}
	return k
}

// CareerKeywords are the keywords of a career's skills and tools: from the
// job kit's rules where it has them, otherwise one for each skill and tool,
// found by its name or a name in its brackets.
func CareerKeywords(d *data.Data, kit *data.JobKit, c *data.Career) []Keyword {
	var out []Keyword
	if rules := kit.KeywordsOf(c.Slug); len(rules) > 0 {
		for _, r := range rules {
			name, _ := splitParen(r.Label)
			forms := []string{name}
			forms = append(forms, r.Words...)
			for _, id := range r.Terms {
				if t := d.Term(id); t != nil {
					forms = append(forms, TermForms(t)...)
				}
			}
			out = append(out, newKeyword(r.Label, r.From, forms))
		}
		return out
	}
	for _, n := range c.SkillsAndTools() {
		name, inside := splitParen(n.Name)
		out = append(out, newKeyword(n.Name, []string{n.Name}, append([]string{name}, listItems(inside)...)))
	}
	return out
}

// CredentialKeywords are the credentials of the data as keywords, found by
// their abbreviation or their name, for reading a job's requirements.
func CredentialKeywords(d *data.Data) []Keyword {
	var out []Keyword
	for _, c := range d.Credentials {
		out = append(out, newKeyword(c.Abbr, nil, []string{c.Abbr, c.Name}))
	}
	return out
}

// TermForms are the spellings of a glossary term that count as it: its
// name, what it stands for, and those of its aliases that contain one of
// these or, when five characters or longer or holding a digit, are
// contained in one ("icd10" in "ICD-10-CM"). Misspellings ("hippa") and
// looser words ("claims" for revenue cycle management), which search
// finds, do not count: a resume should say the name a hiring manager looks
// for.
func TermForms(t *data.Term) []string {
	var heads []string
	for _, s := range []string{t.Term, t.Expansion} {
		name, inside := splitParen(s)
		for _, part := range []string{name, inside} {
			for _, piece := range strings.Split(part, ";") {
				piece = strings.TrimSpace(piece)
				for _, lead := range []string{"also called ", "also ", "formerly the ", "formerly "} {
					piece = strings.TrimPrefix(piece, lead)
				}
				if piece != "" {
					heads = append(heads, piece)
				}
			}
		}
	}
	forms := slices.Clone(heads)
	for _, a := range t.Aliases {
		ca := compact(a)
		if len(ca) < 2 {
			continue
		}
		for _, h := range heads {
			ch := compact(h)
			if ch == "" {
				continue
			}
			if strings.Contains(ca, ch) || (strings.Contains(ch, ca) && (len(ca) >= 5 || strings.ContainsAny(ca, "0123456789"))) {
				forms = append(forms, a)
				break
			}
		}
	}
	return forms
}

// Coverage is what the keyword check found.
type Coverage struct {
	Present []Match
	Missing []Keyword
}

// Match is a keyword found, with the form that was found.
type Match struct {
	Keyword
	As string
}

// Check lists which keywords the text holds and which it does not, each
// in the keywords' order.
func Check(keywords []Keyword, text string) Coverage {
	var c Coverage
	t := NewText(text)
	for _, k := range keywords {
		if as := k.Found(t); as != "" {
			c.Present = append(c.Present, Match{Keyword: k, As: as})
		} else {
			c.Missing = append(c.Missing, k)
		}
	}
	return c
}
