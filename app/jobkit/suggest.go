package jobkit

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// Input is what suggestions may draw on: the student's own answers and
// entries, nothing else.
type Input struct {
	// Answers are the choices of a finished quiz; nil when the student has
	// not finished one, since half an attempt confirms nothing.
	Answers map[string]int
	// Targets are the target months the student set on the plan's steps
	// of the main career, by step counting from one.
	Targets map[int]store.Month
	Resume  store.Resume
}

// InputFrom is the input a saved state gives.
func InputFrom(s store.State, c *data.Career) Input {
	in := Input{Resume: s.Resume, Targets: map[int]store.Month{}}
	if p := s.Progress; !p.Finished.IsZero() && len(p.Answers) > 0 {
		in.Answers = store.Choices(p.Answers)
	}
	for i := range c.Steps {
		if e := s.Entry(quiz.StepItemID(i + 1)); e != nil && !e.Target.IsZero() {
			in.Targets[i+1] = e.Target
		}
	}
	return in
}

// Suggestion is a resume line the student may pick, with where it came
// from.
type Suggestion struct {
	// ID is the rule's id, stable across visits.
	ID   string
	Text string
	// Because are the student's answers that support the line, each as
	// the question and the answer given.
	Because []Reason
	// Entry is what the student entered that the line names, such as
	// "Systems you have used: Epic"; "" when it names nothing entered.
	Entry string
	// DrawnFrom is the career's duty or skill the line is drawn from, as
	// the career words it.
	DrawnFrom string
}

// Reason is one answer the student gave.
type Reason struct {
	Question, Answer string
}

// Placeholder names the resume fields a line may name.
var placeholderFields = map[string]struct {
	label string
	value func(store.Resume) string
}{
	"systems": {"Systems you have used", func(r store.Resume) string { return r.Systems }},
	"codes":   {"Coding systems", func(r store.Resume) string { return r.Codes }},
}

// Suggest lists the resume lines the student's answers support, drawn from
// the career's duties and skills, in the data's order. A line is only ever
// what the rule says, filled in with what the student entered: it claims
// nothing the student did not answer or enter.
func Suggest(kit *data.JobKit, q *data.Quiz, c *data.Career, in Input) []Suggestion {
	var out []Suggestion
	for _, b := range kit.Bullets {
		if !data.AllHold(b.When, in.Answers) {
			continue
		}
		s := Suggestion{ID: b.ID, Text: b.Text, Because: reasons(q, b.When, in.Answers), DrawnFrom: drawnFrom(c, b.Duty, b.Skill)}
		for _, p := range data.Placeholders(b.Text) {
			f, ok := placeholderFields[p]
			items := listItems(f.value(in.Resume))
			if !ok || len(items) == 0 {
				s.Text, s.Entry = b.Plain, ""
				break
			}
			list := data.JoinAnd(items)
			s.Text = strings.ReplaceAll(s.Text, "{"+p+"}", list)
			s.Entry = joinEntry(s.Entry, f.label+": "+list)
		}
		out = append(out, s)
	}
	return out
}

func joinEntry(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// reasons are the answers that meet the conditions, in words.
func reasons(q *data.Quiz, when []data.AnswerCondition, answers map[string]int) []Reason {
	var out []Reason
	for _, c := range when {
		qu := q.Question(c.Question)
		if qu == nil {
			continue
		}
		if a, ok := answers[c.Question]; ok && a >= 0 && a < len(qu.Choices) {
			out = append(out, Reason{Question: qu.Text, Answer: qu.Choices[a].Label})
		}
	}
	return out
}

func drawnFrom(c *data.Career, duty int, skill string) string {
	switch {
	case duty >= 1 && duty <= len(c.Responsibilities):
		return c.Responsibilities[duty-1]
	case skill != "":
		if s := c.SkillNamed(skill); s != nil {
			if s.Detail != "" {
				return s.Name + ": " + s.Detail
			}
			return s.Name
		}
	}
	return ""
}

// CredentialSuggestion is a credential line the answers support.
type CredentialSuggestion struct {
	Credential store.HeldCredential
	Because    []Reason
	// Target says where the target month came from: the plan's step.
	Target string
}

// SuggestCredentials lists the credentials the answers show as held or
// being prepared for; a planned one takes its target month from the plan.
func SuggestCredentials(d *data.Data, kit *data.JobKit, q *data.Quiz, c *data.Career, in Input) []CredentialSuggestion {
	var out []CredentialSuggestion
	for _, r := range kit.Credentials {
		cr := d.Credential(r.Credential)
		if cr == nil {
			continue
		}
		name := cr.Name + " (" + cr.Abbr + ")"
		switch {
		case data.AllHold(r.Held, in.Answers):
			out = append(out, CredentialSuggestion{Credential: store.HeldCredential{Name: name}, Because: reasons(q, r.Held, in.Answers)})
		case data.AllHold(r.Planned, in.Answers):
			s := CredentialSuggestion{Credential: store.HeldCredential{Name: name, Planned: true}, Because: reasons(q, r.Planned, in.Answers)}
			if m, ok := in.Targets[r.Step]; ok && r.Step >= 1 && r.Step <= len(c.Steps) {
				s.Credential.Date = m
				s.Target = "Your plan: “" + c.Steps[r.Step-1].Title + "” by " + m.Label() + "."
			}
			out = append(out, s)
		}
	}
	return out
}

// EducationSuggestion is an education line the answers support.
type EducationSuggestion struct {
	Education store.Education
	Because   []Reason
	Target    string
}

// SuggestEducation lists the training the answers describe; training under
// way takes its expected end from the plan.
func SuggestEducation(kit *data.JobKit, q *data.Quiz, c *data.Career, in Input) []EducationSuggestion {
	var out []EducationSuggestion
	for _, r := range kit.Education {
		if !data.AllHold(r.When, in.Answers) {
			continue
		}
		s := EducationSuggestion{Education: store.Education{Program: r.Program, Studying: r.Studying}, Because: reasons(q, r.When, in.Answers)}
		if m, ok := in.Targets[r.Step]; ok && r.Studying && r.Step >= 1 && r.Step <= len(c.Steps) {
			s.Education.End = m
			s.Target = "Your plan: “" + c.Steps[r.Step-1].Title + "” by " + m.Label() + "."
		}
		out = append(out, s)
	}
	return out
}

// HasLine reports whether the text already holds the line, ignoring case,
// spaces and punctuation: a suggestion already picked.
func HasLine(text, line string) bool {
	p := phrase(line)
	for _, l := range lines(text) {
		if phrase(l) == p {
			return true
		}
	}
	return false
}

// AddLine adds a line to a text of lines.
func AddLine(text, line string) string {
	text = strings.TrimRight(text, "\n ")
	if text == "" {
		return line
	}
	return text + "\n" + line
}
