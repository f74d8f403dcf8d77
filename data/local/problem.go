package local

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem is one reason a pack cannot be used, located as precisely as
// possible, in words a counselor can act on.
type Problem struct {
	// Part is the part of the pack: "programs", "organization", or "" for
	// the top level of the file.
	Part string
	// Index is the entry's place in a list part, counted from 0 as JSON
	// tools count; -1 when Part is not a list.
	Index int
	// Name is the entry's name, title, label or question, when it has one.
	Name string
	// Field is the field within the entry, such as "url" or "cost.max".
	Field string
	Issue string
}

// String is the problem in one line:
//
//	programs[2] "Riverbend College HIM": field url: must start with https:, http:, mailto: or tel:
func (p Problem) String() string {
	var b strings.Builder
	if entry := p.Entry(); entry != "" {
		b.WriteString(entry)
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString("field ")
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Issue)
	return b.String()
}

// Entry names the entry: `programs[2] "Riverbend College HIM"`,
// "organization", or "" for the top level.
func (p Problem) Entry() string {
	s := p.Part
	if p.Index >= 0 {
		s += "[" + strconv.Itoa(p.Index) + "]"
	}
	if p.Name != "" {
		s += " " + strconv.Quote(clip(p.Name, 60))
	}
	return s
}

// Report is the problems one a line.
func Report(problems []Problem) string {
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// clip shortens s to at most n characters for quoting in a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// at is where the checks are in the pack: the entry being checked.
type at struct {
	part  string
	index int
	name  string
}

var top = at{index: -1}

func (a at) problem(field, format string, args ...any) Problem {
	return Problem{Part: a.part, Index: a.index, Name: a.name, Field: field, Issue: fmt.Sprintf(format, args...)}
}

// listNameField is the field that names an entry of each list, quoted in
// messages about the entry.
var listNameField = map[string]string{
	"programs":  "name",
	"employers": "name",
	"pay":       "label",
	"notes":     "career",
	"planSteps": "title",
	"faqs":      "question",
}

// thousands writes n with commas: 262,144.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
