package data

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// JobKit is what the job-ready kit (resume, cover letter, interview
// practice) reads besides the careers and the quiz: how the resume's
// keyword check finds each skill and tool of a career, the resume lines a
// student's quiz answers support, and the interview questions. Every text is
// our own words, drawn from the careers' duties and skills and the quiz's
// knowledge areas; it holds no figure.
type JobKit struct {
	Keywords    []KeywordRule       `json:"keywords"`
	Bullets     []BulletRule        `json:"bullets"`
	Credentials []CredentialRule    `json:"credentials"`
	Education   []EducationRule     `json:"education"`
	Interview   []InterviewQuestion `json:"interview"`
}

// KeywordRule is one keyword the resume check looks for: a name a hiring
// manager scans for, standing for skills and tools of a career.
type KeywordRule struct {
	Career string `json:"career"`
	Label  string `json:"label"`
	// From names the career's technical skills, soft skills or tools the
	// keyword stands for, exactly as the career names them.
	From []string `json:"from"`
	// Terms are glossary ids: the term's name, its spelled-out form and
	// its aliases that contain either count as the keyword.
	Terms []string `json:"terms,omitempty"`
	// Words are more words or phrases that count as the keyword.
	Words []string `json:"words,omitempty"`
}

// BulletRule is a resume line that the student's own quiz answers show to
// be true, drawn from a duty or a skill of the main career.
type BulletRule struct {
	ID string `json:"id"`
	// When holds the answers that support the line; all must hold.
	When []AnswerCondition `json:"when"`
	// Text is the line. It may name what the student entered on the
	// resume: {systems}, the systems they have used, or {codes}, the
	// coding systems.
	Text string `json:"text"`
	// Plain is the line without the placeholder, for a student who has
	// entered nothing there; required when Text has one.
	Plain string `json:"plain,omitempty"`
	// Duty counts the main career's responsibilities from one; Skill
	// names one of its technical or soft skills. Exactly one is set.
	Duty  int    `json:"duty,omitempty"`
	Skill string `json:"skill,omitempty"`
}

// CredentialRule says which quiz answers show that the student holds a
// credential or is preparing for it, and which step of the main career's
// plan holds its target month.
type CredentialRule struct {
	Credential string            `json:"credential"`
	Held       []AnswerCondition `json:"held"`
	Planned    []AnswerCondition `json:"planned,omitempty"`
	// Step, counting from one, is the main career's step whose target
	// month on the plan is the credential's target; 0 for none.
	Step int `json:"step,omitempty"`
}

// EducationRule is a line of education that the student's answer about
// their training supports; the student adds the school and the dates.
type EducationRule struct {
	ID      string            `json:"id"`
	When    []AnswerCondition `json:"when"`
	Program string            `json:"program"`
	// Studying marks training under way; Step, counting from one, is the
	// main career's step whose target month on the plan is when it is
	// expected to end.
	Studying bool `json:"studying,omitempty"`
	Step     int  `json:"step,omitempty"`
}

// BulletPlaceholders are the names a bullet's text may use, each filled in
// from the student's resume.
var BulletPlaceholders = []string{"systems", "codes"}

// Kinds of interview question.
const (
	InterviewAboutYou  = "about-you"
	InterviewJob       = "job"
	InterviewBehaviour = "behaviour"
)

// InterviewQuestion is a question a hiring manager for the main career
// asks, with what a strong answer covers.
type InterviewQuestion struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Area is the quiz area the question tests, if any.
	Area string `json:"area,omitempty"`
	Text string `json:"text"`
	// Duty counts the main career's responsibilities from one; Skill names
	// one of its skills: what the question is drawn from. Exactly one is
	// set.
	Duty   int           `json:"duty,omitempty"`
	Skill  string        `json:"skill,omitempty"`
	Covers []AnswerPoint `json:"covers"`
}

// AnswerPoint is one point a strong answer covers. It links to the app's
// own explanation: a knowledge-check question, whose explanation and links
// the app shows with the point, or pages of the app.
type AnswerPoint struct {
	Text      string `json:"text"`
	Knowledge string `json:"knowledge,omitempty"`
	Links     []Link `json:"links,omitempty"`
}

// Limits that keep a practice round and a suggestion list short enough to
// use.
const (
	MinInterviewQuestions = 8
	MinAnswerPoints       = 2
	MaxAnswerPoints       = 5
)

// Question returns the interview question with the id, or nil.
func (k *JobKit) Question(id string) *InterviewQuestion {
	for i := range k.Interview {
		if k.Interview[i].ID == id {
			return &k.Interview[i]
		}
	}
	return nil
}

// KeywordsOf are the keyword rules of a career.
func (k *JobKit) KeywordsOf(slug string) []KeywordRule {
	var out []KeywordRule
	for _, r := range k.Keywords {
		if r.Career == slug {
			out = append(out, r)
		}
	}
	return out
}

// SkillNamed is the career's technical or soft skill with the name, or nil.
func (c *Career) SkillNamed(name string) *Named {
	for _, list := range [][]Named{c.TechnicalSkills, c.SoftSkills} {
		for i := range list {
			if list[i].Name == name {
				return &list[i]
			}
		}
	}
	return nil
}

// SkillsAndTools are the career's technical skills, soft skills and tools,
// in that order.
func (c *Career) SkillsAndTools() []Named {
	return slices.Concat(c.TechnicalSkills, c.SoftSkills, c.Tools)
}

var (
	jobKitOnce   sync.Once
	loadedJobKit *JobKit
	jobKitErr    error
)

// LoadJobKit decodes and validates the embedded jobkit.json once.
func LoadJobKit() (*JobKit, error) {
	jobKitOnce.Do(func() {
		d, err := Load()
		if err != nil {
			jobKitErr = err
			return
		}
		q, err := LoadQuiz()
		if err != nil {
			jobKitErr = err
			return
		}
		loadedJobKit, jobKitErr = loadJobKit(d, q)
	})
	return loadedJobKit, jobKitErr
}

// MustLoadJobKit is LoadJobKit for program start-up, where bad data is a
// build defect.
func MustLoadJobKit() *JobKit {
	k, err := LoadJobKit()
	if err != nil {
		panic(err)
	}
	return k
}

// DecodeJobKit reads jobkit.json from fsys and checks it against the data
// and the quiz.
func DecodeJobKit(fsys fs.FS, d *Data, q *Quiz) (*JobKit, error) {
	k := &JobKit{}
	if err := decodeFile(fsys, "jobkit.json", k); err != nil {
		return nil, err
	}
	if err := k.validate(d, q); err != nil {
		return nil, err
	}
	return k, nil
}

func (k *JobKit) validate(d *Data, q *Quiz) error {
	v := &validator{d: d, file: "jobkit.json"}
	main := d.Main()
	if main == nil {
		v.fail("", "the main career %q is missing", MainSlug)
		return errors.Join(v.errs...)
	}

	covered := map[string]map[string]bool{} // career -> skill or tool names
	labels := map[string]bool{}
	for i, r := range k.Keywords {
		v.entry = fmt.Sprintf("keywords[%d]", i)
		c := d.Career(r.Career)
		if c == nil {
			v.fail("career", "unknown career %q", r.Career)
			continue
		}
		v.entry = r.Career + ": " + r.Label
		v.required("label", r.Label)
		if labels[r.Career+"\x00"+r.Label] {
			v.fail("label", "duplicate keyword")
		}
		labels[r.Career+"\x00"+r.Label] = true
		if len(r.From) == 0 {
			v.fail("from", "names no skill or tool of the career")
		}
		if covered[r.Career] == nil {
			covered[r.Career] = map[string]bool{}
		}
		names := c.SkillsAndTools()
		for j, name := range r.From {
			if !slices.ContainsFunc(names, func(n Named) bool { return n.Name == name }) {
				v.fail(fmt.Sprintf("from[%d]", j), "%s has no skill or tool named %q", r.Career, name)
			}
			covered[r.Career][name] = true
		}
		for j, id := range r.Terms {
			if d.Term(id) == nil {
				v.fail(fmt.Sprintf("terms[%d]", j), "unknown glossary term %q", id)
			}
		}
		for j, w := range r.Words {
			v.required(fmt.Sprintf("words[%d]", j), w)
		}
		if len(r.Terms)+len(r.Words) == 0 {
			v.fail("", "gives no glossary term or word to look for")
		}
	}
	// A career with keywords has one for each skill and tool, so a skill
	// added to the career without one is caught here rather than silently
	// missing from the check.
	for slug, names := range covered {
		v.entry = slug
		for _, n := range d.Career(slug).SkillsAndTools() {
			if !names[n.Name] {
				v.fail("keywords", "no keyword stands for %q", n.Name)
			}
		}
	}

	drawnFrom := func(duty int, skill string) {
		switch {
		case duty != 0 && skill != "":
			v.fail("duty", "sets both duty and skill; choose one")
		case duty != 0:
			if duty < 1 || duty > len(main.Responsibilities) {
				v.fail("duty", "%s has %d responsibilities, so duty %d does not exist", MainSlug, len(main.Responsibilities), duty)
			}
		case skill != "":
			if main.SkillNamed(skill) == nil {
				v.fail("skill", "%s has no technical or soft skill named %q", MainSlug, skill)
			}
		default:
			v.fail("duty", "needs a duty or a skill of %s that it is drawn from", MainSlug)
		}
	}

	ids := map[string]bool{}
	checkID := func(kind string, i int, id, what string) {
		v.entry = id
		if !isSlug(id) {
			v.entry = fmt.Sprintf("%s[%d]", kind, i)
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", id)
		} else if ids[kind+"\x00"+id] {
			v.fail("id", "duplicate %s id", what)
		}
		ids[kind+"\x00"+id] = true
	}
	for i, b := range k.Bullets {
		checkID("bullets", i, b.ID, "bullet")
		v.required("text", b.Text)
		if len(b.When) == 0 {
			v.fail("when", "needs at least one answer that shows the line is true")
		}
		q.checkConditions(v, "when", b.When)
		hasPlaceholder := false
		for _, p := range Placeholders(b.Text) {
			hasPlaceholder = true
			if !slices.Contains(BulletPlaceholders, p) {
				v.fail("text", "{%s} is not filled in (only {%s})", p, strings.Join(BulletPlaceholders, "}, {"))
			}
		}
		switch {
		case hasPlaceholder && strings.TrimSpace(b.Plain) == "":
			v.fail("plain", "is required: the text names what the student entered, and they may have entered nothing")
		case !hasPlaceholder && b.Plain != "":
			v.fail("plain", "is only for a text with a placeholder")
		case len(Placeholders(b.Plain)) > 0:
			v.fail("plain", "must not have placeholders")
		}
		drawnFrom(b.Duty, b.Skill)
	}

	checkStep := func(step int) {
		if step < 0 || step > len(main.Steps) {
			v.fail("step", "%s has %d steps, so step %d does not exist", MainSlug, len(main.Steps), step)
		}
	}
	for i, r := range k.Credentials {
		v.entry = fmt.Sprintf("credentials[%d]", i)
		if d.Credential(r.Credential) == nil {
			v.fail("credential", "unknown credential %q", r.Credential)
		}
		if len(r.Held) == 0 {
			v.fail("held", "needs at least one answer that shows the credential is held")
		}
		q.checkConditions(v, "held", r.Held)
		q.checkConditions(v, "planned", r.Planned)
		checkStep(r.Step)
	}
	for i, r := range k.Education {
		checkID("education", i, r.ID, "education")
		v.required("program", r.Program)
		if len(r.When) == 0 {
			v.fail("when", "needs at least one answer that shows the training")
		}
		q.checkConditions(v, "when", r.When)
		checkStep(r.Step)
		if r.Step != 0 && !r.Studying {
			v.fail("step", "only training under way has a target month")
		}
	}

	for i, iq := range k.Interview {
		checkID("interview", i, iq.ID, "interview question")
		switch iq.Kind {
		case InterviewAboutYou, InterviewJob, InterviewBehaviour:
		default:
			v.fail("kind", "must be %s, %s or %s, got %q", InterviewAboutYou, InterviewJob, InterviewBehaviour, iq.Kind)
		}
		if iq.Area != "" && q.Area(iq.Area) == nil {
			v.fail("area", "unknown quiz area %q", iq.Area)
		}
		v.required("text", iq.Text)
		drawnFrom(iq.Duty, iq.Skill)
		if n := len(iq.Covers); n < MinAnswerPoints || n > MaxAnswerPoints {
			v.fail("covers", "has %d points; a strong answer covers %d to %d", n, MinAnswerPoints, MaxAnswerPoints)
		}
		for j, p := range iq.Covers {
			field := fmt.Sprintf("covers[%d]", j)
			v.required(field+".text", p.Text)
			if p.Knowledge != "" && q.KnowledgeQuestion(p.Knowledge) == nil {
				v.fail(field+".knowledge", "unknown knowledge-check question %q", p.Knowledge)
			}
			if p.Knowledge == "" && len(p.Links) == 0 {
				v.fail(field, "links to no explanation: name a knowledge-check question or add a link")
			}
			for l, link := range p.Links {
				v.link(fmt.Sprintf("%s.links[%d]", field, l), link)
			}
		}
	}
	v.entry = ""
	if n := len(k.Interview); n < MinInterviewQuestions {
		v.fail("interview", "has %d questions; practice needs at least %d", n, MinInterviewQuestions)
	}
	for _, kind := range []string{InterviewJob, InterviewBehaviour} {
		if !slices.ContainsFunc(k.Interview, func(iq InterviewQuestion) bool { return iq.Kind == kind }) {
			v.fail("interview", "has no question of kind %q", kind)
		}
	}
	return errors.Join(v.errs...)
}

// checkConditions reports answer conditions that name a question or a
// choice the quiz does not have.
func (q *Quiz) checkConditions(v *validator, field string, when []AnswerCondition) {
	seen := map[string]bool{}
	for j, c := range when {
		cf := fmt.Sprintf("%s[%d]", field, j)
		qu := q.Question(c.Question)
		if qu == nil {
			v.fail(cf+".question", "unknown question %q", c.Question)
			continue
		}
		if seen[c.Question] {
			v.fail(cf+".question", "question %q is named twice", c.Question)
		}
		seen[c.Question] = true
		if len(c.Choices) == 0 {
			v.fail(cf+".choices", "needs at least one choice")
		}
		for k, ch := range c.Choices {
			if ch < 0 || ch >= len(qu.Choices) {
				v.fail(fmt.Sprintf("%s.choices[%d]", cf, k), "question %q has %d choices, so %d is out of range", c.Question, len(qu.Choices), ch)
			}
		}
	}
}
