package ui

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizRig is the quiz mounted in the test engine over a memory store.
type quizRig struct {
	t     *testing.T
	e     app.TestEngine
	flow  *quizFlow
	store *memoryStore
}

func newQuizRig(t *testing.T, saved *store.State) *quizRig {
	t.Helper()
	r := &quizRig{t: t, flow: newQuizFlow(), store: useMemoryStore(t, saved)}
	r.e = mount(t, &flowHost{r.flow})
	return r
}

// send sends an action as one of the quiz's screens does, and lets the
// quiz handle it and draw.
func (r *quizRig) send(action string, value any) page {
	r.flow.mounted.NewActionWithValue(action, value)
	r.e.ConsumeAll()
	return r.page()
}

func (r *quizRig) page() page { return htmlOf(r.flow) }

// run runs f as the quiz, as its own element handlers do, and draws.
func (r *quizRig) run(f func(ctx app.Context)) page {
	r.flow.mounted.Dispatch(f)
	r.e.ConsumeAll()
	return r.page()
}

func (r *quizRig) start() page {
	return r.run(func(ctx app.Context) { r.flow.start(ctx, event()) })
}

func (r *quizRig) answer(i, choice int) page {
	return r.send(actionQuizAnswer, choice2(quizData().Questions[i].ID, choice))
}

func choice2(key string, i int) choice { return choice{Key: key, Value: strconv.Itoa(i)} }

// wantText fails the test for each text the page does not show.
func wantText(t *testing.T, p page, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if !p.has(s) {
			t.Errorf("the page does not say %q", s)
		}
	}
}

func TestQuizStartsAtTheIntroductionAndMovesQuestionByQuestion(t *testing.T) {
	q := quizData()
	r := newQuizRig(t, nil)
	p := r.page()
	if _, ok := p.byID("quiz-intro"); !ok {
		t.Fatal("a first visit does not open on the introduction")
	}
	if v, ok := p.attr("quiz-app", "data-loaded"); !ok || v != "" {
		t.Errorf("data-loaded = %q (present: %v) once mounted, want the bare attribute, true", v, ok)
	}
	wantText(t, p, "Answer "+strconv.Itoa(len(q.Questions))+" short questions")

	p = r.start()
	first := q.Questions[0]
	wantText(t, p, "Question 1 of "+strconv.Itoa(len(q.Questions)), "0 of "+strconv.Itoa(len(q.Questions))+" questions answered", first.Text)
	if got := p.checked(); len(got) != 0 {
		t.Errorf("a new question has %v checked", got)
	}
	if s := r.store.saved(t); s.Progress.Stage != store.StageSelf || s.Progress.Started.IsZero() {
		t.Errorf("starting saved stage %q, started %v", s.Progress.Stage, s.Progress.Started)
	}

	// Next with no answer asks for one and stays.
	p = r.send(actionQuizNext, nil)
	wantText(t, p, "Choose an answer to go on.")
	wantText(t, p, "Question 1 of")

	p = r.answer(0, 2)
	if got, want := p.checked(), []string{"choice-" + first.ID + "-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after choosing, checked = %v, want %v", got, want)
	}
	if p.has("Choose an answer to go on.") {
		t.Error("the request for an answer stays after answering")
	}
	wantText(t, p, "1 of "+strconv.Itoa(len(q.Questions))+" questions answered")
	if a := r.store.saved(t).Progress.Answers[first.ID]; a.Choice != 2 {
		t.Errorf("saved answer %+v, want choice 2", a)
	}

	// A changed mind replaces the answer.
	p = r.answer(0, 1)
	if got, want := p.checked(), []string{"choice-" + first.ID + "-1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after changing the answer, checked = %v, want %v", got, want)
	}

	p = r.send(actionQuizNext, nil)
	wantText(t, p, "Question 2 of", q.Questions[1].Text)
	if _, ok := p.byID("quiz-back"); !ok {
		t.Error("the second question has no Back")
	}
	if got := p.checked(); len(got) != 0 {
		t.Errorf("the next question starts with %v checked", got)
	}
	p = r.send(actionQuizBack, nil)
	if got, want := p.checked(), []string{"choice-" + first.ID + "-1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("back on the first question, checked = %v, want %v", got, want)
	}
	if _, ok := p.byID("quiz-back"); ok {
		t.Error("the first question has a Back button")
	}
}

func TestQuizIgnoresAnswersItCannotPlace(t *testing.T) {
	r := newQuizRig(t, nil)
	r.start()
	id := quizData().Questions[0].ID
	for _, v := range []any{
		choice{Key: "no-such-question", Value: "0"},
		choice{Key: id, Value: strconv.Itoa(len(quizData().Questions[0].Choices))},
		choice{Key: id, Value: "-1"},
		choice{Key: id, Value: "two"},
		"0",
		nil,
	} {
		r.send(actionQuizAnswer, v)
	}
	if a := r.store.saved(t).Progress.Answers; len(a) != 0 {
		t.Errorf("answers that fit no question were saved: %v", a)
	}
}

// answeredAll is a saved attempt with every question answered and the
// result on screen.
func answeredAll(choice func(i int) int) store.State {
	q := quizData()
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	p := store.Progress{Stage: store.StageSelf, Current: len(q.Questions) - 1, Started: start, Answers: map[string]store.Answer{}}
	for i, qu := range q.Questions {
		p.Answers[qu.ID] = store.Answer{Choice: choice(i) % len(qu.Choices), At: start.Add(time.Duration(i+1) * time.Minute)}
	}
	return store.State{Progress: p}
}

func TestQuizResultIsScoredRecordedAndOffersItsActions(t *testing.T) {
	saved := answeredAll(func(i int) int { return i })
	r := newQuizRig(t, &saved)
	p := r.page()
	wantText(t, p, "See my result")

	p = r.send(actionQuizNext, nil)
	want := scoreProgress(r.flow.state.Progress)
	wantText(t, p, "Your result", strconv.Itoa(want.Overall.Percent)+"%", "Take the knowledge check")
	for _, id := range []string{"quiz-result", "quiz-area-scores", "quiz-level", "quiz-gaps", "quiz-open-plan", "quiz-review", "quiz-restart", "quiz-start-knowledge"} {
		if _, ok := p.byID(id); !ok {
			t.Errorf("the result has no #%s", id)
		}
	}
	s := r.store.saved(t)
	if s.Progress.Stage != store.StageResult || len(s.History) != 1 {
		t.Fatalf("after the last question: stage %q, %d attempts in the history", s.Progress.Stage, len(s.History))
	}
	if got := s.History[0].Scores(); !reflect.DeepEqual(got, want.Summary()) {
		t.Errorf("the history keeps %+v, want %+v", got, want.Summary())
	}

	// Change my answers: back to the first question, answers kept.
	p = r.send(actionQuizReview, nil)
	wantText(t, p, "Question 1 of")
	if len(p.checked()) != 1 {
		t.Errorf("reviewing shows %v checked, want the first answer", p.checked())
	}

	// A new attempt forgets the answers and keeps the history.
	p = r.send(actionQuizRestart, nil)
	wantText(t, p, "Question 1 of", "0 of ")
	if s := r.store.saved(t); len(s.Progress.Answers) != 0 || len(s.History) != 1 {
		t.Errorf("a new attempt kept %d answers and %d attempts", len(s.Progress.Answers), len(s.History))
	}
}

func TestQuizKnowledgeCheck(t *testing.T) {
	q := quizData()
	saved := answeredAll(func(i int) int { return 1 })
	saved.Progress.Stage = store.StageResult
	saved.Progress.Finished = saved.Progress.Started.Add(time.Hour)
	r := newQuizRig(t, &saved)

	p := r.send(actionKnowledgeStart, nil)
	k0 := q.Knowledge[0]
	wantText(t, p, "Practice question 1 of "+strconv.Itoa(len(q.Knowledge)), k0.Text, "0 of "+strconv.Itoa(len(q.Knowledge))+" practice questions checked")

	p = r.send(actionKnowledgeCheck, nil)
	wantText(t, p, "Choose an answer, then check it.")

	// An option of another question is not taken for this one's.
	p = r.send(actionKnowledgeSelect, choice2(q.Knowledge[1].ID, 0))
	if len(p.checked()) != 0 {
		t.Errorf("an option of another question checked %v", p.checked())
	}
	wrong := (k0.Correct + 1) % len(k0.Options)
	p = r.send(actionKnowledgeSelect, choice2(k0.ID, wrong))
	if got, want := p.checked(), []string{"option-" + k0.ID + "-" + strconv.Itoa(wrong)}; !reflect.DeepEqual(got, want) {
		t.Errorf("selected = %v, want %v", got, want)
	}
	if p.has("Choose an answer, then check it.") {
		t.Error("the request for an answer stays after selecting one")
	}
	if _, ok := r.store.saved(t).Progress.Knowledge[k0.ID]; ok {
		t.Error("a selected option counted before it was checked")
	}

	p = r.send(actionKnowledgeCheck, nil)
	wantText(t, p, "Not quite.", "Your answer: "+k0.Options[wrong], "The right answer: "+k0.Options[k0.Correct], k0.Explanation)
	s := r.store.saved(t)
	if a := s.Progress.Knowledge[k0.ID]; a.Choice != wrong {
		t.Errorf("saved knowledge answer %+v, want %d", a, wrong)
	}
	if n := len(s.History); n != 1 || s.History[0].KnowledgeAnswered != 1 {
		t.Errorf("the checked answer is not in the history at once: %+v", s.History)
	}

	p = r.send(actionKnowledgeNext, nil)
	k1 := q.Knowledge[1]
	wantText(t, p, "Practice question 2 of", k1.Text)
	r.send(actionKnowledgeSelect, choice2(k1.ID, k1.Correct))
	p = r.send(actionKnowledgeCheck, nil)
	wantText(t, p, "Right.", "Your answer: "+k1.Options[k1.Correct])
	if p.has("The right answer:") {
		t.Error("a right answer is told the right answer")
	}

	p = r.send(actionKnowledgeBack, nil)
	wantText(t, p, "Practice question 1 of", "Not quite.")

	p = r.send(actionKnowledgeLeave, nil)
	wantText(t, p, "Your result", "1 of 2 practice questions right (50%).", "Go back to the knowledge check")
}

func TestQuizResumesWhereItWasLeft(t *testing.T) {
	q := quizData()
	saved := answeredAll(func(i int) int { return 0 })
	saved.Progress.Current = 4
	r := newQuizRig(t, &saved)
	p := r.page()
	wantText(t, p, "Question 5 of", q.Questions[4].Text)
	if got, want := p.checked(), []string{"choice-" + q.Questions[4].ID + "-0"}; !reflect.DeepEqual(got, want) {
		t.Errorf("resumed with %v checked, want %v", got, want)
	}

	// A saved position beyond the quiz (the app was updated) is brought in.
	saved.Progress.Current = len(q.Questions) + 3
	p = newQuizRig(t, &saved).page()
	wantText(t, p, "Question "+strconv.Itoa(len(q.Questions))+" of")

	// A result with no finishing time goes back to the questions.
	saved.Progress.Current, saved.Progress.Stage = 0, store.StageResult
	p = newQuizRig(t, &saved).page()
	wantText(t, p, "Question 1 of")
}

func TestQuizSaysWhenSavedDataIsDamagedOrCannotBeSaved(t *testing.T) {
	s := useMemoryStore(t, nil)
	s.m[store.Key] = `{"version":2,"progress":{"stage":"self","current":"three"}}`
	damaged := s.m[store.Key]
	f := newQuizFlow()
	mount(t, &flowHost{f})
	p := htmlOf(f)
	if _, ok := p.byID("saved-data-damaged"); !ok {
		t.Error("damaged saved data is not reported")
	}
	if s.m[store.DamagedKey] != damaged {
		t.Error("the damaged data was not kept aside")
	}

	r := newQuizRig(t, nil)
	r.store.failSet = true
	p = r.start()
	if _, ok := p.byID("saved-data-unavailable"); !ok || !p.has("Your work cannot be saved on this device: the storage is full.") {
		t.Error("a failed save is not reported")
	}
	wantText(t, p, "Question 1 of")
}

// The screens send the actions the quiz handles: each button's and each
// radio's handler, run as a click would.
func TestQuizScreensSendTheirActions(t *testing.T) {
	q := quizData()
	ctx, e, got := sent(t, nil, actionQuizAnswer, actionQuizNext, actionQuizBack, actionKnowledgeSelect,
		actionKnowledgeCheck, actionKnowledgeNext, actionKnowledgeBack, actionKnowledgeLeave,
		actionKnowledgeStart, actionQuizReview, actionQuizRestart)
	question := newQuizQuestion().Question(q.Questions[0], "Area", 0, 3)
	knowledge := newQuizKnowledge().Question(q.Knowledge[0], 1, 3)
	result := newQuizResult()
	presses := []struct {
		want  string
		value any
		press func()
	}{
		{actionQuizNext, nil, func() { question.submit(ctx, event()) }},
		{actionQuizBack, nil, func() { question.back(ctx, event()) }},
		{actionKnowledgeCheck, nil, func() { knowledge.check(ctx, event()) }},
		{actionKnowledgeNext, nil, func() { knowledge.next(ctx, event()) }},
		{actionKnowledgeBack, nil, func() { knowledge.back(ctx, event()) }},
		{actionKnowledgeLeave, nil, func() { knowledge.leave(ctx, event()) }},
		{actionKnowledgeStart, nil, func() { result.knowledge(ctx, event()) }},
		{actionQuizReview, nil, func() { result.review(ctx, event()) }},
		{actionQuizRestart, nil, func() { result.restart(ctx, event()) }},
		{actionQuizAnswer, choice2(q.Questions[0].ID, 2), func() {
			newRadioChoice().Value("2").Sends(actionQuizAnswer, q.Questions[0].ID).changed(ctx, event())
		}},
	}
	for _, p := range presses {
		*got = nil
		p.press()
		e.ConsumeAll()
		if len(*got) != 1 || (*got)[0].Name != p.want || (*got)[0].Value != p.value {
			t.Errorf("sent %+v, want one %s with %v", *got, p.want, p.value)
		}
	}
}

// The screens the quiz draws carry the state the quiz holds: the question
// screen is matched field by field, as go-app compares it to redraw.
func TestQuizDrawsTheQuestionScreenFromItsState(t *testing.T) {
	q := quizData()
	saved := answeredAll(func(i int) int { return 3 })
	saved.Progress.Current = 2
	delete(saved.Progress.Answers, q.Questions[1].ID)
	r := newQuizRig(t, &saved)
	qu := q.Questions[2]
	want := &quizQuestion{IQuestion: qu, IArea: q.Area(qu.Area).Name, IIndex: 2, ITotal: len(q.Questions), IAnswered: len(q.Questions) - 1, IChoice: 3 % len(qu.Choices)}
	host := &flowHost{r.flow}
	if err := app.TestMatch(host, app.TestUIDescriptor{Path: app.TestPath(0, 1), Expected: want}); err != nil {
		t.Error(err)
	}
	r.send(actionQuizNext, nil)
	want.IQuestion, want.IArea, want.IIndex = q.Questions[3], q.Area(q.Questions[3].Area).Name, 3
	want.IChoice = 3 % len(q.Questions[3].Choices)
	if err := app.TestMatch(host, app.TestUIDescriptor{Path: app.TestPath(0, 1), Expected: want}); err != nil {
		t.Error(err)
	}
	if err := app.TestMatch(host, app.TestUIDescriptor{Path: app.TestPath(0, 0), Expected: &savedDataNotice{}}); err != nil {
		t.Error(err)
	}
	if !strings.Contains(string(r.page()), `id="choice-`+q.Questions[3].ID+`-0"`) {
		t.Error("the next question's radios are not drawn")
	}
}
