package store

import (
	"fmt"
	"strconv"
)

// The job kit's saved format, beside the rest of the state's (encode.go,
// decode.go). Every part is optional: a state without them is version 3's.

type wireResume struct {
	Name        string           `json:"name,omitempty"`
	Email       string           `json:"email,omitempty"`
	Phone       string           `json:"phone,omitempty"`
	Location    string           `json:"location,omitempty"`
	Headline    string           `json:"headline,omitempty"`
	Summary     string           `json:"summary,omitempty"`
	Education   []wireEducation  `json:"education,omitempty"`
	Credentials []wireCredential `json:"credentials,omitempty"`
	Experience  []wireExperience `json:"experience,omitempty"`
	Highlights  string           `json:"highlights,omitempty"`
	Skills      string           `json:"skills,omitempty"`
	Systems     string           `json:"systems,omitempty"`
	Codes       string           `json:"codes,omitempty"`
	Updated     string           `json:"updated,omitempty"`
}

type wireEducation struct {
	School   string `json:"school,omitempty"`
	Program  string `json:"program,omitempty"`
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
	Studying bool   `json:"studying,omitempty"`
}

type wireCredential struct {
	Name    string `json:"name,omitempty"`
	Planned bool   `json:"planned,omitempty"`
	Date    string `json:"date,omitempty"`
}

type wireExperience struct {
	Role     string `json:"role,omitempty"`
	Employer string `json:"employer,omitempty"`
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
	Current  bool   `json:"current,omitempty"`
	Details  string `json:"details,omitempty"`
}

type wireLetter struct {
	ID           string `json:"id"`
	JobTitle     string `json:"jobTitle,omitempty"`
	Employer     string `json:"employer,omitempty"`
	Requirements string `json:"requirements,omitempty"`
	Body         string `json:"body,omitempty"`
	Updated      string `json:"updated,omitempty"`
}

type wireInterview struct {
	Answers  map[string]wireInterviewAnswer `json:"answers,omitempty"`
	TimerOff bool                           `json:"timerOff,omitempty"`
}

type wireInterviewAnswer struct {
	Text    string `json:"text,omitempty"`
	Rating  int    `json:"rating,omitempty"`
	Updated string `json:"updated,omitempty"`
}

func encodeJobKit(s State) (*wireResume, []wireLetter, *wireInterview) {
	var res *wireResume
	if r := s.Resume; !r.IsEmpty() {
		res = &wireResume{
			Name: r.Name, Email: r.Email, Phone: r.Phone, Location: r.Location,
			Headline: r.Headline, Summary: r.Summary,
			Highlights: r.Highlights, Skills: r.Skills, Systems: r.Systems, Codes: r.Codes,
			Updated: formatTime(r.Updated),
		}
		for _, e := range r.Education {
			res.Education = append(res.Education, wireEducation{School: e.School, Program: e.Program, Start: e.Start.String(), End: e.End.String(), Studying: e.Studying})
		}
		for _, c := range r.Credentials {
			res.Credentials = append(res.Credentials, wireCredential{Name: c.Name, Planned: c.Planned, Date: c.Date.String()})
		}
		for _, e := range r.Experience {
			res.Experience = append(res.Experience, wireExperience{Role: e.Role, Employer: e.Employer, Start: e.Start.String(), End: e.End.String(), Current: e.Current, Details: e.Details})
		}
	}
	var letters []wireLetter
	for _, l := range s.Letters {
		letters = append(letters, wireLetter{ID: l.ID, JobTitle: l.JobTitle, Employer: l.Employer, Requirements: l.Requirements, Body: l.Body, Updated: formatTime(l.Updated)})
	}
	var iv *wireInterview
	if len(s.Interview.Answers) > 0 || s.Interview.TimerOff {
		iv = &wireInterview{TimerOff: s.Interview.TimerOff}
		if len(s.Interview.Answers) > 0 {
			iv.Answers = make(map[string]wireInterviewAnswer, len(s.Interview.Answers))
			for id, a := range s.Interview.Answers {
				iv.Answers[id] = wireInterviewAnswer{Text: a.Text, Rating: a.Rating, Updated: formatTime(a.Updated)}
			}
		}
	}
	return res, letters, iv
}

// jobKit reads the job kit's parts, when the state has them.
func (d *decoder) jobKit(f map[string]member, s *State) {
	if m, ok := f["resume"]; ok {
		s.Resume = d.resume(m)
	}
	if m, ok := f["letters"]; ok {
		s.Letters = d.letters(m)
	}
	if m, ok := f["interview"]; ok {
		s.Interview = d.interview(m)
	}
}

// line reads a one-line text of at most max characters; a longer one is
// damage, and its start is kept.
func (d *decoder) line(where string, m member, max int) string {
	return d.limited(where, m, max, CleanLine)
}

// block reads a text of several lines of at most max characters.
func (d *decoder) block(where string, m member, max int) string {
	return d.limited(where, m, max, CleanBlock)
}

func (d *decoder) limited(where string, m member, max int, clean func(string) string) string {
	s, ok := d.text(where, m)
	if !ok {
		return ""
	}
	s, cut := limitText(clean(s), max, clean)
	if cut {
		d.fail(where, "is longer than the %d characters it may have; the first %d were kept", max, max)
	}
	return s
}

// entries reads a list of at most max entries; the rest is damage.
func (d *decoder) entries(where string, m member, max int, noun string) []member {
	els := d.list(where, m)
	if len(els) > max {
		d.fail(where, "has %d %s, more than the %d it may have; the first %d were kept", len(els), noun, max, max)
		els = els[:max]
	}
	out := make([]member, len(els))
	for i, raw := range els {
		out[i] = member{value: raw}
	}
	return out
}

func (d *decoder) resume(m member) Resume {
	var r Resume
	for _, f := range d.object("resume", m) {
		switch f.key {
		case "name":
			r.Name = d.line("resume, name", f, MaxShortText)
		case "email":
			r.Email = d.line("resume, email", f, MaxShortText)
		case "phone":
			r.Phone = d.line("resume, phone", f, MaxShortText)
		case "location":
			r.Location = d.line("resume, location", f, MaxShortText)
		case "headline":
			r.Headline = d.line("resume, job sought", f, MaxShortText)
		case "summary":
			r.Summary = d.line("resume, summary", f, MaxSummaryText)
		case "highlights":
			r.Highlights = d.block("resume, key lines", f, MaxBlockText)
		case "skills":
			r.Skills = d.line("resume, skills", f, MaxListText)
		case "systems":
			r.Systems = d.line("resume, systems used", f, MaxListText)
		case "codes":
			r.Codes = d.line("resume, coding systems", f, MaxListText)
		case "updated":
			r.Updated, _ = d.when("resume, time", f)
		case "education":
			for i, e := range d.entries("resume, education", f, MaxEducation, "entries") {
				r.Education = append(r.Education, d.education(fmt.Sprintf("resume, education %d", i+1), e))
			}
		case "credentials":
			for i, e := range d.entries("resume, credentials", f, MaxCredentials, "entries") {
				r.Credentials = append(r.Credentials, d.heldCredential(fmt.Sprintf("resume, credential %d", i+1), e))
			}
		case "experience":
			for i, e := range d.entries("resume, experience", f, MaxExperience, "entries") {
				r.Experience = append(r.Experience, d.experience(fmt.Sprintf("resume, experience %d", i+1), e))
			}
		}
	}
	return r
}

func (d *decoder) education(where string, m member) Education {
	var e Education
	for _, f := range d.object(where, m) {
		switch f.key {
		case "school":
			e.School = d.line(where+", school", f, MaxShortText)
		case "program":
			e.Program = d.line(where+", program", f, MaxShortText)
		case "start":
			e.Start, _ = d.month(where+", start month", f)
		case "end":
			e.End, _ = d.month(where+", end month", f)
		case "studying":
			e.Studying, _ = d.flag(where+", still studying", f)
		}
	}
	return e
}

func (d *decoder) heldCredential(where string, m member) HeldCredential {
	var c HeldCredential
	for _, f := range d.object(where, m) {
		switch f.key {
		case "name":
			c.Name = d.line(where+", name", f, MaxShortText)
		case "planned":
			c.Planned, _ = d.flag(where+", planned", f)
		case "date":
			c.Date, _ = d.month(where+", month", f)
		}
	}
	return c
}

func (d *decoder) experience(where string, m member) Experience {
	var e Experience
	for _, f := range d.object(where, m) {
		switch f.key {
		case "role":
			e.Role = d.line(where+", role", f, MaxShortText)
		case "employer":
			e.Employer = d.line(where+", employer", f, MaxShortText)
		case "start":
			e.Start, _ = d.month(where+", start month", f)
		case "end":
			e.End, _ = d.month(where+", end month", f)
		case "current":
			e.Current, _ = d.flag(where+", current", f)
		case "details":
			e.Details = d.block(where+", details", f, MaxBlockText)
		}
	}
	return e
}

// letters reads the cover letters. A letter is kept even when its id is
// missing or repeated: it gets a new one, since its text is the student's.
func (d *decoder) letters(m member) []CoverLetter {
	var out []CoverLetter
	used := map[string]bool{}
	for i, e := range d.entries("cover letters", m, MaxLetters, "letters") {
		where := fmt.Sprintf("cover letter %d", i+1)
		var l CoverLetter
		for _, f := range d.object(where, e) {
			switch f.key {
			case "id":
				if v, ok := d.text(where+", id", f); ok {
					if len(v) <= maxIDLength && isAreaID(v) {
						l.ID = v
					} else {
						d.fail(where+", id", "%q is not a letter id; the letter was given a new one", truncate(v, 20))
					}
				}
			case "jobTitle":
				l.JobTitle = d.line(where+", job title", f, MaxShortText)
			case "employer":
				l.Employer = d.line(where+", employer", f, MaxShortText)
			case "requirements":
				l.Requirements = d.block(where+", requirements", f, MaxLetterText)
			case "body":
				l.Body = d.block(where+", letter", f, MaxLetterText)
			case "updated":
				l.Updated, _ = d.when(where+", time", f)
			}
		}
		if used[l.ID] && l.ID != "" {
			d.fail(where+", id", "is the id of an earlier letter; the letter was given a new one")
			l.ID = ""
		}
		used[l.ID] = true
		out = append(out, l)
	}
	// Ids are given after every letter is read, so a new one never takes
	// the id of a letter further down the list.
	n := 1
	for i := range out {
		if out[i].ID != "" {
			continue
		}
		for ; used["letter-"+strconv.Itoa(n)]; n++ {
		}
		out[i].ID = "letter-" + strconv.Itoa(n)
		used[out[i].ID] = true
	}
	return out
}

func (d *decoder) interview(m member) Interview {
	var iv Interview
	for _, f := range d.object("interview practice", m) {
		switch f.key {
		case "timerOff":
			iv.TimerOff, _ = d.flag("interview practice, timer", f)
		case "answers":
			for _, a := range d.object("interview answers", f) {
				where := "interview answer “" + truncate(a.key, 20) + "”"
				if len(a.key) > maxIDLength || !isAreaID(a.key) {
					d.fail(where, "is not for a question of this app, so it was left out")
					continue
				}
				if len(iv.Answers) == MaxAnswers {
					d.fail("interview answers", "has more than the %d answers it may have; the first %d were kept", MaxAnswers, MaxAnswers)
					break
				}
				var ans InterviewAnswer
				for _, p := range d.object(where, a) {
					switch p.key {
					case "text":
						ans.Text = d.block(where+", text", p, MaxBlockText)
					case "rating":
						ans.Rating, _ = d.integer(where+", rating", p, 0, MaxRating)
					case "updated":
						ans.Updated, _ = d.when(where+", time", p)
					}
				}
				if iv.Answers == nil {
					iv.Answers = map[string]InterviewAnswer{}
				}
				iv.Answers[a.key] = ans
			}
		}
	}
	return iv
}
