package jobkit

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// Job is the job a cover letter is for, as the student entered it.
type Job struct {
	Title, Employer string
	// Requirements are what the student pasted from the advert.
	Requirements string
}

// MaxStrengths is how many of the resume's lines a letter puts forward.
const MaxStrengths = 3

// Strengths picks the resume's lines a letter puts forward: its key lines
// and the details of its experience, those that share the most keywords
// with the job's requirements first, up to MaxStrengths, in the resume's
// order among equals.
func Strengths(r store.Resume, job Job, keywords []Keyword) []string {
	candidates := lines(r.Highlights)
	for _, e := range r.Experience {
		candidates = append(candidates, lines(e.Details)...)
	}
	wanted := NewText(job.Requirements)
	score := make(map[string]int, len(candidates))
	for _, c := range candidates {
		line := NewText(c)
		for _, k := range keywords {
			if k.Found(wanted) != "" && k.Found(line) != "" {
				score[c]++
			}
		}
	}
	var picked []string
	for _, c := range candidates {
		if !slices.Contains(picked, c) {
			picked = append(picked, c)
		}
	}
	slices.SortStableFunc(picked, func(a, b string) int { return score[b] - score[a] })
	if len(picked) > MaxStrengths {
		picked = picked[:MaxStrengths]
	}
	return picked
}

// LetterDraft writes a first draft of a cover letter in plain words: the
// job, why this work, the strengths, the credentials and training with
// their dates, and a close. The student edits it; nothing in it is more
// than the resume and the career's own summary say.
func LetterDraft(c *data.Career, r store.Resume, job Job, keywords []Keyword) string {
	var paras []string
	paras = append(paras, "Dear hiring manager,")

	title := strings.TrimSpace(job.Title)
	if title == "" {
		title = c.Title
	}
	opening := "I am applying for the " + title + " job"
	if e := strings.TrimSpace(job.Employer); e != "" {
		opening += " at " + e
	}
	opening += "."
	if c.Summary != "" {
		opening += " I want to do this work because it matters: " + lowerFirst(c.Summary)
	}
	paras = append(paras, opening)

	if s := Strengths(r, job, keywords); len(s) > 0 {
		bullets := "What I would bring to the job:"
		for _, l := range s {
			bullets += "\n- " + l
		}
		paras = append(paras, bullets)
	}
	if p := credentialSentence(r.Credentials); p != "" {
		paras = append(paras, p)
	}
	if p := trainingSentence(r.Education); p != "" {
		paras = append(paras, p)
	}
	paras = append(paras, "Thank you for reading my letter. I would be glad to talk with you about the job.")
	sign := "Yours sincerely,"
	if n := strings.TrimSpace(r.Name); n != "" {
		sign += "\n" + n
	}
	paras = append(paras, sign)
	return strings.Join(paras, "\n\n")
}

func credentialSentence(creds []store.HeldCredential) string {
	var held, planned []string
	for _, c := range creds {
		name := strings.TrimSpace(c.Name)
		switch {
		case name == "":
		case c.Planned && !c.Date.IsZero():
			planned = append(planned, name+" by "+c.Date.Label())
		case c.Planned:
			planned = append(planned, name)
		case !c.Date.IsZero():
			held = append(held, name+" (earned "+c.Date.Label()+")")
		default:
			held = append(held, name)
		}
	}
	var out []string
	if len(held) > 0 {
		out = append(out, "I hold "+data.JoinAnd(held)+".")
	}
	if len(planned) > 0 {
		out = append(out, "I am working towards "+data.JoinAnd(planned)+".")
	}
	return strings.Join(out, " ")
}

func trainingSentence(edu []store.Education) string {
	var out []string
	for _, e := range edu {
		what := joinNonEmpty(" at ", e.Program, e.School)
		if what == "" {
			continue
		}
		switch {
		case e.Studying && !e.End.IsZero():
			what += ", to finish in " + e.End.Label()
		case e.Studying:
			what += ", under way"
		case !e.End.IsZero():
			what += ", completed in " + e.End.Label()
		}
		out = append(out, "My training: "+what+".")
	}
	return strings.Join(out, " ")
}

// lowerFirst lower-cases the first letter of a sentence that starts with
// an ordinary word, so that it can follow a colon; "RHIT ..." stays.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(r) && unicode.IsLower(next) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// Requirement is one line of a job's requirements that names keywords the
// resume lacks.
type Requirement struct {
	Line    string
	Missing []string
}

// RequirementCheck is what the check of a job's requirements found.
type RequirementCheck struct {
	// Lacking are the requirement lines naming a keyword the resume does
	// not mention, with those keywords.
	Lacking []Requirement
	// Checked counts the lines that name a keyword the app knows;
	// Unchecked the lines it cannot judge (years of experience, hours...).
	Checked, Unchecked int
}

// CheckRequirements reads the pasted requirements line by line and says
// which of the keywords each names the resume text lacks.
func CheckRequirements(keywords []Keyword, resumeText, requirements string) RequirementCheck {
	var out RequirementCheck
	resume := NewText(resumeText)
	for _, line := range requirementLines(requirements) {
		t := NewText(line)
		named, missing := 0, []string(nil)
		for _, k := range keywords {
			if k.Found(t) == "" {
				continue
			}
			named++
			if k.Found(resume) == "" && !slices.Contains(missing, k.Label) {
				missing = append(missing, k.Label)
			}
		}
		switch {
		case named == 0:
			out.Unchecked++
		case len(missing) > 0:
			out.Checked++
			out.Lacking = append(out.Lacking, Requirement{Line: line, Missing: missing})
		default:
			out.Checked++
		}
	}
	return out
}

// requirementLines splits pasted requirements into lines, also at
// semicolons and bullet marks run together on one line.
func requirementLines(s string) []string {
	s = strings.NewReplacer(";", "\n", "•", "\n", "·", "\n", "▪", "\n").Replace(s)
	return lines(s)
}
