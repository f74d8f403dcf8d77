package data

import (
	"encoding/json"
	"os"
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
