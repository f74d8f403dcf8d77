package jobkit

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/store"
)

// Document is a resume laid out for reading: the print view draws it and
// PlainText writes it, so both say the same.
type Document struct {
	Name string
	// Contact is the location, phone and email that were given.
	Contact  []string
	Headline string
	Summary  string
	Sections []Section
}

// Section is a part of the resume under a heading.
type Section struct {
	// ID names the section for the page (resume-doc-<id>).
	ID, Title string
	Entries   []Entry
}

// Entry is one item of a section: a heading line, a line under it, and
// bullet lines.
type Entry struct {
	Head, Sub string
	Lines     []string
}

// ResumeDocument lays out a resume. Sections with nothing in them are left
// out.
func ResumeDocument(r store.Resume) Document {
	doc := Document{Name: r.Name, Headline: r.Headline, Summary: r.Summary}
	for _, c := range []string{r.Location, r.Phone, r.Email} {
		if c != "" {
			doc.Contact = append(doc.Contact, c)
		}
	}
	add := func(id, title string, entries []Entry) {
		if len(entries) > 0 {
			doc.Sections = append(doc.Sections, Section{ID: id, Title: title, Entries: entries})
		}
	}
	if hl := lines(r.Highlights); len(hl) > 0 {
		add("highlights", "Key skills and experience", []Entry{{Lines: hl}})
	}
	var edu []Entry
	for _, e := range r.Education {
		if e.School == "" && e.Program == "" {
			continue
		}
		edu = append(edu, Entry{Head: joinNonEmpty(", ", e.Program, e.School), Sub: DateRange(e.Start, e.End, e.Studying, "expected")})
	}
	add("education", "Education", edu)
	var creds []Entry
	for _, c := range r.Credentials {
		if c.Name == "" {
			continue
		}
		creds = append(creds, Entry{Head: c.Name, Sub: CredentialDate(c)})
	}
	add("credentials", "Credentials", creds)
	var exp []Entry
	for _, e := range r.Experience {
		if e.Role == "" && e.Employer == "" && e.Details == "" {
			continue
		}
		exp = append(exp, Entry{Head: joinNonEmpty(", ", e.Role, e.Employer), Sub: DateRange(e.Start, e.End, e.Current, "present"), Lines: lines(e.Details)})
	}
	add("experience", "Experience", exp)
	var skills []Entry
	for _, s := range []struct{ label, value string }{{"Skills", r.Skills}, {"Systems", r.Systems}, {"Coding systems", r.Codes}} {
		if v := strings.TrimSpace(s.value); v != "" {
			skills = append(skills, Entry{Head: s.label, Sub: v})
		}
	}
	add("skills", "Skills and systems", skills)
	return doc
}

// IsEmpty reports whether the document has nothing to show.
func (d Document) IsEmpty() bool {
	return d.Name == "" && len(d.Contact) == 0 && d.Headline == "" && d.Summary == "" && len(d.Sections) == 0
}

// PlainText writes the document as text for an application form: no
// layout, so it pastes cleanly into any box.
func (d Document) PlainText() string {
	var b strings.Builder
	para := func(ls ...string) {
		wrote := false
		for _, l := range ls {
			if l == "" {
				continue
			}
			if !wrote && b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString(l + "\n")
			wrote = true
		}
	}
	para(d.Name, strings.Join(d.Contact, " | "))
	para(d.Headline, d.Summary)
	for _, s := range d.Sections {
		var ls []string
		ls = append(ls, strings.ToUpper(s.Title))
		for _, e := range s.Entries {
			switch {
			case e.Head != "" && e.Sub != "" && s.ID == "skills":
				ls = append(ls, e.Head+": "+e.Sub)
			case e.Head != "" && e.Sub != "":
				ls = append(ls, e.Head+" ("+e.Sub+")")
			case e.Head != "" || e.Sub != "":
				ls = append(ls, e.Head+e.Sub)
			}
			for _, l := range e.Lines {
				ls = append(ls, "- "+l)
			}
		}
		para(ls...)
	}
	return b.String()
}

// DateRange writes the months of an entry: "August 2024 to May 2026", with
// open ("expected" or "present") after an end still to come, or in place
// of a missing end for a current role.
func DateRange(start, end store.Month, open bool, word string) string {
	switch {
	case open && word == "present":
		if start.IsZero() {
			return "Now"
		}
		return start.Label() + " to present"
	case open && end.IsZero():
		if start.IsZero() {
			return "Under way"
		}
		return "From " + start.Label() + ", under way"
	case open:
		if start.IsZero() {
			return end.Label() + " (" + word + ")"
		}
		return start.Label() + " to " + end.Label() + " (" + word + ")"
	case !start.IsZero() && !end.IsZero():
		return start.Label() + " to " + end.Label()
	case !end.IsZero():
		return end.Label()
	case !start.IsZero():
		return "From " + start.Label()
	}
	return ""
}

// CredentialDate says when a credential was earned or is expected.
func CredentialDate(c store.HeldCredential) string {
	switch {
	case c.Planned && c.Date.IsZero():
		return "In progress"
	case c.Planned:
		return "Expected " + c.Date.Label()
	case c.Date.IsZero():
		return ""
	}
	return "Earned " + c.Date.Label()
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
