package careers

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// PayNote is what a student must know before setting two careers' pay
// side by side: that they are one figure, or how the two figures differ
// other than in pay (year, source, measure).
type PayNote struct {
	// A and B are the slugs of the two careers, A listed first.
	A, B string
	// Shared says the two careers are one occupation in U.S. pay data and
	// so share one figure; when it is set, Unlike is empty.
	Shared string
	// Unlike are the ways the two figures are not alike, as sentences.
	Unlike []salary.Unlike
}

// HasUnlike reports whether the note lists a way of the given kind.
func (n PayNote) HasUnlike(k salary.UnlikeKind) bool {
	for _, u := range n.Unlike {
		if u.Kind == k {
			return true
		}
	}
	return false
}

// PayNotes compares the headline pay of every pair of the careers, in the
// order given, like with like (salary.Alike): a note for each pair that
// shares one figure or whose figures differ in year, source or measure.
// Careers without a yearly figure have nothing to compare and get none.
func PayNotes(d *data.Data, slugs []string) []PayNote {
	rows := careerRows(d)
	var notes []PayNote
	for i := 0; i < len(slugs); i++ {
		a, ok := rows[slugs[i]]
		if !ok || a.Figure == nil {
			continue
		}
		for j := i + 1; j < len(slugs); j++ {
			b, ok := rows[slugs[j]]
			if !ok || b.Figure == nil {
				continue
			}
			l := salary.Alike(d, a, b)
			if l.Shared == "" && len(l.Unlike) == 0 {
				continue
			}
			notes = append(notes, PayNote{A: slugs[i], B: slugs[j], Shared: l.Shared, Unlike: l.Unlike})
		}
	}
	return notes
}

// careerRows are the salaries page's career rows by slug: the same
// figures, with what salary.Alike needs to know of them.
func careerRows(d *data.Data) map[string]salary.Row {
	out := make(map[string]salary.Row, len(d.Careers))
	for _, r := range salary.Rows(d) {
		if r.Kind != salary.KindCareer {
			continue
		}
		for i := range d.Careers {
			if c := &d.Careers[i]; r.Key == CareerRowKey(c.Slug) {
				out[c.Slug] = r
			}
		}
	}
	return out
}

// CareerRowKey is the key of a career's row on the salaries page, which
// links to that career's pay among the others.
func CareerRowKey(slug string) string { return "career-" + slug }
