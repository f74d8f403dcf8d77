package data

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// Quiz is the readiness quiz: a self-assessment scored by area, an optional
// knowledge check, and where each area's gaps lead in the app. The questions
// are our own words, written from the skills in the career guide.
type Quiz struct {
	Areas     []QuizArea          `json:"areas"`
	Questions []QuizQuestion      `json:"questions"`
	Knowledge []KnowledgeQuestion `json:"knowledge"`
	// Placement holds, for each rank of the main career's path, the overall
	// score at which the quiz places someone at that level. These are the
	// app's own rules of thumb, not an industry standard, and the result
	// says so.
	Placement []LevelRule `json:"placement"`
	// GapBelow is the area score, in percent, under which an area counts as
	// a gap.
	GapBelow int `json:"gapBelow"`
	// Verdict is the rule that answers "am I ready to apply for
	// entry-level jobs?" from the area scores and the placement.
	Verdict VerdictRule `json:"verdict"`
	// Contradictions are answer sets that cannot all be true.
	Contradictions []AnswerRule `json:"contradictions"`
	// PreMarks are plan steps that answers show as already done.
	PreMarks []PreMarkRule `json:"preMarks"`
	// Timeline holds the assumptions the dated timeline is built on.
	Timeline TimelineRule `json:"timeline"`
}

// QuizArea is one skill area the quiz scores, with where to go to improve it.
type QuizArea struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Why says in a sentence why employers care about the area.
	Why string `json:"why"`
	// Action is the plan item a gap in this area becomes.
	Action string `json:"action"`
	// Pathways are ids of the main career's education pathways.
	Pathways []string `json:"pathways,omitempty"`
	// Credentials are ids in credentials.json.
	Credentials []string `json:"credentials,omitempty"`
	// FAQs are ids of the main career's FAQ entries.
	FAQs []string `json:"faqs,omitempty"`
	// Focus points at focus areas of the main career's path.
	Focus     []FocusRef `json:"focus,omitempty"`
	NextSteps []Link     `json:"nextSteps,omitempty"`
}

// FocusRef names one focus area of the career path: the level's rank and the
// focus area's position in that level's list, counting from zero.
type FocusRef struct {
	Level int `json:"level"`
	Index int `json:"index"`
}

// QuizQuestion is one self-assessment question. Choices run from the weakest
// answer to the strongest.
type QuizQuestion struct {
	ID   string `json:"id"`
	Area string `json:"area"`
	Text string `json:"text"`
	Help string `json:"help,omitempty"`
	// Experience marks the question that asks for years of work in the
	// field; its choices carry Years, used to place the person on the
	// career path.
	Experience bool         `json:"experience,omitempty"`
	Choices    []QuizChoice `json:"choices"`
}

// QuizChoice is one answer to a self-assessment question.
type QuizChoice struct {
	Label  string `json:"label"`
	Points int    `json:"points"`
	// Years is the least number of years of experience the choice stands
	// for; only on the experience question.
	Years int `json:"years,omitempty"`
}

// MaxPoints is the most points an answer to the question can earn.
func (q *QuizQuestion) MaxPoints() int {
	max := 0
	for _, c := range q.Choices {
		if c.Points > max {
			max = c.Points
		}
	}
	return max
}

// KnowledgeQuestion is a practice question with one correct option and an
// explanation in our words.
type KnowledgeQuestion struct {
	ID          string   `json:"id"`
	Area        string   `json:"area"`
	Text        string   `json:"text"`
	Options     []string `json:"options"`
	Correct     int      `json:"correct"`
	Explanation string   `json:"explanation"`
	Links       []Link   `json:"links,omitempty"`
}

// LevelRule is the overall score at which the quiz places someone at a rank
// of the career path.
type LevelRule struct {
	Rank       int `json:"rank"`
	MinOverall int `json:"minOverall"`
}

// Area returns the area with the id, or nil.
func (q *Quiz) Area(id string) *QuizArea {
	for i := range q.Areas {
		if q.Areas[i].ID == id {
			return &q.Areas[i]
		}
	}
	return nil
}

// Question returns the self-assessment question with the id, or nil.
func (q *Quiz) Question(id string) *QuizQuestion {
	for i := range q.Questions {
		if q.Questions[i].ID == id {
			return &q.Questions[i]
		}
	}
	return nil
}

// KnowledgeQuestion returns the knowledge-check question with the id, or nil.
func (q *Quiz) KnowledgeQuestion(id string) *KnowledgeQuestion {
	for i := range q.Knowledge {
		if q.Knowledge[i].ID == id {
			return &q.Knowledge[i]
		}
	}
	return nil
}

// MinOverall is the overall score needed for a rank; zero when no rule
// names the rank.
func (q *Quiz) MinOverall(rank int) int {
	for _, r := range q.Placement {
		if r.Rank == rank {
			return r.MinOverall
		}
	}
	return 0
}

// Limits on the size of the quiz, from its issue: long enough to mean
// something, short enough to finish.
const (
	MinQuizQuestions      = 12
	MaxQuizQuestions      = 20
	MinKnowledgeQuestions = 10
)

var (
	quizOnce   sync.Once
	loadedQuiz *Quiz
	quizErr    error
)

// LoadQuiz decodes and validates the embedded quiz.json once.
func LoadQuiz() (*Quiz, error) {
	quizOnce.Do(func() {
		d, err := Load()
		if err != nil {
			quizErr = err
			return
		}
		loadedQuiz, quizErr = loadQuiz(d)
	})
	return loadedQuiz, quizErr
}

// MustLoadQuiz is LoadQuiz for program start-up, where a bad quiz is a build
// defect.
func MustLoadQuiz() *Quiz {
	q, err := LoadQuiz()
	if err != nil {
		panic(err)
	}
	return q
}

// DecodeQuiz reads quiz.json from fsys and checks it against d.
func DecodeQuiz(fsys fs.FS, d *Data) (*Quiz, error) {
	q := &Quiz{}
	if err := decodeFile(fsys, "quiz.json", q); err != nil {
		return nil, err
	}
	if err := q.validate(d); err != nil {
		return nil, err
	}
	return q, nil
}

func (q *Quiz) validate(d *Data) error {
	v := &validator{d: d, file: "quiz.json"}
	main := d.Main()
	if main == nil {
		v.fail("", "the main career %q is missing", MainSlug)
		return errors.Join(v.errs...)
	}

	areas := map[string]bool{}
	for i, a := range q.Areas {
		v.entry = a.ID
		if !isSlug(a.ID) {
			v.entry = fmt.Sprintf("areas[%d]", i)
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", a.ID)
		} else if areas[a.ID] {
			v.fail("id", "duplicate area id")
		}
		areas[a.ID] = true
		v.required("name", a.Name)
		v.required("why", a.Why)
		v.required("action", a.Action)
		for j, id := range a.Pathways {
			if !hasPathway(main, id) {
				v.fail(fmt.Sprintf("pathways[%d]", j), "unknown pathway %q of %s", id, MainSlug)
			}
		}
		for j, id := range a.Credentials {
			if d.Credential(id) == nil {
				v.fail(fmt.Sprintf("credentials[%d]", j), "unknown credential %q", id)
			}
		}
		for j, id := range a.FAQs {
			if !hasFAQ(main, id) {
				v.fail(fmt.Sprintf("faqs[%d]", j), "unknown FAQ %q of %s", id, MainSlug)
			}
		}
		for j, f := range a.Focus {
			field := fmt.Sprintf("focus[%d]", j)
			if f.Level < 1 || f.Level > len(main.CareerPath) {
				v.fail(field+".level", "no career-path level of rank %d (there are %d)", f.Level, len(main.CareerPath))
				continue
			}
			if n := len(main.CareerPath[f.Level-1].FocusAreas); f.Index < 0 || f.Index >= n {
				v.fail(field+".index", "level %d has %d focus areas, so index %d is out of range", f.Level, n, f.Index)
			}
		}
		for j, l := range a.NextSteps {
			v.link(fmt.Sprintf("nextSteps[%d]", j), l)
		}
	}

	ids := map[string]bool{}
	checkID := func(kind string, i int, id string) {
		v.entry = id
		if !isSlug(id) {
			v.entry = fmt.Sprintf("%s[%d]", kind, i)
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", id)
		} else if ids[id] {
			v.fail("id", "duplicate question id")
		}
		ids[id] = true
	}
	checkArea := func(id string) {
		if !areas[id] {
			v.fail("area", "unknown area %q", id)
		}
	}

	asked := map[string]bool{}
	experience := 0
	for i, qu := range q.Questions {
		checkID("questions", i, qu.ID)
		checkArea(qu.Area)
		asked[qu.Area] = true
		v.required("text", qu.Text)
		if len(qu.Choices) < 2 {
			v.fail("choices", "needs at least two choices, has %d", len(qu.Choices))
		}
		for j, c := range qu.Choices {
			v.required(fmt.Sprintf("choices[%d].label", j), c.Label)
			if c.Points < 0 {
				v.fail(fmt.Sprintf("choices[%d].points", j), "must not be negative, got %d", c.Points)
			}
			if c.Years != 0 && !qu.Experience {
				v.fail(fmt.Sprintf("choices[%d].years", j), "only the experience question gives years")
			}
			if qu.Experience && j > 0 && c.Years < qu.Choices[j-1].Years {
				v.fail(fmt.Sprintf("choices[%d].years", j), "choices must run from fewest years to most")
			}
		}
		if len(qu.Choices) > 0 && qu.MaxPoints() == 0 {
			v.fail("choices", "no choice earns points, so the question cannot be scored")
		}
		if qu.Experience {
			experience++
		}
	}
	v.entry = ""
	if n := len(q.Questions); n < MinQuizQuestions || n > MaxQuizQuestions {
		v.fail("questions", "has %d questions; the quiz needs %d to %d", n, MinQuizQuestions, MaxQuizQuestions)
	}
	if experience != 1 {
		v.fail("questions", "exactly one question must be marked experience, found %d", experience)
	}
	for _, a := range q.Areas {
		if !asked[a.ID] {
			v.entry = a.ID
			v.fail("", "no self-assessment question covers this area")
		}
	}

	for i, k := range q.Knowledge {
		checkID("knowledge", i, k.ID)
		checkArea(k.Area)
		v.required("text", k.Text)
		v.required("explanation", k.Explanation)
		if len(k.Options) < 2 {
			v.fail("options", "needs at least two options, has %d", len(k.Options))
		}
		seen := map[string]bool{}
		for j, o := range k.Options {
			v.required(fmt.Sprintf("options[%d]", j), o)
			if seen[o] {
				v.fail(fmt.Sprintf("options[%d]", j), "repeats an earlier option")
			}
			seen[o] = true
		}
		if k.Correct < 0 || k.Correct >= len(k.Options) {
			v.fail("correct", "index %d is out of range for %d options", k.Correct, len(k.Options))
		}
		for j, l := range k.Links {
			v.link(fmt.Sprintf("links[%d]", j), l)
		}
	}
	v.entry = ""
	if n := len(q.Knowledge); n < MinKnowledgeQuestions {
		v.fail("knowledge", "has %d questions; the knowledge check needs at least %d", n, MinKnowledgeQuestions)
	}

	if len(q.Placement) != len(main.CareerPath) {
		v.fail("placement", "needs one rule for each of the %d career-path levels, has %d", len(main.CareerPath), len(q.Placement))
	}
	for i, r := range q.Placement {
		field := fmt.Sprintf("placement[%d]", i)
		if r.Rank != i+1 {
			v.fail(field+".rank", "rules out of order: expected rank %d, got %d", i+1, r.Rank)
		}
		if r.MinOverall < 0 || r.MinOverall > 100 {
			v.fail(field+".minOverall", "must be a percentage from 0 to 100, got %d", r.MinOverall)
		}
		if i > 0 && r.MinOverall < q.Placement[i-1].MinOverall {
			v.fail(field+".minOverall", "a higher level cannot need a lower score than the level below")
		}
	}
	if q.GapBelow < 1 || q.GapBelow > 100 {
		v.fail("gapBelow", "must be a percentage from 1 to 100, got %d", q.GapBelow)
	}
	q.validateCoach(v, main, areas)
	return errors.Join(v.errs...)
}

func hasPathway(c *Career, id string) bool {
	for _, p := range c.Pathways {
		if p.ID == id {
			return true
		}
	}
	return false
}

func hasFAQ(c *Career, id string) bool {
	for _, f := range c.FAQ {
		if f.ID == id {
			return true
		}
	}
	return false
}

// VerdictRule answers "am I ready to apply for entry-level jobs?". Levels
// are tried in order and the first whose tests all pass is the verdict, so
// the last level has no tests. Like the placement, it is this app's rule of
// thumb, and Note says so wherever the verdict is shown.
type VerdictRule struct {
	Question string `json:"question"`
	Note     string `json:"note"`
	// Unscored is said instead of a verdict before any answer.
	Unscored string         `json:"unscored"`
	Levels   []VerdictLevel `json:"levels"`
}

// VerdictLevel is one answer to the verdict's question.
type VerdictLevel struct {
	// ID is "yes", "almost" or "not-yet": the UI styles by it.
	ID       string `json:"id"`
	Answer   string `json:"answer"`
	Headline string `json:"headline"`
	// Step, counting from one, is the career step that comes first once
	// this verdict holds; zero to let the weakest gap lead.
	Step  int           `json:"step,omitempty"`
	Tests []VerdictTest `json:"tests,omitempty"`
}

// Kinds of verdict test.
const (
	// TestRank passes when the placement reaches rank Min.
	TestRank = "rank"
	// TestOverall passes when the overall score is at least Min percent.
	TestOverall = "overall"
	// TestArea passes when the area's score is at least Min percent.
	TestArea = "area"
	// TestGaps passes when at most Max areas are gaps.
	TestGaps = "gaps"
)

// VerdictTest is one threshold of a verdict level, with what to say when it
// passes (Met) and when it does not (Short). The texts may use the
// placeholders that verdictPlaceholders allows for the test's kind.
type VerdictTest struct {
	Test  string `json:"test"`
	Area  string `json:"area,omitempty"`
	Min   int    `json:"min,omitempty"`
	Max   int    `json:"max,omitempty"`
	Met   string `json:"met"`
	Short string `json:"short"`
}

// verdictPlaceholders are the placeholders each kind of test fills in.
var verdictPlaceholders = map[string][]string{
	TestRank:    {"overall", "min", "level"},
	TestOverall: {"overall", "min"},
	TestArea:    {"area", "percent", "min"},
	TestGaps:    {"areas", "count", "max", "gapBelow", "weakest"},
}

// AnswerCondition holds when the question was answered with one of the
// choices (indexes from zero).
type AnswerCondition struct {
	Question string `json:"question"`
	Choices  []int  `json:"choices"`
}

// AnswerRule is a set of answers that cannot all be true, with a sentence
// saying why.
type AnswerRule struct {
	ID   string            `json:"id"`
	When []AnswerCondition `json:"when"`
	Why  string            `json:"why"`
}

// PreMarkRule marks a step of the main career as done when every condition
// holds, and says why.
type PreMarkRule struct {
	// Step counts the main career's steps from one.
	Step int               `json:"step"`
	When []AnswerCondition `json:"when"`
	Why  string            `json:"why"`
}

// TimelineRule holds the assumptions of the dated timeline: how much longer
// part-time study takes, and which exam follows each pathway. Assumptions
// says them in words, because no source gives them.
type TimelineRule struct {
	// PartTimePercent is the length of part-time study as a percentage of
	// full-time study's.
	PartTimePercent int             `json:"partTimePercent"`
	Assumptions     string          `json:"assumptions"`
	Routes          []TimelineRoute `json:"routes"`
}

// TimelineRoute says which credential's exam follows a pathway of the main
// career, and which of the credential's facts give the exam fee and the
// time allowed to sit the exam.
type TimelineRoute struct {
	Pathway    string `json:"pathway"`
	Credential string `json:"credential"`
	// FeeFact is the label of the fact whose dollar amounts are the fee.
	FeeFact string `json:"feeFact"`
	// WindowFact is the label of the fact that gives, in calendar days,
	// how long a candidate has to sit the exam; optional.
	WindowFact string `json:"windowFact,omitempty"`
}

// Route is the timeline route of the pathway, or nil.
func (t *TimelineRule) Route(pathway string) *TimelineRoute {
	for i := range t.Routes {
		if t.Routes[i].Pathway == pathway {
			return &t.Routes[i]
		}
	}
	return nil
}

// Holds reports whether the answers meet the condition.
func (c AnswerCondition) Holds(answers map[string]int) bool {
	a, ok := answers[c.Question]
	if !ok {
		return false
	}
	for _, ch := range c.Choices {
		if ch == a {
			return true
		}
	}
	return false
}

// AllHold reports whether the answers meet every condition.
func AllHold(when []AnswerCondition, answers map[string]int) bool {
	for _, c := range when {
		if !c.Holds(answers) {
			return false
		}
	}
	return len(when) > 0
}

// FactLabelled is the credential's fact with the label, or nil.
func (c *Credential) FactLabelled(label string) *Fact {
	for i := range c.Facts {
		if c.Facts[i].Label == label {
			return &c.Facts[i]
		}
	}
	return nil
}

// DollarAmounts are the whole-dollar amounts written in a fact's value, such
// as 229 and 299 in "$229 AHIMA members; $299 non-members", in the order
// they appear. Commas between thousands are allowed; cents are not, since
// no fee in the data has them.
func DollarAmounts(s string) []int64 {
	var out []int64
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		var n int64
		digits := 0
		j := i + 1
		for ; j < len(s); j++ {
			c := s[j]
			if c >= '0' && c <= '9' {
				if n > 1e12 {
					break
				}
				n = n*10 + int64(c-'0')
				digits++
			} else if c == ',' && digits > 0 && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
				continue
			} else {
				break
			}
		}
		if digits > 0 {
			out = append(out, n)
		}
		i = j - 1
	}
	return out
}

// CalendarDays reads a value such as "120 calendar days"; false for any
// other form.
func CalendarDays(s string) (int, bool) {
	num, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || rest != "calendar days" || !isDigits(num) || len(num) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range num {
		n = n*10 + int(c-'0')
	}
	return n, n > 0
}

// Levels the verdict needs, by id: the UI styles and tests by them.
var verdictIDs = []string{"yes", "almost", "not-yet"}

// MaxVerdictTests keeps a level's deciding reasons to three.
const MaxVerdictTests = 3

func (q *Quiz) validateCoach(v *validator, main *Career, areas map[string]bool) {
	vr := q.Verdict
	v.entry = "verdict"
	v.required("question", vr.Question)
	v.required("note", vr.Note)
	v.required("unscored", vr.Unscored)
	if len(vr.Levels) != len(verdictIDs) {
		v.fail("levels", "needs the %d levels %s, has %d", len(verdictIDs), strings.Join(verdictIDs, ", "), len(vr.Levels))
	}
	for i, l := range vr.Levels {
		field := fmt.Sprintf("levels[%d]", i)
		if i < len(verdictIDs) && l.ID != verdictIDs[i] {
			v.fail(field+".id", "expected %q here, got %q", verdictIDs[i], l.ID)
		}
		v.required(field+".answer", l.Answer)
		v.required(field+".headline", l.Headline)
		if l.Step < 0 || l.Step > len(main.Steps) {
			v.fail(field+".step", "%s has %d steps, so step %d does not exist", MainSlug, len(main.Steps), l.Step)
		}
		last := i == len(vr.Levels)-1
		switch {
		case last && len(l.Tests) > 0:
			v.fail(field+".tests", "the last level is what is left when every other fails, so it has no tests")
		case !last && len(l.Tests) == 0:
			v.fail(field+".tests", "needs at least one test; only the last level has none")
		case len(l.Tests) > MaxVerdictTests:
			v.fail(field+".tests", "has %d tests; a verdict gives at most %d reasons", len(l.Tests), MaxVerdictTests)
		}
		for j, t := range l.Tests {
			tf := fmt.Sprintf("%s.tests[%d]", field, j)
			allowed, ok := verdictPlaceholders[t.Test]
			if !ok {
				v.fail(tf+".test", "unknown test %q (rank, overall, area or gaps)", t.Test)
				continue
			}
			switch t.Test {
			case TestRank:
				if t.Min < 1 || t.Min > len(q.Placement) {
					v.fail(tf+".min", "no placement rule of rank %d", t.Min)
				}
			case TestOverall, TestArea:
				if t.Min < 1 || t.Min > 100 {
					v.fail(tf+".min", "must be a percentage from 1 to 100, got %d", t.Min)
				}
			case TestGaps:
				// At least one, so that a test that fails speaks of two
				// areas or more and its text can say "areas".
				if t.Max < 1 || t.Max >= len(q.Areas) {
					v.fail(tf+".max", "must be from 1 to %d, got %d", len(q.Areas)-1, t.Max)
				}
			}
			if t.Test == TestArea {
				if !areas[t.Area] {
					v.fail(tf+".area", "unknown area %q", t.Area)
				}
			} else if t.Area != "" {
				v.fail(tf+".area", "only an area test names an area")
			}
			if t.Test != TestGaps && t.Max != 0 {
				v.fail(tf+".max", "only a gaps test has a maximum")
			}
			if t.Test == TestGaps && t.Min != 0 {
				v.fail(tf+".min", "a gaps test has a maximum, not a minimum")
			}
			for _, text := range []struct{ name, s string }{{"met", t.Met}, {"short", t.Short}} {
				v.required(tf+"."+text.name, text.s)
				for _, p := range Placeholders(text.s) {
					if !slices.Contains(allowed, p) {
						v.fail(tf+"."+text.name, "{%s} is not filled in by a %s test (it fills {%s})", p, t.Test, strings.Join(allowed, "}, {"))
					}
				}
			}
		}
	}

	checkWhen := func(field string, when []AnswerCondition) {
		if len(when) == 0 {
			v.fail(field, "needs at least one condition")
		}
		q.checkConditions(v, field, when)
	}
	ids := map[string]bool{}
	for i, r := range q.Contradictions {
		v.entry = r.ID
		if !isSlug(r.ID) {
			v.entry = fmt.Sprintf("contradictions[%d]", i)
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", r.ID)
		} else if ids[r.ID] {
			v.fail("id", "duplicate contradiction id")
		}
		ids[r.ID] = true
		checkWhen("when", r.When)
		if len(r.When) == 1 {
			v.fail("when", "a contradiction needs at least two questions")
		}
		v.required("why", r.Why)
	}
	for i, p := range q.PreMarks {
		v.entry = fmt.Sprintf("preMarks[%d]", i)
		if p.Step < 1 || p.Step > len(main.Steps) {
			v.fail("step", "%s has %d steps, so step %d does not exist", MainSlug, len(main.Steps), p.Step)
		}
		checkWhen("when", p.When)
		v.required("why", p.Why)
	}

	t := q.Timeline
	v.entry = "timeline"
	if t.PartTimePercent < 100 || t.PartTimePercent > 400 {
		v.fail("partTimePercent", "must be from 100 to 400, got %d", t.PartTimePercent)
	}
	v.required("assumptions", t.Assumptions)
	routed := map[string]bool{}
	for i, r := range t.Routes {
		field := fmt.Sprintf("routes[%d]", i)
		if !hasPathway(main, r.Pathway) {
			v.fail(field+".pathway", "unknown pathway %q of %s", r.Pathway, MainSlug)
		}
		if routed[r.Pathway] {
			v.fail(field+".pathway", "pathway %q has two routes", r.Pathway)
		}
		routed[r.Pathway] = true
		cr := v.d.Credential(r.Credential)
		if cr == nil {
			v.fail(field+".credential", "unknown credential %q", r.Credential)
			continue
		}
		if f := cr.FactLabelled(r.FeeFact); f == nil {
			v.fail(field+".feeFact", "credential %q has no fact labelled %q", r.Credential, r.FeeFact)
		} else if len(DollarAmounts(f.Value)) == 0 {
			v.fail(field+".feeFact", "the fact %q of %q gives no dollar amount (%q)", r.FeeFact, r.Credential, f.Value)
		}
		if r.WindowFact != "" {
			if f := cr.FactLabelled(r.WindowFact); f == nil {
				v.fail(field+".windowFact", "credential %q has no fact labelled %q", r.Credential, r.WindowFact)
			} else if _, ok := CalendarDays(f.Value); !ok {
				v.fail(field+".windowFact", "the fact %q of %q is not a number of calendar days (%q)", r.WindowFact, r.Credential, f.Value)
			}
		}
	}
	for _, p := range main.Pathways {
		if !routed[p.ID] {
			v.fail("routes", "pathway %q of %s has no route, so its timeline has no exam", p.ID, MainSlug)
		}
	}
	v.entry = ""
}

// Placeholders are the names in braces in a text, such as "overall" in
// "Your score is {overall}%".
func Placeholders(s string) []string {
	var out []string
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			return out
		}
		out = append(out, s[open+1:open+end])
		s = s[open+end+1:]
	}
}
