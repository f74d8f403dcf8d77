package data

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedJobKitIsValid(t *testing.T) {
	k, err := LoadJobKit()
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Interview) < MinInterviewQuestions {
		t.Errorf("%d interview questions", len(k.Interview))
	}
	// The issue names these topics; each needs a question.
	for _, id := range []string{"release-request", "minimum-necessary", "correct-record", "coding-accuracy", "ehr-tasks", "deadline", "mistake", "difficult-colleague"} {
		if k.Question(id) == nil {
			t.Errorf("no interview question %q", id)
		}
	}
	if len(k.KeywordsOf(MainSlug)) == 0 {
		t.Error("the main career has no keywords")
	}
}

// jobKitFS is the real data plus a jobkit.json changed by f.
func jobKitFS(t *testing.T, f func(k *JobKit)) fstest.MapFS {
	t.Helper()
	b, err := os.ReadFile("jobkit.json")
	if err != nil {
		t.Fatal(err)
	}
	var k JobKit
	if err := json.Unmarshal(b, &k); err != nil {
		t.Fatal(err)
	}
	f(&k)
	out, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{"jobkit.json": {Data: out}}
}

func TestJobKitValidation(t *testing.T) {
	d, q := MustLoad(), MustLoadQuiz()
	tests := []struct {
		name  string
		edit  func(k *JobKit)
		wants string
	}{
		{"keyword of an unknown career", func(k *JobKit) { k.Keywords[0].Career = "astronaut" }, `unknown career "astronaut"`},
		{"keyword from an unknown skill", func(k *JobKit) { k.Keywords[0].From = []string{"Juggling"} }, `has no skill or tool named "Juggling"`},
		{"keyword of an unknown term", func(k *JobKit) { k.Keywords[0].Terms = []string{"xyz"} }, `unknown glossary term "xyz"`},
		{"keyword with nothing to find", func(k *JobKit) { k.Keywords[1].Terms, k.Keywords[1].Words = nil, nil }, `gives no glossary term or word`},
		{"duplicate keyword", func(k *JobKit) { k.Keywords[1].Label = k.Keywords[0].Label }, `duplicate keyword`},
		{"skill without a keyword", func(k *JobKit) {
			var kept []KeywordRule
			for _, r := range k.Keywords {
				if r.Label != "SQL" {
					kept = append(kept, r)
				}
			}
			k.Keywords = kept
		}, `no keyword stands for "Basic SQL queries"`},
		{"bullet without answers", func(k *JobKit) { k.Bullets[0].When = nil }, `needs at least one answer`},
		{"bullet on an unknown question", func(k *JobKit) { k.Bullets[0].When[0].Question = "horoscope" }, `unknown question "horoscope"`},
		{"bullet choice out of range", func(k *JobKit) { k.Bullets[0].When[0].Choices = []int{9} }, `so 9 is out of range`},
		{"bullet with an unknown placeholder", func(k *JobKit) { k.Bullets[2].Text = "Used {software}." }, `{software} is not filled in`},
		{"bullet placeholder without a plain text", func(k *JobKit) { k.Bullets[2].Plain = "" }, `plain: is required`},
		{"plain text without a placeholder", func(k *JobKit) { k.Bullets[0].Plain = "x" }, `plain: is only for a text with a placeholder`},
		{"bullet duty out of range", func(k *JobKit) { k.Bullets[0].Duty = 40 }, `so duty 40 does not exist`},
		{"bullet of an unknown skill", func(k *JobKit) { k.Bullets[8].Skill = "Juggling" }, `has no technical or soft skill named "Juggling"`},
		{"bullet with duty and skill", func(k *JobKit) { k.Bullets[0].Skill = "Communication" }, `sets both duty and skill`},
		{"bullet drawn from nothing", func(k *JobKit) { k.Bullets[0].Duty = 0 }, `needs a duty or a skill`},
		{"duplicate bullet", func(k *JobKit) { k.Bullets[1].ID = k.Bullets[0].ID }, `duplicate bullet id`},
		{"credential unknown", func(k *JobKit) { k.Credentials[0].Credential = "xyz" }, `unknown credential "xyz"`},
		{"credential never held", func(k *JobKit) { k.Credentials[0].Held = nil }, `needs at least one answer that shows the credential is held`},
		{"credential step out of range", func(k *JobKit) { k.Credentials[0].Step = 9 }, `has 6 steps, so step 9 does not exist`},
		{"education without a program", func(k *JobKit) { k.Education[0].Program = "" }, `program: is required`},
		{"finished education with a target", func(k *JobKit) { k.Education[2].Step = 1 }, `only training under way has a target month`},
		{"education on an unknown answer", func(k *JobKit) { k.Education[0].When[0].Choices = []int{8} }, `so 8 is out of range`},
		{"interview kind", func(k *JobKit) { k.Interview[0].Kind = "trick" }, `kind: must be about-you, job or behaviour, got "trick"`},
		{"interview area", func(k *JobKit) { k.Interview[1].Area = "astrology" }, `unknown quiz area "astrology"`},
		{"interview without points", func(k *JobKit) { k.Interview[1].Covers = k.Interview[1].Covers[:1] }, `has 1 points; a strong answer covers 2 to 5`},
		{"point of an unknown knowledge question", func(k *JobKit) { k.Interview[1].Covers[1].Knowledge = "k-nope" }, `unknown knowledge-check question "k-nope"`},
		{"point linking nowhere", func(k *JobKit) { k.Interview[1].Covers[0].Links = nil }, `links to no explanation`},
		{"point with a broken link", func(k *JobKit) {
			k.Interview[1].Covers[0].Links = []Link{{Label: "x", Page: "/glossary", Section: "term-nope"}}
		}, `has no section "term-nope"`},
		{"too few questions", func(k *JobKit) { k.Interview = k.Interview[:3] }, `practice needs at least 8`},
		{"no behaviour question", func(k *JobKit) {
			for i := range k.Interview {
				if k.Interview[i].Kind == InterviewBehaviour {
					k.Interview[i].Kind = InterviewJob
				}
			}
		}, `no question of kind "behaviour"`},
		{"duplicate interview question", func(k *JobKit) { k.Interview[2].ID = k.Interview[1].ID }, `duplicate interview question id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeJobKit(jobKitFS(t, tt.edit), d, q)
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.wants)
			}
			if !strings.Contains(err.Error(), tt.wants) || !strings.Contains(err.Error(), "data/jobkit.json") {
				t.Errorf("error %q does not contain %q and the file", err, tt.wants)
			}
		})
	}
	if _, err := DecodeJobKit(jobKitFS(t, func(*JobKit) {}), d, q); err != nil {
		t.Errorf("the unchanged file fails: %v", err)
	}
}
