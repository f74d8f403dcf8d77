package data

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedQuizIsValid(t *testing.T) {
	q, err := LoadQuiz()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(q.Questions); n < MinQuizQuestions || n > MaxQuizQuestions {
		t.Errorf("%d questions", n)
	}
	if len(q.Knowledge) < MinKnowledgeQuestions {
		t.Errorf("%d knowledge questions", len(q.Knowledge))
	}
	want := []string{"education", "certification", "ehr", "coding", "privacy", "data", "terminology", "soft"}
	for _, id := range want {
		if q.Area(id) == nil {
			t.Errorf("area %q is missing", id)
		}
	}
	// Every area must lead somewhere concrete, or its gap has no next step.
	for _, a := range q.Areas {
		if len(a.Pathways)+len(a.Credentials)+len(a.FAQs)+len(a.Focus)+len(a.NextSteps) == 0 {
			t.Errorf("area %q has no next steps", a.ID)
		}
	}
}

// quizFS is the real data plus a quiz.json changed by f.
func quizFS(t *testing.T, f func(q *Quiz)) fstest.MapFS {
	t.Helper()
	b, err := os.ReadFile("quiz.json")
	if err != nil {
		t.Fatal(err)
	}
	var q Quiz
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	f(&q)
	out, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{"quiz.json": {Data: out}}
}

func TestQuizValidation(t *testing.T) {
	d := MustLoad()
	tests := []struct {
		name  string
		edit  func(q *Quiz)
		wants string
	}{
		{"duplicate question id", func(q *Quiz) { q.Questions[1].ID = q.Questions[0].ID }, `field id: duplicate question id`},
		{"knowledge id reuses a question id", func(q *Quiz) { q.Knowledge[0].ID = q.Questions[0].ID }, `duplicate question id`},
		{"duplicate area", func(q *Quiz) { q.Areas[1].ID = q.Areas[0].ID }, `duplicate area id`},
		{"unknown area", func(q *Quiz) { q.Questions[0].Area = "astrology" }, `unknown area "astrology"`},
		{"no choices", func(q *Quiz) { q.Questions[3].Choices = nil }, `needs at least two choices`},
		{"empty choice label", func(q *Quiz) { q.Questions[3].Choices[0].Label = " " }, `choices[0].label: is required`},
		{"negative points", func(q *Quiz) { q.Questions[3].Choices[0].Points = -1 }, `must not be negative`},
		{"no points anywhere", func(q *Quiz) {
			for i := range q.Questions[3].Choices {
				q.Questions[3].Choices[i].Points = 0
			}
		}, `cannot be scored`},
		{"too few questions", func(q *Quiz) { q.Questions = q.Questions[:5] }, `the quiz needs 12 to 20`},
		{"no experience question", func(q *Quiz) {
			for i := range q.Questions {
				q.Questions[i].Experience = false
				for j := range q.Questions[i].Choices {
					q.Questions[i].Choices[j].Years = 0
				}
			}
		}, `exactly one question must be marked experience, found 0`},
		{"years on another question", func(q *Quiz) { q.Questions[3].Choices[1].Years = 3 }, `only the experience question gives years`},
		{"correct out of range", func(q *Quiz) { q.Knowledge[2].Correct = 9 }, `correct: index 9 is out of range for 4 options`},
		{"negative correct", func(q *Quiz) { q.Knowledge[2].Correct = -1 }, `index -1 is out of range`},
		{"empty option", func(q *Quiz) { q.Knowledge[2].Options[1] = "" }, `options[1]: is required`},
		{"repeated option", func(q *Quiz) { q.Knowledge[2].Options[1] = q.Knowledge[2].Options[0] }, `repeats an earlier option`},
		{"no explanation", func(q *Quiz) { q.Knowledge[2].Explanation = "" }, `explanation: is required`},
		{"too few knowledge questions", func(q *Quiz) { q.Knowledge = q.Knowledge[:3] }, `needs at least 10`},
		{"bad next-step link", func(q *Quiz) {
			q.Areas[0].NextSteps[0] = Link{Label: "x", Career: MainSlug, Section: "nowhere"}
		}, `nextSteps[0].section: career "health-information-technician" has no section "nowhere"`},
		{"page link without a slash", func(q *Quiz) { q.Areas[0].NextSteps[0] = Link{Label: "x", Page: "nope"} }, `page "nope" must start with /`},
		{"bad knowledge link", func(q *Quiz) { q.Knowledge[0].Links = []Link{{Label: "x", Page: "/glossary", Section: "term-nope"}} }, `has no section "term-nope"`},
		{"unknown pathway", func(q *Quiz) { q.Areas[0].Pathways = []string{"apprenticeship"} }, `unknown pathway "apprenticeship"`},
		{"unknown credential", func(q *Quiz) { q.Areas[1].Credentials = []string{"xyz"} }, `unknown credential "xyz"`},
		{"unknown faq", func(q *Quiz) { q.Areas[0].FAQs = []string{"why"} }, `unknown FAQ "why"`},
		{"focus level out of range", func(q *Quiz) { q.Areas[2].Focus = []FocusRef{{Level: 9}} }, `no career-path level of rank 9`},
		{"focus index out of range", func(q *Quiz) { q.Areas[2].Focus = []FocusRef{{Level: 1, Index: 40}} }, `index 40 is out of range`},
		{"placement missing a level", func(q *Quiz) { q.Placement = q.Placement[:4] }, `needs one rule for each of the 5`},
		{"placement going down", func(q *Quiz) { q.Placement[3].MinOverall = 10 }, `cannot need a lower score`},
		{"placement out of order", func(q *Quiz) { q.Placement[0].Rank = 2 }, `expected rank 1, got 2`},
		{"gap threshold", func(q *Quiz) { q.GapBelow = 0 }, `gapBelow: must be a percentage`},
		{"verdict level missing", func(q *Quiz) { q.Verdict.Levels = q.Verdict.Levels[:2] }, `levels: needs the 3 levels yes, almost, not-yet, has 2`},
		{"verdict level out of order", func(q *Quiz) { q.Verdict.Levels[0].ID = "maybe" }, `levels[0].id: expected "yes" here, got "maybe"`},
		{"verdict without a note", func(q *Quiz) { q.Verdict.Note = "" }, `entry "verdict": field note: is required`},
		{"last verdict level with a test", func(q *Quiz) { q.Verdict.Levels[2].Tests = q.Verdict.Levels[1].Tests }, `levels[2].tests: the last level is what is left`},
		{"verdict level without tests", func(q *Quiz) { q.Verdict.Levels[1].Tests = nil }, `levels[1].tests: needs at least one test`},
		{"verdict test of unknown kind", func(q *Quiz) { q.Verdict.Levels[0].Tests[0].Test = "vibes" }, `unknown test "vibes"`},
		{"verdict rank out of range", func(q *Quiz) { q.Verdict.Levels[0].Tests[0].Min = 6 }, `tests[0].min: no placement rule of rank 6`},
		{"verdict area unknown", func(q *Quiz) { q.Verdict.Levels[0].Tests[1].Area = "astrology" }, `tests[1].area: unknown area "astrology"`},
		{"verdict gaps of zero", func(q *Quiz) { q.Verdict.Levels[0].Tests[2].Max = 0 }, `tests[2].max: must be from 1 to 7, got 0`},
		{"verdict placeholder of another test", func(q *Quiz) { q.Verdict.Levels[0].Tests[0].Met = "{area} is fine" }, `{area} is not filled in by a rank test`},
		{"verdict step out of range", func(q *Quiz) { q.Verdict.Levels[0].Step = 7 }, `levels[0].step: health-information-technician has 6 steps, so step 7 does not exist`},
		{"contradiction of one question", func(q *Quiz) { q.Contradictions[0].When = q.Contradictions[0].When[:1] }, `a contradiction needs at least two questions`},
		{"contradiction on an unknown question", func(q *Quiz) { q.Contradictions[0].When[0].Question = "horoscope" }, `when[0].question: unknown question "horoscope"`},
		{"contradiction choice out of range", func(q *Quiz) { q.Contradictions[0].When[1].Choices = []int{5} }, `question "edu-training" has 5 choices, so 5 is out of range`},
		{"contradiction naming a question twice", func(q *Quiz) { q.Contradictions[0].When[1].Question = q.Contradictions[0].When[0].Question }, `is named twice`},
		{"duplicate contradiction", func(q *Quiz) { q.Contradictions[1].ID = q.Contradictions[0].ID }, `duplicate contradiction id`},
		{"pre-mark of a missing step", func(q *Quiz) { q.PreMarks[0].Step = 9 }, `preMarks[0]": field step: health-information-technician has 6 steps`},
		{"pre-mark without a reason", func(q *Quiz) { q.PreMarks[0].Why = "" }, `field why: is required`},
		{"pre-mark without conditions", func(q *Quiz) { q.PreMarks[0].When = nil }, `when: needs at least one condition`},
		{"part-time shorter than full time", func(q *Quiz) { q.Timeline.PartTimePercent = 50 }, `partTimePercent: must be from 100 to 400, got 50`},
		{"timeline without assumptions", func(q *Quiz) { q.Timeline.Assumptions = "" }, `assumptions: is required`},
		{"route of an unknown pathway", func(q *Quiz) { q.Timeline.Routes[0].Pathway = "apprenticeship" }, `routes[0].pathway: unknown pathway "apprenticeship"`},
		{"pathway without a route", func(q *Quiz) { q.Timeline.Routes = q.Timeline.Routes[:1] }, `pathway "certificate-or-online-course" of health-information-technician has no route`},
		{"route of an unknown credential", func(q *Quiz) { q.Timeline.Routes[0].Credential = "xyz" }, `unknown credential "xyz"`},
		{"fee fact missing", func(q *Quiz) { q.Timeline.Routes[0].FeeFact = "Exam price" }, `credential "rhit" has no fact labelled "Exam price"`},
		{"fee fact without dollars", func(q *Quiz) { q.Timeline.Routes[0].FeeFact = "Exam length" }, `gives no dollar amount ("3.5 hours")`},
		{"window fact not in days", func(q *Quiz) { q.Timeline.Routes[0].WindowFact = "Exam length" }, `is not a number of calendar days ("3.5 hours")`},
		{"area without questions", func(q *Quiz) {
			q.Areas = append(q.Areas, QuizArea{ID: "juggling", Name: "Juggling", Why: "w", Action: "a"})
		}, `entry "juggling": no self-assessment question covers this area`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeQuiz(quizFS(t, tt.edit), d)
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.wants)
			}
			if !strings.Contains(err.Error(), tt.wants) || !strings.Contains(err.Error(), "data/quiz.json") {
				t.Errorf("error %q does not contain %q and the file name", err, tt.wants)
			}
		})
	}
}

func TestQuizRejectsUnknownFieldsAndBadJSON(t *testing.T) {
	d := MustLoad()
	for name, body := range map[string]string{
		"unknown field": `{"areas": [], "questions": [], "knowledge": [], "placement": [], "gapBelow": 60, "extra": 1}`,
		"truncated":     `{"areas": [`,
		"wrong type":    `{"gapBelow": "sixty"}`,
	} {
		_, err := DecodeQuiz(fstest.MapFS{"quiz.json": {Data: []byte(body)}}, d)
		if err == nil || !strings.Contains(err.Error(), "data/quiz.json") {
			t.Errorf("%s: error %v, want one naming data/quiz.json", name, err)
		}
	}
}

func TestMaxPoints(t *testing.T) {
	q := QuizQuestion{Choices: []QuizChoice{{Points: 1}, {Points: 3}, {Points: 2}}}
	if got := q.MaxPoints(); got != 3 {
		t.Errorf("MaxPoints = %d, want 3", got)
	}
}

// Not knowing is no worse than a known "no": someone unsure whether their
// program is accredited may well be in an accredited one, and the quiz
// must not score them below someone whose program is not.
func TestDontKnowScoresNoLowerThanNo(t *testing.T) {
	checked := 0
	for _, q := range MustLoadQuiz().Questions {
		for _, unsure := range q.Choices {
			if unsure.Label != "I don't know" {
				continue
			}
			for _, no := range q.Choices {
				if strings.HasPrefix(no.Label, "No") {
					checked++
					if unsure.Points < no.Points {
						t.Errorf("%s: %q scores %d, below %q at %d", q.ID, unsure.Label, unsure.Points, no.Label, no.Points)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no question pairs \"I don't know\" with a \"No\" answer; the test checks nothing")
	}
}

func TestDollarAmounts(t *testing.T) {
	for in, want := range map[string][]int64{
		"$229 AHIMA members; $299 non-members":                            {229, 299},
		"Member $199; Non-member $299":                                    {199, 299},
		"Test center $499 for two attempts; virtual $399 for one attempt": {499, 399},
		"$1,250 and $12,500.":                                             {1250, 12500},
		"$50 per 30-day increment, up to 90 days":                         {50},
		"3.5 hours":       nil,
		"$ and $,5 and $": nil,
	} {
		if got := DollarAmounts(in); !reflect.DeepEqual(got, want) {
			t.Errorf("DollarAmounts(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestCalendarDays(t *testing.T) {
	for in, want := range map[string]int{"120 calendar days": 120, " 30 calendar days ": 30, "120 days": 0, "calendar days": 0, "0 calendar days": 0, "-5 calendar days": 0, "12345 calendar days": 0} {
		got, ok := CalendarDays(in)
		if got != want || ok != (want > 0) {
			t.Errorf("CalendarDays(%q) = %d, %v, want %d", in, got, ok, want)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	if got := Placeholders("{a} and {b}, {unclosed"); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Placeholders = %q", got)
	}
}

func TestAnswerConditions(t *testing.T) {
	when := []AnswerCondition{{Question: "a", Choices: []int{1, 2}}, {Question: "b", Choices: []int{0}}}
	for _, tt := range []struct {
		answers map[string]int
		want    bool
	}{
		{map[string]int{"a": 2, "b": 0}, true},
		{map[string]int{"a": 0, "b": 0}, false},
		{map[string]int{"a": 1}, false},
		{nil, false},
	} {
		if got := AllHold(when, tt.answers); got != tt.want {
			t.Errorf("AllHold(%v) = %v", tt.answers, got)
		}
	}
	if AllHold(nil, map[string]int{"a": 1}) {
		t.Errorf("no conditions hold for any answers")
	}
}
