package quiz

import (
	"reflect"
	"strings"
	"testing"
)

func TestContradictionsInTheRealQuiz(t *testing.T) {
	q, _, _ := realData(t)
	// The example: holding the RHIT with no training.
	answers := copyAnswers(readyAnswers)
	answers["cert-rhit"], answers["edu-training"], answers["edu-accredited"] = 3, 0, 0
	got := Contradictions(q, answers)
	if len(got) != 1 || got[0].ID != "rhit-without-training" {
		t.Fatalf("contradictions = %+v", got)
	}
	c := got[0]
	want := "Your answer “I have no training in this field yet” (question 1) does not fit with your answer “I hold the RHIT” (question 4). Holding the RHIT means you have had training in this field. Go back and change the answer that is wrong."
	if c.Message != want {
		t.Errorf("message\n %q\nwant\n %q", c.Message, want)
	}
	if len(c.Questions) != 2 || c.Questions[0].QuestionID != "edu-training" || c.Questions[0].Number != 1 || c.Questions[1].QuestionID != "cert-rhit" || c.Questions[1].Number != 4 || c.Questions[1].Question == "" {
		t.Errorf("questions = %+v", c.Questions)
	}

	// Years of work with records, yet never an EHR: three answers.
	answers = copyAnswers(readyAnswers)
	answers["edu-experience"], answers["ehr-use"], answers["ehr-tasks"] = 5, 0, 0
	got = Contradictions(q, answers)
	if len(got) != 1 || got[0].ID != "experience-without-ehr" || len(got[0].Questions) != 3 ||
		!strings.HasPrefix(got[0].Message, "Your answers “More than 10 years” (question 3), “Never” (question 6) and “None yet” (question 7) do not fit together.") {
		t.Errorf("three-way contradiction = %+v", got)
	}

	for name, a := range map[string]map[string]int{"ready": readyAnswers, "almost": almostAnswers, "not yet": notYetAnswers, "none": nil} {
		if got := Contradictions(q, a); len(got) != 0 {
			t.Errorf("%s: honest answers named as contradictory: %+v", name, got)
		}
	}
}

// Every rule in the data fires on its own answers and on nothing less.
func TestEveryContradictionFires(t *testing.T) {
	q, _, _ := realData(t)
	if len(q.Contradictions) < 4 {
		t.Fatalf("only %d contradictions in the data", len(q.Contradictions))
	}
	for _, rule := range q.Contradictions {
		answers := map[string]int{}
		for _, w := range rule.When {
			answers[w.Question] = w.Choices[len(w.Choices)-1]
		}
		var ids []string
		for _, c := range Contradictions(q, answers) {
			ids = append(ids, c.ID)
		}
		if !reflect.DeepEqual(ids, []string{rule.ID}) {
			t.Errorf("%s: answers %v name %v", rule.ID, answers, ids)
		}
		for _, w := range rule.When {
			partial := copyAnswers(answers)
			delete(partial, w.Question)
			if got := Contradictions(q, partial); len(got) != 0 {
				t.Errorf("%s fires without %s", rule.ID, w.Question)
			}
		}
	}
}

func TestPreMark(t *testing.T) {
	q, _, _ := realData(t)
	got := PreMark(q, readyAnswers)
	if want := (PreMarks{"step-1": "You said you have finished a program accredited by CAHIIM.", "step-3": "You said you have practised in an EHR system, in a course, a lab, at work or in an internship."}); !reflect.DeepEqual(got, want) {
		t.Errorf("new graduate: %v", got)
	}
	holder := copyAnswers(readyAnswers)
	holder["cert-rhit"] = 3
	if why, ok := PreMark(q, holder)[StepItemID(2)]; !ok || why != "You said you hold the RHIT." {
		t.Errorf("holding the RHIT does not mark certification done: %v", PreMark(q, holder))
	}
	// Studying, or finished without accreditation, is not done schooling.
	for _, edu := range [][2]int{{2, 3}, {4, 2}, {4, 1}} {
		a := copyAnswers(readyAnswers)
		a["edu-training"], a["edu-accredited"] = edu[0], edu[1]
		if _, ok := PreMark(q, a)["step-1"]; ok {
			t.Errorf("training %d, accreditation %d marks schooling done", edu[0], edu[1])
		}
	}
	if got := PreMark(q, nil); len(got) != 0 {
		t.Errorf("no answers pre-mark %v", got)
	}
	// The marked items are items of the plan.
	_, c, _ := realData(t)
	ids := map[string]bool{}
	for _, it := range Plan(c, nil) {
		ids[it.ID] = true
	}
	for _, p := range q.PreMarks {
		if !ids[StepItemID(p.Step)] {
			t.Errorf("pre-mark of step %d is not a plan item", p.Step)
		}
	}
}
