package ui

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/quiz/quiztest"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answered is an attempt with the answers given, on its last question,
// each answer a minute after the one before, so none looks careless.
func answered(answers map[string]int) store.State {
	q := quizData()
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	p := store.Progress{Stage: store.StageSelf, Current: len(q.Questions) - 1, Started: start, Answers: map[string]store.Answer{}}
	for i, qu := range q.Questions {
		if c, ok := answers[qu.ID]; ok {
			p.Answers[qu.ID] = store.Answer{Choice: c, At: start.Add(time.Duration(i+1) * time.Minute)}
		}
	}
	return store.State{Progress: p}
}

// finished is an attempt with the answers given, finished and in the
// history, as the plan reads it.
func finished(t *testing.T, answers map[string]int) store.State {
	t.Helper()
	s := answered(answers)
	s.Progress.Stage = store.StageResult
	s.Progress.Finished = s.Progress.Started.Add(time.Hour)
	s.SaveAttempt(store.NewAttempt(s.Progress.AttemptID(), s.Progress.Finished, scoreProgress(s.Progress).Summary()))
	return s
}

// before reports whether the element with id a comes before the one with
// id b in the page.
func (p page) before(a, b string) bool {
	i, j := strings.Index(string(p), `id="`+a+`"`), strings.Index(string(p), `id="`+b+`"`)
	return i >= 0 && j >= 0 && i < j
}

func TestTheResultOpensWithTheVerdict(t *testing.T) {
	d := appData()
	for _, tc := range []struct {
		id      string
		answers map[string]int
	}{{"yes", quiztest.Ready}, {"almost", quiztest.Almost}, {"not-yet", quiztest.NotYet}} {
		t.Run(tc.id, func(t *testing.T) {
			saved := answered(tc.answers)
			r := newQuizRig(t, &saved)
			p := r.send(actionQuizNext, nil)
			res := scoreProgress(r.flow.state.Progress)
			v := quiz.Decide(quizData(), d.Main(), res)
			if v.ID != tc.id {
				t.Fatalf("the answers give %q, want %q", v.ID, tc.id)
			}
			if got, _ := p.attr("readiness", "data-verdict"); got != tc.id {
				t.Errorf("the result shows the verdict %q, want %q", got, tc.id)
			}
			rest := strings.TrimPrefix(v.Headline, v.Answer)
			wantText(t, p, append([]string{v.Question, v.Answer, rest, v.Note, "Your first next step: ", v.Next.Text, "Open my plan", "Print a summary"}, v.Reasons...)...)
			// The verdict comes first: before the scores and every warning.
			for _, later := range []string{"quiz-overall", "quiz-area-scores", "quiz-level", "quiz-gaps"} {
				if !p.before("readiness", later) {
					t.Errorf("the verdict does not come before #%s", later)
				}
			}
			if !p.before("quiz-result-title", "readiness") {
				t.Error("the verdict comes before the result's heading")
			}
			if href, _ := p.attr("quiz-open-plan", "href"); href != "/plan" {
				t.Errorf("Open my plan links to %q", href)
			}
			// The area table lists the weakest first.
			var rows, want []string
			for _, el := range p.elements() {
				if el.name == "tr" && strings.HasPrefix(el.attrs["id"], "area-") {
					rows = append(rows, el.attrs["id"])
				}
			}
			for _, a := range quiz.WeakestFirst(res.Areas) {
				want = append(want, "area-"+a.ID)
			}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("area rows %v, want %v", rows, want)
			}
			// Honest answers given at a reading pace bring no warning.
			if _, ok := p.byID("quiz-warnings"); ok {
				t.Error("the honest answers are warned about")
			}
		})
	}
}

func TestAResultWithoutAnswersHasNoVerdictYet(t *testing.T) {
	p := htmlOf(quizReadiness(quiz.Decide(quizData(), appData().Main(), quiz.Result{}), false, true))
	wantText(t, p, quizData().Verdict.Unscored)
	if _, ok := p.byID("readiness-reasons"); ok {
		t.Error("an unscored result gives reasons")
	}
	if _, ok := p.byID("quiz-open-plan"); ok {
		t.Error("a read-only verdict offers its buttons")
	}
}

func TestContradictionsAreNamedWithAWayBack(t *testing.T) {
	q := quizData()
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"], answers["edu-training"], answers["edu-accredited"] = 3, 0, 0
	cs := quiz.Contradictions(q, answers)
	if len(cs) != 1 {
		t.Fatalf("contradictions %+v", cs)
	}
	saved := answered(answers)
	r := newQuizRig(t, &saved)
	p := r.send(actionQuizNext, nil)
	wantText(t, p, "Some of your answers do not fit together.", cs[0].Message, "Some answers may not give a true picture: ")
	for _, ref := range cs[0].Questions {
		id := "change-" + cs[0].ID + "-" + ref.QuestionID
		if got := p.textOf(id); got != "Change my answer to question "+strconv.Itoa(ref.Number) {
			t.Errorf("#%s reads %q", id, got)
		}
	}
	if !p.before("readiness", "quiz-contradictions") {
		t.Error("the contradictions come before the verdict")
	}

	// Each button goes back to its question; only a question's index does.
	for _, bad := range []any{-1, len(q.Questions), "1", nil} {
		if p := r.send(actionQuizGoto, bad); !p.has(cs[0].Message) {
			t.Errorf("going to %v left the result", bad)
		}
	}
	ref := cs[0].Questions[0]
	p = r.send(actionQuizGoto, ref.Number-1)
	wantText(t, p, "Question "+strconv.Itoa(ref.Number)+" of", ref.Question, "Back to my result")
	r.answer(ref.Number-1, 4)
	p = r.send(actionQuizToResult, nil)
	wantText(t, p, "Your result")
	if _, ok := p.byID("quiz-contradictions"); ok {
		t.Error("the contradiction stays after the answer was changed")
	}
	if s := r.store.saved(t); len(s.History) != 1 || s.Progress.Stage != store.StageResult {
		t.Errorf("back to the result: %d attempts, stage %q", len(s.History), s.Progress.Stage)
	}

	// A question left without an answer is opened instead of the result.
	delete(r.flow.state.Progress.Answers, q.Questions[2].ID)
	p = r.send(actionQuizGoto, 0)
	if _, ok := p.byID("quiz-to-result"); ok {
		t.Error("an attempt with a question unanswered offers the result")
	}
	p = r.send(actionQuizToResult, nil)
	wantText(t, p, "Question 3 of", "Choose an answer to go on.")

	// A fresh attempt has no way back to a result it does not have.
	fresh := answered(quiztest.Ready)
	fresh.Progress.Current = 0
	if _, ok := newQuizRig(t, &fresh).page().byID("quiz-to-result"); ok {
		t.Error("a first attempt offers a way back to the result")
	}
}

func TestThePlanStartsFromTheAnswers(t *testing.T) {
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"] = 3
	saved := finished(t, answers)
	r := newPlanRig(t, &saved)
	p := r.page()
	marks := quiz.PreMark(quizData(), answers)
	if len(marks) != 3 {
		t.Fatalf("the answers pre-mark %v, want the program, the RHIT and EHR practice", marks)
	}
	for id, why := range marks {
		if v, _ := p.attr("plan-"+id, "data-status"); v != "done" {
			t.Errorf("%s starts as %q, want done", id, v)
		}
		wantText(t, p, "Marked done from your answers. ", why+" If that is not right, change the status.")
	}
	if _, ok := p.attr("status-"+quiz.ExamStep+"-done", "checked"); !ok {
		t.Error("the Done radio of certification is not checked")
	}
	gaps, steps, _ := r.board.items()
	total := len(gaps) + len(steps)
	progress := func(p page, done int) {
		t.Helper()
		want := strconv.Itoa(done) + " of " + strconv.Itoa(total) + " done"
		if got := p.textOf("plan-progress-bar"); got != want {
			t.Errorf("the progress bar's text reads %q, want %q", got, want)
		}
		wantText(t, p, want)
		if v, _ := p.attr("plan-progress-bar", "value"); v != strconv.Itoa(done) {
			t.Errorf("the bar's value is %q, want %d", v, done)
		}
		if v, _ := p.attr("plan-progress-bar", "max"); v != strconv.Itoa(total) {
			t.Errorf("the bar's max is %q, want %d", v, total)
		}
	}
	progress(p, 3)

	// The student's own choice wins; the reason goes with the pre-mark.
	p = r.setStatus(quiz.ExamStep, store.ToDo)
	if _, ok := p.byID("premark-" + quiz.ExamStep); ok {
		t.Error("the answers' reason stays after the student chose a status")
	}
	progress(p, 2)
	p = r.setStatus(steps[4].ID, store.Done)
	progress(p, 3)
	// A skipped step is not left to do.
	p = r.setStatus(steps[5].ID, store.Skipped)
	total--
	progress(p, 3)
	if s := r.store.saved(t); s.StatusOr(quiz.ExamStep, store.Done) != store.ToDo {
		t.Errorf("the changed pre-mark saved as %q", s.StatusOr(quiz.ExamStep, store.Done))
	}

	// Without answers nothing is pre-marked.
	saved.Progress = store.Progress{}
	if _, ok := newPlanRig(t, &saved).page().byID("premark-" + quiz.ExamStep); ok {
		t.Error("a plan with no answers is pre-marked")
	}
}

func TestAStepCarriesATargetMonthAndANote(t *testing.T) {
	r := newPlanRig(t, nil)
	_, steps, _ := r.board.items()
	it := steps[3]
	entry := func() store.PlanEntry {
		t.Helper()
		s := r.store.saved(t)
		if e := s.Entry(it.ID); e != nil {
			return *e
		}
		return store.PlanEntry{}
	}
	target := func(v string) page { return r.send(actionPlanTarget, choice{Key: it.ID, Value: v}) }
	note := func(v string) page { return r.send(actionPlanNote, choice{Key: it.ID, Value: v}) }

	p := target("2026-09")
	if e := entry(); e.Target != store.NewMonth(2026, time.September) || e.Status != "" || e.Text != it.Text {
		t.Errorf("saved %+v", e)
	}
	if v, _ := p.attr("target-"+it.ID, "value"); v != "2026-09" {
		t.Errorf("the month field shows %q", v)
	}
	wantText(t, p, "Target: September 2026")
	// A text fallback takes any text: what is not a month is kept on screen
	// with a message, and the saved month stays.
	p = target("Sept 2026")
	if got := p.textOf("target-" + it.ID + "-error"); !strings.Contains(got, "“Sept 2026” should be a month written as year and month") || !strings.Contains(got, "It was not saved.") {
		t.Errorf("the message reads %q", got)
	}
	if e := entry(); e.Target != store.NewMonth(2026, time.September) {
		t.Errorf("a text that is not a month changed the target: %+v", e)
	}
	p = target(" 2027-01 ")
	if got := p.textOf("target-" + it.ID + "-error"); got != "" {
		t.Errorf("the message stays: %q", got)
	}
	target("")
	if e := entry(); !e.Target.IsZero() {
		t.Errorf("an emptied field kept the target %v", e.Target)
	}

	// A note is saved as typed, as one tidy line, with a counter.
	p = note("  Ask Ms Lee\tabout\nthe lab  ")
	if e := entry(); e.Note != "Ask Ms Lee about the lab" {
		t.Errorf("the note saved as %q", e.Note)
	}
	wantText(t, p, "24 of "+strconv.Itoa(store.MaxNoteLength)+" characters", "Note: Ask Ms Lee about the lab")
	if v, _ := p.attr("note-"+it.ID, "maxlength"); v != strconv.Itoa(store.MaxNoteLength) {
		t.Errorf("the note field's maxlength is %q", v)
	}
	long := strings.Repeat("é", store.MaxNoteLength+1)
	p = note(long)
	if got := p.textOf("note-" + it.ID + "-error"); !strings.Contains(got, "shorten it by 1") {
		t.Errorf("a note too long says %q", got)
	}
	if e := entry(); e.Note != "Ask Ms Lee about the lab" {
		t.Errorf("a note too long replaced the saved one: %q", e.Note)
	}
	p = note(long[:len(long)-2])
	if e := entry(); e.Note != long[:len(long)-2] || p.textOf("note-"+it.ID+"-error") != "" {
		t.Errorf("a note of the longest length was not saved: %q", e.Note)
	}
	// An item the plan does not have, or a value of the wrong kind, changes
	// nothing.
	before := r.store.m[store.Key]
	r.send(actionPlanNote, choice{Key: "no-such-item", Value: "x"})
	r.send(actionPlanTarget, choice{Key: "no-such-item", Value: "2026-01"})
	r.send(actionPlanNote, "x")
	if r.store.m[store.Key] != before {
		t.Error("an unknown item or value changed the saved plan")
	}
	// Printed, the target and the note read as words.
	if _, ok := p.byID("extra-" + it.ID); !ok {
		t.Error("the step has no fields for a target and a note")
	}
}

// The note field is drawn with the text it was given, not with each note
// saved as it is typed, so that go-app never writes an older text over
// letters typed since; a note saved other than by typing is drawn.
func TestTypingANoteIsNotWrittenOver(t *testing.T) {
	it := newPlanItem().Item(quiz.PlanItem{ID: "step-1", Text: "A step"})
	it.INote = "Saved"
	if got := it.noteValue(); got != "Saved" {
		t.Fatalf("the field starts with %q", got)
	}
	it.typedNotes = map[string]bool{"Saved and": true, "Saved and more": true}
	for _, saved := range []string{"Saved and", "Saved and more"} {
		it.INote = saved
		if got := it.noteValue(); got != "Saved" {
			t.Errorf("with %q saved by typing, the field is drawn with %q", saved, got)
		}
	}
	it.INote = "Loaded"
	if got := it.noteValue(); got != "Loaded" {
		t.Errorf("a note saved other than by typing is drawn as %q", got)
	}
	a, b := newPlanItem().Item(quiz.PlanItem{ID: "x"}), newPlanItem().Item(quiz.PlanItem{ID: "x"}).Generation(1)
	if a.CompoID() == b.CompoID() {
		t.Error("a plan cleared keeps its items' fields")
	}
}

func TestTheTimelineIsChosenDatedAndCosted(t *testing.T) {
	q, d := quizData(), appData()
	r := newPlanRig(t, nil)
	p := r.page()
	wantText(t, p, "Choose the education pathway you mean to follow.", "Which education pathway will you follow?", "Will you study full time or part time?", "The month you can start")
	if _, ok := p.byID("timeline-costs"); ok {
		t.Error("costs are shown before a pathway is chosen")
	}
	choose := func(key, value string) page { return r.send(actionPlanChoice, choice{Key: key, Value: value}) }

	pw := d.Main().Pathways[0]
	p = choose(timelinePathwayKey, pw.ID)
	wantText(t, p, "Choose the month you can start, to see the dates.", "What is left to pay on this route")
	p = r.send(actionPlanStart, "2026-09")
	choice := store.TimelineChoice{Pathway: pw.ID, Start: store.NewMonth(2026, time.September)}
	want := quiz.Timeline(q, d, d.Main(), quiz.NewTimelineInput(choice, func(string) store.Status { return store.ToDo }))
	if want.Missing != "" || len(want.Milestones) != 4 {
		t.Fatalf("the expected timeline is %+v", want)
	}
	for _, m := range want.Milestones {
		if _, ok := p.byID("milestone-" + string(m.Kind)); !ok {
			t.Errorf("no milestone %s", m.Kind)
		}
		wantText(t, p, m.When(), m.Title, m.Detail)
	}
	for _, part := range want.Cost.Parts {
		wantText(t, p, part.Label, quiz.MoneyRange(d, *part.Range))
		if !strings.Contains(string(p), `href="/about#source-`+part.Source+`"`) {
			t.Errorf("the cost of %s does not cite %s", part.Label, part.Source)
		}
	}
	wantText(t, p, want.Cost.Text, want.Assumptions)
	if s := r.store.saved(t); s.Timeline != choice {
		t.Errorf("the timeline saved %+v, want %+v", s.Timeline, choice)
	}

	// Part time: the program ends later.
	p = choose(timelinePaceKey, string(store.PartTime))
	choice.Pace = store.PartTime
	part := quiz.Timeline(q, d, d.Main(), quiz.NewTimelineInput(choice, func(string) store.Status { return store.ToDo }))
	wantText(t, p, part.Milestones[1].When())
	if _, ok := p.attr("pace-part-time", "checked"); !ok {
		t.Error("part time is not checked")
	}

	// A start that is not a month is kept with a message; unknown choices
	// change nothing.
	saved := r.store.m[store.Key]
	p = r.send(actionPlanStart, "next spring")
	if got := p.textOf("timeline-start-error"); !strings.Contains(got, "“next spring”") {
		t.Errorf("the start message reads %q", got)
	}
	choose(timelinePathwayKey, "apprenticeship")
	choose(timelinePaceKey, "weekends")
	choose("colour", "blue")
	r.send(actionPlanStart, 2026)
	if r.store.m[store.Key] != saved {
		t.Error("an unknown choice or a start that is not a month changed the saved timeline")
	}

	// The program done: its dates and cost leave the timeline.
	p = r.setStatus(quiz.SchoolingStep, store.Done)
	if _, ok := p.byID("milestone-program-start"); ok {
		t.Error("a program done still starts in the timeline")
	}
	if p.has(quiz.MoneyRange(d, *pw.Cost)) {
		t.Error("a program done is still counted in the cost")
	}
}

func TestThePlanSharesItsStatusesAndSaysWhenItIsTooLarge(t *testing.T) {
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"] = 3
	saved := finished(t, answers)
	saved.SetStatus("step-4", "Build your network", store.Doing, day)
	saved.SetTarget("step-5", "Write a focused resume and cover letter", store.NewMonth(2026, time.October), day)
	if err := saved.SetNote("step-5", "", "Ask Ms Lee", day); err != nil {
		t.Fatal(err)
	}
	saved.Timeline = store.TimelineChoice{Pace: store.FullTime, Start: store.NewMonth(2026, time.September), Pathway: "associate-degree"}
	v := newPlanView(&saved)
	sh := v.shared(&saved)
	want := []store.SharedItem{
		{ID: "step-1", Status: store.Done},
		{ID: "step-2", Status: store.Done},
		{ID: "step-3", Status: store.Done},
		{ID: "step-4", Status: store.Doing},
		{ID: "step-5", Status: store.ToDo, Target: store.NewMonth(2026, time.October), Note: "Ask Ms Lee"},
	}
	if sh == nil || !reflect.DeepEqual(sh.Plan, want) || sh.Timeline != saved.Timeline || sh.Overall != saved.Latest().Overall {
		t.Fatalf("the link carries %+v, want the plan %+v", sh, want)
	}

	// Pressed, the button shows a link that carries it all.
	s := newPlanShare().Shared(sh)
	e := mount(t, &shareHost{s})
	s.mounted.Dispatch(func(ctx app.Context) { s.create(ctx, event()) })
	e.ConsumeAll()
	p := htmlOf(s)
	link, _ := p.attr("share-link", "value")
	token, ok := store.ShareToken(link[strings.Index(link, "#"):])
	got, err := store.DecodeShare(token)
	if !ok || err != nil || !reflect.DeepEqual(got.Plan, want) || got.Timeline != saved.Timeline {
		t.Errorf("the link %q opens as %+v (%v)", link, got, err)
	}
	wantText(t, p, "each step's status, target month and note")

	// A plan whose notes do not fit a link says so and offers no link.
	huge := *sh
	huge.Plan = nil
	for _, id := range v.ids() {
		huge.Plan = append(huge.Plan, store.SharedItem{ID: id, Status: store.Doing, Note: strings.Repeat("漢", store.MaxNoteLength)})
	}
	fit := store.FitShare(sharePrefix(), huge)
	if fit.Fits {
		t.Fatalf("a plan of %d long notes fits a link", len(huge.Plan))
	}
	p = htmlOf(newPlanShare().Shared(&huge))
	if got := p.textOf("share-too-large"); got != fit.Problem() || !strings.Contains(got, "too large to share by link") {
		t.Errorf("the too-large message reads %q", got)
	}
	if _, ok := p.byID("share-create"); ok {
		t.Error("a plan too large for a link offers one")
	}
	// Before any result there is nothing to share.
	wantText(t, htmlOf(newPlanShare()), "Finish the readiness quiz first")
}

type shareHost struct{ *planShare }

func (h *shareHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

func TestASharedPlanIsReadOnlyAndPrintable(t *testing.T) {
	q := quizData()
	areas := map[string]int{}
	for _, a := range q.Areas {
		areas[a.ID] = 70
	}
	areas[q.Areas[0].ID] = 30
	sh := store.Shared{
		Date:   day,
		Scores: store.Scores{Overall: 65, Areas: areas, Level: 1},
		Plan: []store.SharedItem{
			{ID: "step-1", Status: store.Done},
			{ID: "step-2", Status: store.Doing, Target: store.NewMonth(2026, time.November), Note: "Exam booked <soon> & paid"},
			{ID: "step-3", Status: store.Skipped},
		},
		Timeline: store.TimelineChoice{Start: store.NewMonth(2026, time.September), Pathway: "associate-degree"},
	}
	p := htmlOf(newPlanShared().Shared(sh))
	wantText(t, p, "You opened a shared result from 3 March 2026. ", "Print this plan", "Shared plan", "Target: November 2026", "Exam booked <soon> & paid")
	for id, want := range map[string]store.Status{"step-1": store.Done, "step-2": store.Doing, "step-3": store.Skipped, "step-4": store.ToDo} {
		if v, _ := p.attr("shared-"+id, "data-status"); v != string(want) {
			t.Errorf("shared %s is %q, want %s", id, v, want)
		}
	}
	v := sharedPlanView(sh)
	wantText(t, p, v.Count.Text())
	if v.Count.Text() != "1 of "+strconv.Itoa(len(v.Gaps)+len(v.Steps)-1)+" done" {
		t.Errorf("the shared count is %q", v.Count.Text())
	}
	// The program is done, so the timeline starts with the applications.
	if _, ok := p.byID("milestone-applications"); !ok {
		t.Error("the shared timeline is not laid out")
	}
	if _, ok := p.byID("milestone-program-start"); ok {
		t.Error("the shared timeline ignores the program done")
	}
	for _, el := range p.elements() {
		if el.name == "input" || el.name == "select" || el.name == "textarea" {
			t.Errorf("the shared plan has a field: %v", el.attrs)
		}
	}
	for _, id := range []string{"quiz-open-plan", "quiz-print-summary", "share-create"} {
		if _, ok := p.byID(id); ok {
			t.Errorf("the shared plan offers #%s", id)
		}
	}
}

func TestClearingSaysWhatWillBeLost(t *testing.T) {
	if got := lossText(&store.State{}); got != "Nothing is saved in this browser yet." {
		t.Errorf("empty: %q", got)
	}
	s := finished(t, quiztest.Ready)
	s.SetStatus("step-1", "", store.Done, day)
	s.Timeline.Pace = store.PartTime
	want := "You will lose your " + strconv.Itoa(len(quizData().Questions)) + " answers to the quiz, one saved result, the statuses, target months and notes of one plan item and your timeline's choices."
	if got := lossText(&s); got != want {
		t.Errorf("lossText\n %q\nwant\n %q", got, want)
	}
	// The job kit is in the same saved data, and goes with it.
	kit := store.State{Resume: store.Resume{Name: "Ana"}, Letters: []store.CoverLetter{{ID: "a"}}}
	if got, want := lossText(&kit), "You will lose a resume and 1 cover letter."; got != want {
		t.Errorf("lossText of a job kit\n %q\nwant\n %q", got, want)
	}
	r := newPlanRig(t, &s)
	p := r.page()
	if _, ok := p.byID("clear-loss"); ok {
		t.Error("the loss is said before Clear my data is pressed")
	}
	c := newPlanClear().Loss(want)
	e := mount(t, &clearHost{c})
	c.mounted.Dispatch(func(ctx app.Context) { c.ask(ctx, event()) })
	e.ConsumeAll()
	if got := htmlOf(c).textOf("clear-loss"); got != want+" This cannot be undone." {
		t.Errorf("the confirmation says %q", got)
	}
	// Clear my data sits apart, after everything else on the plan.
	for _, id := range []string{"plan-tools", "plan-steps", "timeline", "history"} {
		if !p.before(id, "clear") {
			t.Errorf("#%s does not come before Clear my data", id)
		}
	}
	if !p.before("plan-print-summary", "share-create") || !p.before("share-create", "plan-progress") {
		t.Error("Print and Share do not sit together at the top")
	}
}

func TestTheSummaryHoldsTheVerdictScoresPlanAndTimeline(t *testing.T) {
	d := appData()
	answers := quiztest.Answers(quiztest.Almost)
	saved := finished(t, answers)
	saved.Timeline = store.TimelineChoice{Start: store.NewMonth(2026, time.September), Pathway: "associate-degree"}
	saved.SetTarget("step-5", "", store.NewMonth(2027, time.March), day)
	check := func(where string, p page) {
		t.Helper()
		if _, ok := p.byID("print-summary"); !ok {
			t.Fatalf("%s has no summary to print", where)
		}
		res := quiz.FromSummary(quizData(), d.Main(), d, saved.Latest().Scores())
		v := quiz.Decide(quizData(), d.Main(), res)
		pv := newPlanView(&saved)
		wantText(t, p, v.Question+" ", strings.TrimPrefix(v.Headline, v.Answer), "Scores by area, weakest first", "My plan: "+pv.Count.Text(), " · by March 2027", "Timeline and cost", pv.Timeline.Cost.Text, "Sources: ")
		for _, m := range pv.Timeline.Milestones {
			wantText(t, p, m.When()+": ")
		}
		if !strings.Contains(string(p), sourceName(pv.Timeline.Pathway.Source)) {
			t.Errorf("%s: the summary does not name the pathway's source", where)
		}
	}
	check("the plan", newPlanRig(t, &saved).page())
	r := newQuizRig(t, &saved)
	check("the result", r.page())
	if _, ok := r.page().byID("quiz-print-summary"); !ok {
		t.Error("the result has no Print a summary")
	}
}

// The new parts send their actions to their owners, as clicks and typing
// would; natively a field's value reads as "".
func TestCoachingPartsSendTheirActions(t *testing.T) {
	ctx, e, got := sent(t, nil, actionQuizGoto, actionQuizToResult, actionPlanTarget, actionPlanNote, actionPlanStart)
	item := newPlanItem().Item(quiz.PlanItem{ID: "step-2"})
	presses := []struct {
		want  string
		value any
		press func()
	}{
		{actionQuizGoto, 3, func() { newChangeAnswer().Question(3).press(ctx, event()) }},
		{actionQuizToResult, nil, func() { newQuizQuestion().toResult(ctx, event()) }},
		{actionPlanTarget, choice{Key: "step-2"}, func() { item.targetChanged(ctx, event()) }},
		{actionPlanNote, choice{Key: "step-2"}, func() { item.noteTyped(ctx, event()) }},
		{actionPlanStart, "", func() { newPlanTimeline().startChanged(ctx, event()) }},
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

func TestTheSummaryBeforeAnyResult(t *testing.T) {
	p := newPlanRig(t, nil).page()
	wantText(t, p, "The readiness quiz is not finished yet, so there is no verdict and no area scores.", " · My readiness and plan", "My plan: 0 of "+strconv.Itoa(len(appData().Main().Steps))+" done", "Choose the education pathway you mean to follow.")
	if strings.Contains(string(p), "result of ") || strings.Contains(string(p), "0001") {
		t.Error("the summary dates a result there is not")
	}
}
