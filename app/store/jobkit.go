package store

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The job-ready kit's saved parts: the resume, the cover letters and the
// interview practice. They are optional parts of State, so a state saved
// before them reads without them, and whatever carries the state (a
// backup) carries them. None of them is ever put in a share link.

// Resume is the student's resume as they entered it.
type Resume struct {
	// Contact details.
	Name, Email, Phone, Location string
	// Headline is the job the resume is for, such as "Health Information
	// Technician".
	Headline string
	// Summary is a short paragraph about the student.
	Summary     string
	Education   []Education
	Credentials []HeldCredential
	Experience  []Experience
	// Highlights are the resume's key lines, one a line: suggested lines
	// the student picked and edited, or their own.
	Highlights string
	// Skills, Systems and Codes are lists as the student typed them:
	// skills, the systems they have used (Epic, Cerner, Meditech...) and
	// the coding systems (ICD-10-CM, CPT...).
	Skills, Systems, Codes string
	Updated                time.Time
}

// Education is a school or program.
type Education struct {
	School, Program string
	Start, End      Month
	// Studying marks a program not finished yet; End is then when it is
	// expected to end.
	Studying bool
}

// HeldCredential is a credential the student holds or plans to earn.
type HeldCredential struct {
	Name string
	// Planned marks one still to earn: Date is then the target month,
	// otherwise the month it was earned.
	Planned bool
	Date    Month
}

// Experience is a job, an internship or volunteering.
type Experience struct {
	Role, Employer string
	Start, End     Month
	// Current marks a role the student still has; End is then unset.
	Current bool
	// Details are what they did, one a line.
	Details string
}

// CoverLetter is a letter for one job.
type CoverLetter struct {
	// ID is unique among the letters.
	ID                 string
	JobTitle, Employer string
	// Requirements are what the student pasted from the job's advert.
	Requirements string
	// Body is the letter as the student edited it.
	Body    string
	Updated time.Time
}

// Interview is the interview practice: an answer and a rating for each
// question practised, by question id.
type Interview struct {
	Answers map[string]InterviewAnswer
	// TimerOff is set when the student switched the timer off.
	TimerOff bool
}

// InterviewAnswer is what the student wrote and how they rated it.
type InterviewAnswer struct {
	Text string
	// Rating is from 1 (weakest) to MaxRating; 0 when not rated.
	Rating  int
	Updated time.Time
}

// MaxRating is the best self-rating.
const MaxRating = 3

// Limits on the job kit's texts, in characters, and lists. The pages set
// the same limits on their fields, so only damaged data goes beyond them.
const (
	MaxShortText   = 120  // names, titles, a school, an employer
	MaxListText    = 400  // skills, systems, coding systems
	MaxSummaryText = 600  // the resume's summary
	MaxBlockText   = 3000 // highlights, a role's details, an answer
	MaxLetterText  = 6000 // a letter, a job's requirements
	MaxEducation   = 5
	MaxCredentials = 8
	MaxExperience  = 6
	MaxLetters     = 20
	// MaxAnswers bounds the interview answers: far more than there are
	// questions, so answers to questions an update removed are kept.
	MaxAnswers = 100
)

// IsEmpty reports whether nothing has been entered.
func (r Resume) IsEmpty() bool {
	return r.Name == "" && r.Email == "" && r.Phone == "" && r.Location == "" && r.Headline == "" &&
		r.Summary == "" && len(r.Education) == 0 && len(r.Credentials) == 0 && len(r.Experience) == 0 &&
		r.Highlights == "" && r.Skills == "" && r.Systems == "" && r.Codes == "" && r.Updated.IsZero()
}

// Letter is the cover letter with the id, or nil.
func (s *State) Letter(id string) *CoverLetter {
	for i := range s.Letters {
		if s.Letters[i].ID == id {
			return &s.Letters[i]
		}
	}
	return nil
}

// NewLetterID is an id no letter of the state has, made from a time.
func (s *State) NewLetterID(now time.Time) string {
	base := "letter-" + strings.ToLower(now.UTC().Format("20060102-150405"))
	id := base
	for n := 2; s.Letter(id) != nil; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// SetAnswer saves the text of an interview answer.
func (s *State) SetAnswer(id, text string, now time.Time) {
	a := s.answer(id)
	a.Text, a.Updated = CleanBlock(text), now
	s.Interview.Answers[id] = a
}

// SetRating saves the rating of an interview answer; 0 clears it.
func (s *State) SetRating(id string, rating int, now time.Time) {
	if rating < 0 || rating > MaxRating {
		return
	}
	a := s.answer(id)
	a.Rating, a.Updated = rating, now
	s.Interview.Answers[id] = a
}

func (s *State) answer(id string) InterviewAnswer {
	if s.Interview.Answers == nil {
		s.Interview.Answers = map[string]InterviewAnswer{}
	}
	return s.Interview.Answers[id]
}

// Ratings are the interview ratings by question id, leaving out unrated
// answers.
func (i Interview) Ratings() map[string]int {
	out := map[string]int{}
	for id, a := range i.Answers {
		if a.Rating > 0 {
			out[id] = a.Rating
		}
	}
	return out
}

// CleanBlock tidies text of several lines: line breaks become "\n", tabs
// spaces, other control characters go, invalid UTF-8 becomes the
// replacement character, and spaces at the ends of lines and blank lines
// at the ends of the text go. Cleaning twice changes nothing.
func CleanBlock(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// CleanLine tidies text of one line, as CleanNote does.
func CleanLine(s string) string { return CleanNote(s) }

// limitText cuts a cleaned text to max characters and cleans it again, so
// that what is kept saves and reads back the same.
func limitText(s string, max int, clean func(string) string) (string, bool) {
	r := []rune(s)
	if len(r) <= max {
		return s, false
	}
	return clean(string(r[:max])), true
}
