package data

import (
	"errors"
	"fmt"
	"io/fs"
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
