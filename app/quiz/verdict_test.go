package quiz

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/quiz/quiztest"
	"github.com/hitcoach/hitcoach/data"
)

// Three students, as the browser tests and the closing note use them.
var (
	readyAnswers  = quiztest.Ready
	almostAnswers = quiztest.Almost
	notYetAnswers = quiztest.NotYet
)

func TestVerdictForThreeStudents(t *testing.T) {
	q, c, d := realData(t)
	tests := []struct {
		name    string
		answers map[string]int
		id      string
		reasons []string // a part of each reason, in order
		next    string
	}{
		{"new graduate", readyAnswers, "yes", []string{
			"Your overall score is 60%. This app looks for 40% for a first job as a Junior Health Information Technician.",
			"Education and experience scores 75%, at least the 60%",
			"Areas under 60%: Certification (40%), Privacy and compliance (50%) and Data skills (50%). This app allows up to 3",
		}, "step-5"},
		{"student halfway", almostAnswers, "almost", []string{
			"Education and experience scores 50%, under the 60% this app looks for.",
			"7 areas score under 60%, more than the 3 this app allows for a first job. The weakest is Certification (20%).",
		}, "gap-education"},
		{"just heard of it", notYetAnswers, "not-yet", []string{
			"Your overall score is 15%, under the 35% this app counts as close.",
			"Education and experience scores 0%, under the 25% this app counts as close.",
			"8 areas score under 60%",
		}, "gap-education"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(q, c, d, Input{Answers: tt.answers})
			if r.Answered != len(q.Questions) {
				t.Fatalf("answered %d of %d: the answer set misses a question", r.Answered, len(q.Questions))
			}
			v := Decide(q, c, r)
			t.Logf("%s (overall %d%%): %s\n  %s\n  next: %s", tt.name, r.Overall.Percent, v.Headline, strings.Join(v.Reasons, "\n  "), v.Next.Text)
			if v.ID != tt.id || v.Answer == "" || !strings.HasPrefix(v.Headline, v.Answer+":") {
				t.Errorf("verdict %q %q %q, want %q", v.ID, v.Answer, v.Headline, tt.id)
			}
			if len(v.Reasons) != len(tt.reasons) {
				t.Fatalf("reasons %q, want %d", v.Reasons, len(tt.reasons))
			}
			for i, want := range tt.reasons {
				if !strings.Contains(v.Reasons[i], want) {
					t.Errorf("reason %d = %q, want it to contain %q", i+1, v.Reasons[i], want)
				}
				if strings.ContainsAny(v.Reasons[i], "{}") {
					t.Errorf("reason %d has a placeholder left: %q", i+1, v.Reasons[i])
				}
			}
			if v.Next.ID != tt.next || v.Next.Text == "" {
				t.Errorf("next step %q (%q), want %q", v.Next.ID, v.Next.Text, tt.next)
			}
			if !strings.Contains(v.Note, "rule of thumb") || v.Question == "" {
				t.Errorf("note %q, question %q", v.Note, v.Question)
			}
			// A result rebuilt from its summary, as the history and a share
			// link keep it, gets the same verdict.
			again := Decide(q, c, FromSummary(q, c, d, r.Summary()))
			if again.ID != v.ID || !reflect.DeepEqual(again.Reasons, v.Reasons) || again.Next.ID != v.Next.ID {
				t.Errorf("from the summary: %q %q, want %q %q", again.ID, again.Reasons, v.ID, v.Reasons)
			}
		})
	}
}

// verdictQuiz is testQuiz with a verdict rule of round numbers.
func verdictQuiz() *data.Quiz {
	q := testQuiz()
	q.Verdict = data.VerdictRule{
		Question: "Ready?", Note: "This app's rule of thumb.", Unscored: "Answer first.",
		Levels: []data.VerdictLevel{
			{ID: "yes", Answer: "Yes", Headline: "Yes: go.", Step: 5, Tests: []data.VerdictTest{
				{Test: data.TestRank, Min: 1, Met: "rank met {overall}/{min}/{level}", Short: "rank short {overall}/{min}/{level}"},
				{Test: data.TestArea, Area: "coding", Min: 60, Met: "area met {area} {percent}/{min}", Short: "area short {area} {percent}/{min}"},
				{Test: data.TestGaps, Max: 1, Met: "gaps met {areas}", Short: "gaps short {count}>{max} under {gapBelow}, weakest {weakest}"},
			}},
			{ID: "almost", Answer: "Almost", Headline: "Almost.", Tests: []data.VerdictTest{
				{Test: data.TestOverall, Min: 30, Met: "overall met", Short: "overall short {overall}/{min}"},
				{Test: data.TestArea, Area: "coding", Min: 20, Met: "coding started", Short: "coding short {percent}/{min}"},
			}},
			{ID: "not-yet", Answer: "Not yet", Headline: "Not yet."},
		},
	}
	return q
}

func TestVerdictRule(t *testing.T) {
	q := verdictQuiz()
	_, c, d := realData(t)
	decide := func(answers map[string]int) Verdict { return Decide(q, c, Score(q, c, d, Input{Answers: answers})) }

	if v := decide(nil); v.ID != "" || v.Headline != "Answer first." || len(v.Reasons) != 0 {
		t.Errorf("unscored = %+v", v)
	}
	// All strongest: every yes test passes and says so.
	v := decide(map[string]int{"c1": 3, "c2": 3, "p1": 3, "years": 3})
	if v.ID != "yes" || !reflect.DeepEqual(v.Reasons, []string{"rank met 100/40/Junior Health Information Technician", "area met Coding 100/60", "gaps met none"}) || v.Next.ID != "step-5" {
		t.Errorf("yes = %q %q next %q", v.ID, v.Reasons, v.Next.ID)
	}
	// Coding at 50% fails the yes area test only: almost, for that reason,
	// and the coding gap comes first.
	v = decide(map[string]int{"c1": 2, "c2": 1, "p1": 3, "years": 3})
	if v.ID != "almost" || !reflect.DeepEqual(v.Reasons, []string{"area short Coding 50/60"}) || v.Next.ID != "gap-coding" {
		t.Errorf("almost = %q %q next %q", v.ID, v.Reasons, v.Next.ID)
	}
	// Everything weak: not yet. The almost tests come first, then the yes
	// tests of other kinds; the coding area and the score are said once.
	v = decide(map[string]int{"c1": 0, "c2": 0, "p1": 1, "years": 0})
	want := []string{"overall short 9/30", "coding short 0/20", "gaps short 2>1 under 60, weakest Coding (0%)"}
	if v.ID != "not-yet" || !reflect.DeepEqual(v.Reasons, want) || v.Next.ID != "gap-coding" {
		t.Errorf("not yet = %q %q next %q, want %q", v.ID, v.Reasons, v.Next.ID, want)
	}
	// The rank test follows the placement: exactly the first level's score
	// passes, one point under does not.
	at := func(overall int) Result {
		r := Score(q, c, d, Input{Answers: map[string]int{"c1": 3, "c2": 3, "p1": 3}})
		r.Overall.Percent = overall
		r.Placement = Place(q, c, r.Overall, 0, true)
		return r
	}
	if Decide(q, c, at(40)).ID != "yes" || Decide(q, c, at(39)).ID != "almost" {
		t.Errorf("the rank test does not follow the placement at 40%%")
	}
	// The area test passes at exactly its minimum.
	coding := func(p int) string {
		r := at(80)
		for i := range r.Areas {
			if r.Areas[i].ID == "coding" {
				r.Areas[i].Percent = p
			}
		}
		return Decide(q, c, r).ID
	}
	if coding(60) != "yes" || coding(59) != "almost" {
		t.Errorf("coding at 60%% gives %q, at 59%% %q", coding(60), coding(59))
	}
	// A rule without levels, as in an old quiz, gives no verdict.
	if v := Decide(testQuiz(), c, Score(testQuiz(), c, d, Input{Answers: map[string]int{"c1": 1}})); v.ID != "" {
		t.Errorf("no rule gave %q", v.ID)
	}
}

func TestVerdictRealRuleAtItsThresholds(t *testing.T) {
	q, c, d := realData(t)
	r := Score(q, c, d, Input{Answers: readyAnswers})
	if Decide(q, c, r).ID != "yes" {
		t.Fatal("the new graduate is not a yes")
	}
	// One more gap than the rule allows turns the yes into an almost.
	worse := copyAnswers(readyAnswers)
	worse["coding-systems"], worse["coding-revenue"] = 1, 1
	if v := Decide(q, c, Score(q, c, d, Input{Answers: worse})); v.ID != "almost" || !strings.Contains(strings.Join(v.Reasons, " "), "4 areas score under 60%") {
		t.Errorf("with a fourth gap: %q %q", v.ID, v.Reasons)
	}
}

func copyAnswers(m map[string]int) map[string]int { return quiztest.Answers(m) }

func TestWeakestFirst(t *testing.T) {
	in := []AreaScore{
		{ID: "a", Percent: 25, Scored: true}, {ID: "b", Percent: 100, Scored: true}, {ID: "c", Percent: 17, Scored: true},
		{ID: "d"}, {ID: "e", Percent: 40, Scored: true}, {ID: "f", Percent: 25, Scored: true},
	}
	var got []string
	for _, a := range WeakestFirst(in) {
		got = append(got, a.ID)
	}
	if want := []string{"c", "a", "f", "e", "b", "d"}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if in[0].ID != "a" {
		t.Errorf("the input was reordered")
	}
}
