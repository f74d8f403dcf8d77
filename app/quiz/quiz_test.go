package quiz

import (
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/data"
)

// testQuiz is a small quiz with round numbers: two areas, three questions
// worth 3 points each, an experience question, and one knowledge question.
func testQuiz() *data.Quiz {
	choices := func(n int) []data.QuizChoice {
		var c []data.QuizChoice
		for i := 0; i < n; i++ {
			c = append(c, data.QuizChoice{Label: "choice " + string(rune('A'+i)), Points: i})
		}
		return c
	}
	return &data.Quiz{
		Areas: []data.QuizArea{
			{ID: "coding", Name: "Coding", Why: "w", Action: "Learn coding."},
			{ID: "privacy", Name: "Privacy", Why: "w", Action: "Learn HIPAA."},
		},
		Questions: []data.QuizQuestion{
			{ID: "c1", Area: "coding", Text: "Coding one?", Choices: choices(4)},
			{ID: "c2", Area: "coding", Text: "Coding two?", Choices: choices(4)},
			{ID: "p1", Area: "privacy", Text: "Privacy one?", Choices: choices(4)},
			{ID: "years", Area: "privacy", Text: "Years?", Experience: true, Choices: []data.QuizChoice{
				{Label: "none", Points: 0}, {Label: "2-4", Points: 1, Years: 2}, {Label: "4-7", Points: 2, Years: 4}, {Label: "10+", Points: 3, Years: 10},
			}},
		},
		Knowledge: []data.KnowledgeQuestion{
			{ID: "k1", Area: "privacy", Text: "PHI?", Options: []string{"no", "yes"}, Correct: 1, Explanation: "e"},
			{ID: "k2", Area: "coding", Text: "CPT?", Options: []string{"AMA", "WHO"}, Correct: 0, Explanation: "e"},
		},
		Placement: []data.LevelRule{{Rank: 1, MinOverall: 40}, {Rank: 2, MinOverall: 55}, {Rank: 3, MinOverall: 65}, {Rank: 4, MinOverall: 75}, {Rank: 5, MinOverall: 80}},
		GapBelow:  60,
	}
}

func realData(t testing.TB) (*data.Quiz, *data.Career, *data.Data) {
	t.Helper()
	d := data.MustLoad()
	return data.MustLoadQuiz(), d.Main(), d
}

func TestScore(t *testing.T) {
	q := testQuiz()
	_, c, d := realData(t)
	tests := []struct {
		name        string
		answers     map[string]int
		knowledge   map[string]int
		overall     int
		scored      bool
		areas       map[string]int // id -> percent; missing means unscored
		answered    int
		explanation string
	}{
		{"nothing answered", nil, nil, 0, false, map[string]int{}, 0, "No questions have been answered"},
		{"all strongest", map[string]int{"c1": 3, "c2": 3, "p1": 3, "years": 3}, nil, 100, true, map[string]int{"coding": 100, "privacy": 100}, 4, "The average of your 2 area scores."},
		{"all weakest", map[string]int{"c1": 0, "c2": 0, "p1": 0, "years": 0}, nil, 0, true, map[string]int{"coding": 0, "privacy": 0}, 4, ""},
		{"mixed", map[string]int{"c1": 2, "c2": 1, "p1": 3, "years": 3}, nil, 75, true, map[string]int{"coding": 50, "privacy": 100}, 4, "Privacy raised it (100%); Coding pulled it down (50%)"},
		{"rounds to nearest", map[string]int{"c1": 1, "c2": 1, "p1": 2, "years": 0}, nil, 33, true, map[string]int{"coding": 33, "privacy": 33}, 4, ""},
		{"one area unanswered", map[string]int{"c1": 3}, nil, 100, true, map[string]int{"coding": 100}, 1, "1 area has no answers yet and is left out"},
		{"out-of-range choices are ignored", map[string]int{"c1": 7, "c2": -1, "p1": 3, "nope": 2}, nil, 100, true, map[string]int{"privacy": 100}, 1, ""},
		{"knowledge feeds its area", map[string]int{"c1": 0, "c2": 0, "p1": 0, "years": 0}, map[string]int{"k1": 1, "k2": 1}, 13, true, map[string]int{"coding": 0, "privacy": 25}, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(q, c, d, Input{Answers: tt.answers, Knowledge: tt.knowledge})
			if r.Overall.Percent != tt.overall || r.Overall.Scored != tt.scored {
				t.Errorf("overall = %d%% (scored %v), want %d%% (scored %v)", r.Overall.Percent, r.Overall.Scored, tt.overall, tt.scored)
			}
			if r.Answered != tt.answered || r.Total != 4 {
				t.Errorf("answered %d of %d, want %d of 4", r.Answered, r.Total, tt.answered)
			}
			for _, a := range r.Areas {
				want, ok := tt.areas[a.ID]
				if a.Scored != ok || a.Percent != want {
					t.Errorf("area %s = %d%% (scored %v), want %d%% (scored %v)", a.ID, a.Percent, a.Scored, want, ok)
				}
			}
			if !strings.Contains(r.Overall.Explanation, tt.explanation) {
				t.Errorf("explanation %q lacks %q", r.Overall.Explanation, tt.explanation)
			}
		})
	}
}

func TestScoreExplainsEachAreaByItsAnswers(t *testing.T) {
	q := testQuiz()
	_, c, d := realData(t)
	r := Score(q, c, d, Input{Answers: map[string]int{"c1": 3, "c2": 0}, Knowledge: map[string]int{"k2": 1}})
	coding := r.Areas[0]
	if len(coding.Drivers) != 3 {
		t.Fatalf("coding has %d drivers, want 3: %+v", len(coding.Drivers), coding.Drivers)
	}
	// Weakest first: the 0-point answer and the wrong knowledge answer, then
	// the strong one.
	if coding.Drivers[0].Points != 0 || coding.Drivers[2].QuestionID != "c1" {
		t.Errorf("drivers not weakest first: %+v", coding.Drivers)
	}
	var k Driver
	for _, dr := range coding.Drivers {
		if dr.Knowledge {
			k = dr
		}
	}
	if k.QuestionID != "k2" || k.Answer != "WHO" || k.Points != 0 || k.Max != KnowledgePoints {
		t.Errorf("knowledge driver = %+v", k)
	}
	if c2 := coding.Drivers[0]; c2.Answer == "" || c2.Question == "" || !c2.Weak() {
		t.Errorf("driver lacks its question and answer: %+v", c2)
	}
	if r.Knowledge == nil || r.Knowledge.Correct != 0 || r.Knowledge.Answered != 1 || r.Knowledge.Total != 2 {
		t.Errorf("knowledge = %+v", r.Knowledge)
	}
}

func TestPlace(t *testing.T) {
	q := testQuiz()
	_, c, _ := realData(t)
	tests := []struct {
		name       string
		score      int
		scored     bool
		years      int
		yearsKnown bool
		level      int // 0: not yet at level one
		next       int // 0: none
		reason     string
	}{
		{"no answers", 0, false, 0, false, 0, 1, "Answer the questions"},
		{"student below the entry bar", 30, true, 0, true, 0, 1, "below the 40% this app looks for in a first job, so Junior Health Information Technician is the level to aim for"},
		{"student at the entry bar", 40, true, 0, true, 1, 2, "meets the 40%"},
		{"strong beginner held by experience", 95, true, 0, true, 1, 2, "also takes 2–4 years of experience"},
		{"two years is level two", 60, true, 2, true, 2, 3, "fits Health Information Technician, which the career path gives as 2–4 years"},
		{"four years but score for level two", 60, true, 4, true, 2, 3, "below what this app looks for at Senior Health Information Technician (65%)."},
		{"seven years and strong", 78, true, 7, true, 4, 5, "meets the 75%"},
		{"ten years at the top", 90, true, 10, true, 5, 0, "10+ years"},
		{"ten years but weak drops level by level", 50, true, 10, true, 1, 2, "below what this app looks for at Health Information Manager (80%), Health Information Specialist (75%), Senior Health Information Technician (65%) and Health Information Technician (55%)."},
		{"ten years and very weak", 20, true, 10, true, 0, 1, "in a first job"},
		{"experience not given", 70, true, 0, false, 1, 2, "did not say how long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Place(q, c, Overall{Percent: tt.score, Scored: tt.scored}, tt.years, tt.yearsKnown)
			if p.Rank() != tt.level {
				t.Errorf("level %d, want %d; reasons %q", p.Rank(), tt.level, p.Reasons)
			}
			next := 0
			if p.Next != nil {
				next = p.Next.Rank
				if len(p.NextNeeds) == 0 || p.NextNeeds[0] != p.Next.FocusAreas[0] {
					t.Errorf("next level needs %q, want its focus areas", p.NextNeeds)
				}
			}
			if next != tt.next {
				t.Errorf("next level %d, want %d", next, tt.next)
			}
			if !strings.Contains(strings.Join(p.Reasons, " "), tt.reason) {
				t.Errorf("reasons %q lack %q", p.Reasons, tt.reason)
			}
		})
	}
}

func TestPlaceWithoutACareerPath(t *testing.T) {
	p := Place(testQuiz(), &data.Career{}, Overall{Percent: 80, Scored: true}, 3, true)
	if p.Level != nil || p.Next != nil || len(p.Reasons) != 1 {
		t.Errorf("placement on an empty path = %+v", p)
	}
}

func TestPlaceAt(t *testing.T) {
	_, c, _ := realData(t)
	for _, tt := range []struct{ rank, level, next int }{{0, 0, 1}, {1, 1, 2}, {5, 5, 0}, {9, 0, 1}, {-3, 0, 1}} {
		p := PlaceAt(c, tt.rank)
		next := 0
		if p.Next != nil {
			next = p.Next.Rank
		}
		if p.Rank() != tt.level || next != tt.next {
			t.Errorf("PlaceAt(%d) = level %d next %d, want %d and %d", tt.rank, p.Rank(), next, tt.level, tt.next)
		}
	}
}

func TestCareless(t *testing.T) {
	q, _, _ := realData(t)
	start := time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)
	same := func(choice func(qu data.QuizQuestion) int, n int) map[string]int {
		m := map[string]int{}
		for i, qu := range q.Questions {
			if i == n {
				break
			}
			m[qu.ID] = choice(qu)
		}
		return m
	}
	first := func(data.QuizQuestion) int { return 0 }
	second := func(data.QuizQuestion) int { return 1 }
	last := func(qu data.QuizQuestion) int { return len(qu.Choices) - 1 }
	varied := func(qu data.QuizQuestion) int { return len(qu.Text) % 2 }
	all := len(q.Questions)
	tests := []struct {
		name     string
		answers  map[string]int
		took     time.Duration
		kinds    []WarningKind
		contains string
	}{
		{"same first answer everywhere", same(first, all), 5 * time.Minute, []WarningKind{SameAnswer}, "first answer to all"},
		{"same second answer everywhere", same(second, all), 5 * time.Minute, []WarningKind{SameAnswer}, "second answer"},
		{"last answer everywhere", same(last, all), 5 * time.Minute, []WarningKind{SameAnswer}, "last answer to all"},
		{"varied answers at a normal pace", same(varied, all), 5 * time.Minute, nil, ""},
		{"too few answers for a pattern", same(first, MinAnswersForPattern-1), 5 * time.Minute, nil, ""},
		{"finished in a few seconds", same(varied, all), 8 * time.Second, []WarningKind{TooFast}, "in 8 seconds"},
		{"both at once", same(first, all), time.Second, []WarningKind{SameAnswer, TooFast}, "1 second,"},
		{"just fast enough", same(varied, all), time.Duration(all*MinSecondsPerAnswer) * time.Second, nil, ""},
		{"clock went backwards", same(varied, all), -time.Hour, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := Careless(q, Input{Answers: tt.answers, Started: start, Finished: start.Add(tt.took)})
			var kinds []WarningKind
			text := ""
			for _, x := range w {
				kinds = append(kinds, x.Kind)
				text += x.Message + " "
			}
			if strings.Join(kindStrings(kinds), ",") != strings.Join(kindStrings(tt.kinds), ",") {
				t.Errorf("warnings %v, want %v", kinds, tt.kinds)
			}
			if !strings.Contains(text, tt.contains) {
				t.Errorf("messages %q lack %q", text, tt.contains)
			}
		})
	}
	if w := Careless(q, Input{Answers: same(varied, all)}); len(w) != 0 {
		t.Errorf("no timestamps gave warnings %v", w)
	}
}

func kindStrings(k []WarningKind) []string {
	var s []string
	for _, x := range k {
		s = append(s, string(x))
	}
	return s
}

func TestGapsLeadToConcreteStepsFromTheData(t *testing.T) {
	q, c, d := realData(t)
	answers := map[string]int{}
	for _, qu := range q.Questions {
		answers[qu.ID] = 0
	}
	r := Score(q, c, d, Input{Answers: answers})
	if len(r.Gaps) != len(q.Areas) {
		t.Fatalf("%d gaps, want one for each of the %d areas", len(r.Gaps), len(q.Areas))
	}
	kinds := map[StepKind]bool{}
	for _, g := range r.Gaps {
		if len(g.Steps) == 0 || g.Action == "" || len(g.Weak) == 0 {
			t.Errorf("gap %s has no steps, action or weak answers: %+v", g.AreaID, g)
		}
		for _, s := range g.Steps {
			kinds[s.Kind] = true
			checkLinkTarget(t, d, c, s.Link)
		}
	}
	for _, k := range []StepKind{StepPathway, StepCredential, StepFAQ, StepFocus, StepLink} {
		if !kinds[k] {
			t.Errorf("no gap has a %s step", k)
		}
	}
	edu := findGap(r.Gaps, "education")
	if edu == nil {
		t.Fatal("no education gap")
	}
	p := c.Pathways[0]
	wantCost := "US$10,000–US$30,000"
	if p.Cost == nil || p.ID != "associate-degree" {
		t.Fatalf("the data's first pathway changed: %+v", p)
	}
	s := edu.Steps[0]
	if s.Kind != StepPathway || !strings.Contains(s.Detail, "24 months") || !strings.Contains(s.Detail, wantCost) || s.Source != p.Source || s.AsOf != p.AsOf {
		t.Errorf("education pathway step = %+v, want its time, cost and citation", s)
	}
	cert := findGap(r.Gaps, "certification")
	rhit := d.Credential("rhit")
	if cert == nil || !hasStep(cert.Steps, func(s Step) bool {
		return s.Kind == StepCredential && strings.Contains(s.Detail, rhit.Eligibility) && s.Link.Href() == "/credentials#rhit"
	}) {
		t.Errorf("certification gap lacks the RHIT with its eligibility")
	}
	if !hasStep(cert.Steps, func(s Step) bool {
		return s.Kind == StepFocus && s.Title == "Think about earning the RHIT" && s.Link.Href() == "/careers/"+data.MainSlug+"#level-2"
	}) {
		t.Errorf("certification gap lacks its career-path focus area")
	}
	if !hasStep(edu.Steps, func(s Step) bool {
		return s.Kind == StepFAQ && s.Link.Href() == "/careers/"+data.MainSlug+"#faq-education-requirements" && s.Detail != ""
	}) {
		t.Errorf("education gap lacks its FAQ")
	}
	for i := 1; i < len(r.Gaps); i++ {
		if r.Gaps[i].Percent < r.Gaps[i-1].Percent {
			t.Errorf("gaps not weakest first: %d%% after %d%%", r.Gaps[i].Percent, r.Gaps[i-1].Percent)
		}
	}
}

// checkLinkTarget fails when a link points at an item the data lacks.
func checkLinkTarget(t *testing.T, d *data.Data, c *data.Career, l data.Link) {
	t.Helper()
	switch {
	case l.Page == "/credentials":
		if d.Credential(l.Section) == nil {
			t.Errorf("link to unknown credential %q", l.Section)
		}
	case strings.HasPrefix(l.Section, "pathway-"):
		if !hasPathway(c, strings.TrimPrefix(l.Section, "pathway-")) {
			t.Errorf("link to unknown pathway %q", l.Section)
		}
	case strings.HasPrefix(l.Section, "faq-"):
		id := strings.TrimPrefix(l.Section, "faq-")
		found := false
		for _, f := range c.FAQ {
			found = found || f.ID == id
		}
		if !found {
			t.Errorf("link to unknown FAQ %q", l.Section)
		}
	case strings.HasPrefix(l.Section, "level-"):
		if n := strings.TrimPrefix(l.Section, "level-"); n < "1" || n > "5" || len(n) != 1 {
			t.Errorf("link to unknown level %q", l.Section)
		}
	}
	if l.Label == "" || l.Href() == "" {
		t.Errorf("link without label or target: %+v", l)
	}
}

func hasPathway(c *data.Career, id string) bool {
	for _, p := range c.Pathways {
		if p.ID == id {
			return true
		}
	}
	return false
}

func findGap(gaps []Gap, id string) *Gap {
	for i := range gaps {
		if gaps[i].AreaID == id {
			return &gaps[i]
		}
	}
	return nil
}

func hasStep(steps []Step, f func(Step) bool) bool {
	for _, s := range steps {
		if f(s) {
			return true
		}
	}
	return false
}

func TestNoGapsWhenEveryAreaIsStrong(t *testing.T) {
	q, c, d := realData(t)
	answers := map[string]int{}
	for _, qu := range q.Questions {
		answers[qu.ID] = len(qu.Choices) - 1
	}
	r := Score(q, c, d, Input{Answers: answers})
	if len(r.Gaps) != 0 || r.Overall.Percent != 100 {
		t.Errorf("strongest answers give %d%% and gaps %+v", r.Overall.Percent, r.Gaps)
	}
	// Top answers include "more than 10 years", so the top of the path.
	if r.Placement.Rank() != len(c.CareerPath) || r.Placement.Next != nil {
		t.Errorf("placed at %d, want the top level", r.Placement.Rank())
	}
}

func TestSummaryKeepsWhatTheResultShows(t *testing.T) {
	q, c, d := realData(t)
	answers := map[string]int{}
	for i, qu := range q.Questions {
		answers[qu.ID] = i % len(qu.Choices)
	}
	know := map[string]int{}
	for _, k := range q.Knowledge[:5] {
		know[k.ID] = k.Correct
	}
	r := Score(q, c, d, Input{Answers: answers, Knowledge: know})
	s := r.Summary()
	back := FromSummary(q, c, d, s)
	if back.Overall.Percent != r.Overall.Percent || back.Placement.Rank() != r.Placement.Rank() {
		t.Errorf("summary changed the result: %d%% level %d, want %d%% level %d", back.Overall.Percent, back.Placement.Rank(), r.Overall.Percent, r.Placement.Rank())
	}
	for i, a := range r.Areas {
		if back.Areas[i].Percent != a.Percent || back.Areas[i].Scored != a.Scored {
			t.Errorf("area %s: %d%%, want %d%%", a.ID, back.Areas[i].Percent, a.Percent)
		}
	}
	if len(back.Gaps) != len(r.Gaps) {
		t.Errorf("%d gaps from the summary, want %d", len(back.Gaps), len(r.Gaps))
	}
	if back.Knowledge == nil || back.Knowledge.Correct != 5 || back.Knowledge.Answered != 5 {
		t.Errorf("knowledge from the summary = %+v", back.Knowledge)
	}
	s.Careless = true
	if w := FromSummary(q, c, d, s).Careless; len(w) != 1 || w[0].Kind != SavedCareless {
		t.Errorf("careless flag lost: %+v", w)
	}
}

func TestPlanItemsComeFromGapsAndTheSixSteps(t *testing.T) {
	q, c, d := realData(t)
	gaps := GapsFromScores(q, c, d, map[string]int{"coding": 20, "privacy": 50, "soft": 90})
	items := Plan(c, gaps)
	if len(items) != 2+len(c.Steps) || len(c.Steps) != 6 {
		t.Fatalf("%d items, want 2 gaps and %d steps", len(items), len(c.Steps))
	}
	if items[0].ID != "gap-coding" || items[1].ID != "gap-privacy" || !items[0].FromGap {
		t.Errorf("gap items not first and weakest first: %s, %s", items[0].ID, items[1].ID)
	}
	if items[2].ID != "step-1" || items[2].Text != c.Steps[0].Title || items[2].FromGap {
		t.Errorf("first step item = %+v", items[2])
	}
	seen := map[string]bool{}
	for _, it := range items {
		if seen[it.ID] || it.Text == "" || len(it.Links) > MaxPlanLinks {
			t.Errorf("bad item %+v", it)
		}
		seen[it.ID] = true
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"One. Two.":  "One.",
		"No stop":    "No stop",
		"Ends here.": "Ends here.",
	} {
		if got := FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	q, c, d := realData(b)
	answers := map[string]int{}
	for i, qu := range q.Questions {
		answers[qu.ID] = i % len(qu.Choices)
	}
	know := map[string]int{}
	for i, k := range q.Knowledge {
		know[k.ID] = i % len(k.Options)
	}
	in := Input{Answers: answers, Knowledge: know, Started: time.Unix(0, 0), Finished: time.Unix(600, 0)}
	b.ReportAllocs()
	for b.Loop() {
		Score(q, c, d, in)
	}
}
