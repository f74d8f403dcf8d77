package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestWhichCredentialFirst(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    CredentialSituation
		first string
		then  []string
		says  string // a phrase the answer must hold
	}{
		{"in high school", CredentialSituation{Schooling: InHighSchool}, "", []string{"rhit"}, "Finish high school"},
		{"in high school, coding", CredentialSituation{Schooling: InHighSchool, Focus: FocusCoding}, "", []string{"cca", "ccs"}, "high school diploma or equivalent"},
		{"no HIM degree yet", CredentialSituation{Schooling: Diploma, Focus: FocusRecords}, "", []string{"rhit"}, "Start a CAHIIM-accredited associate degree program"},
		{"no HIM degree yet, unsure", CredentialSituation{Schooling: Diploma}, "", []string{"rhit"}, "the CCA is open to you now"},
		{"diploma, coding", CredentialSituation{Schooling: Diploma, Focus: FocusCoding}, "cca", []string{"ccs"}, "CCA plus one year of coding experience"},
		{"certificate", CredentialSituation{Schooling: OtherProgram, Focus: FocusRecords}, "", []string{"rhit"}, "A certificate program is not on that list"},
		{"certificate, coding", CredentialSituation{Schooling: OtherProgram, Focus: FocusCoding}, "cca", []string{"ccs"}, "accredited or not"},
		{"in an accredited associate program", CredentialSituation{Schooling: AssociateStudying}, "rhit", []string{"rhia"}, "final term"},
		{"associate program done", CredentialSituation{Schooling: AssociateDone, Focus: FocusRecords}, "rhit", []string{"rhia"}, "Apply to sit the RHIT"},
		{"associate program done, coding", CredentialSituation{Schooling: AssociateDone, Focus: FocusCoding}, "rhit", []string{"ccs"}, "the CCS comes next"},
		{"degree done, kind unknown", CredentialSituation{Schooling: DegreeDone}, "rhit", []string{"rhia"}, "If your degree is a CAHIIM-accredited bachelor's"},
		{"in a bachelor's program", CredentialSituation{Schooling: BachelorStudying}, "rhia", nil, "when you finish"},
		{"bachelor's done", CredentialSituation{Schooling: BachelorDone}, "rhia", nil, "Apply to sit the RHIA"},
		{"bachelor's done, coding", CredentialSituation{Schooling: BachelorDone, Focus: FocusCoding}, "rhia", []string{"ccs"}, "CCS follows"},
		{"holds the RHIT", CredentialSituation{Schooling: AssociateDone, HoldsRHIT: true}, "rhia", nil, "2017"},
		{"holds the RHIT, coding", CredentialSituation{HoldsRHIT: true, Focus: FocusCoding}, "ccs", nil, "RHIT among the recommended preparation"},
		{"holds the RHIT, bachelor's done", CredentialSituation{Schooling: BachelorDone, HoldsRHIT: true}, "rhia", nil, "Apply to sit the RHIA"},
	} {
		a, ok := WhichCredentialFirst(tc.in)
		if !ok {
			t.Errorf("%s: no answer", tc.name)
			continue
		}
		if a.First != tc.first || !slices.Equal(a.Then, tc.then) {
			t.Errorf("%s: first %q then %q; want %q then %q", tc.name, a.First, a.Then, tc.first, tc.then)
		}
		if text := a.Why + " " + a.Next; !strings.Contains(text, tc.says) {
			t.Errorf("%s: the answer %q does not say %q", tc.name, text, tc.says)
		}
	}
	if _, ok := WhichCredentialFirst(CredentialSituation{Focus: FocusCoding}); ok {
		t.Error("an answer without knowing the schooling")
	}
}

// Every choice the guide offers leads to an answer.
func TestEveryChoiceHasAnAnswer(t *testing.T) {
	for _, s := range SchoolingChoices {
		for _, f := range FocusChoices {
			for _, held := range []bool{false, true} {
				a, ok := WhichCredentialFirst(CredentialSituation{Schooling: s.Value, Focus: f.Value, HoldsRHIT: held})
				if !ok || a.Why == "" || a.Next == "" {
					t.Errorf("%q, %q, RHIT %v: no full answer: %+v", s.Label, f.Label, held, a)
				}
			}
		}
	}
}

// TestTheRuleFollowsTheEligibilityInTheData holds the rule to
// data/credentials.json: each phrase here is what a rule above relies on.
// When the eligibility in the data changes, this fails, and the rule must
// be read again against the new text.
func TestTheRuleFollowsTheEligibilityInTheData(t *testing.T) {
	d := data.MustLoad()
	for id, phrases := range map[string][]string{
		"rhit": {"an associate degree accredited by CAHIIM", "bachelor's-level HIM program at an accredited college or university", "CAHIIM-accredited program may test early", "final term", "coursework is finished"},
		"rhia": {"CAHIIM-accredited baccalaureate HIM program", "CAHIIM-accredited master's HIM program", "CAHIIM-approved post-baccalaureate HIM certificate", "holding the RHIT and meeting extra conditions that CCHIIM set in 2017"},
		"cca":  {"A high school diploma or equivalent", "recommends, but does not require", "six months of coding experience", "AHIMA-approved coding program"},
		"ccs":  {"A high school diploma", "the CCA plus one year of coding experience", "RHIT or RHIA"},
	} {
		c := d.Credential(id)
		if c == nil {
			t.Errorf("no credential %s in the data", id)
			continue
		}
		for _, p := range phrases {
			if !strings.Contains(c.Eligibility, p) {
				t.Errorf("%s eligibility no longer says %q; read the rule in credential.go against it again:\n%s", id, p, c.Eligibility)
			}
		}
	}
}

func TestSituationFromAnswers(t *testing.T) {
	for _, tc := range []struct {
		answers map[string]int
		want    CredentialSituation
		ok      bool
	}{
		{map[string]int{}, CredentialSituation{}, false},
		{map[string]int{qTraining: trainingNone}, CredentialSituation{}, false},
		{map[string]int{qTraining: trainingCertStudy}, CredentialSituation{Schooling: OtherProgram}, true},
		{map[string]int{qTraining: trainingAssocStud, qAccredited: accreditedYes}, CredentialSituation{Schooling: AssociateStudying}, true},
		{map[string]int{qTraining: trainingAssocStud, qAccredited: 1}, CredentialSituation{Schooling: OtherProgram}, true},
		{map[string]int{qTraining: trainingDegree, qAccredited: accreditedYes}, CredentialSituation{Schooling: DegreeDone}, true},
		{map[string]int{qTraining: trainingDegree}, CredentialSituation{Schooling: OtherProgram}, true},
		{map[string]int{qTraining: trainingNone, qRHIT: rhitHeld}, CredentialSituation{HoldsRHIT: true}, true},
		{map[string]int{qRHIT: 2}, CredentialSituation{}, false},
	} {
		got, ok := SituationFromAnswers(tc.answers)
		if got != tc.want || ok != tc.ok {
			t.Errorf("SituationFromAnswers(%v) = %+v, %v; want %+v, %v", tc.answers, got, ok, tc.want, tc.ok)
		}
	}
}

// TestQuizAnswersMeanWhatTheRuleReads checks the quiz's choices at the
// positions SituationFromAnswers reads still say what it takes them to.
func TestQuizAnswersMeanWhatTheRuleReads(t *testing.T) {
	q := data.MustLoadQuiz()
	label := func(id string, choice int) string {
		for _, qq := range q.Questions {
			if qq.ID == id {
				if choice < len(qq.Choices) {
					return strings.ToLower(qq.Choices[choice].Label)
				}
				t.Fatalf("question %s has no choice %d", id, choice)
			}
		}
		t.Fatalf("the quiz has no question %s", id)
		return ""
	}
	for _, tc := range []struct {
		id     string
		choice int
		says   []string
	}{
		{qTraining, trainingNone, []string{"no training"}},
		{qTraining, trainingCertStudy, []string{"studying", "certificate"}},
		{qTraining, trainingAssocStud, []string{"studying", "associate"}},
		{qTraining, trainingCertDone, []string{"finished", "certificate"}},
		{qTraining, trainingDegree, []string{"finished", "associate or bachelor's"}},
		{qAccredited, accreditedYes, []string{"yes", "accredited by cahiim"}},
		{qRHIT, rhitHeld, []string{"i hold the rhit"}},
	} {
		got := label(tc.id, tc.choice)
		for _, s := range tc.says {
			if !strings.Contains(got, s) {
				t.Errorf("%s choice %d reads %q; SituationFromAnswers takes it to say %q", tc.id, tc.choice, got, s)
			}
		}
	}
}
