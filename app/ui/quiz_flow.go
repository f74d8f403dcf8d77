package ui

import (
	"strconv"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizFlow runs the quiz: the introduction, one question per screen, the
// result and the optional knowledge check. It owns the saved state and
// writes it to local storage the moment anything changes, so a reload, a
// closed tab or a lost connection resumes where the person was.
//
// Its state is unexported on purpose: go-app copies a fresh component's
// exported fields into the mounted one on every parent render, which would
// wipe the state.
//
// The screens it draws send what is pressed as the actions below, which it
// handles from the moment it mounts.
type quizFlow struct {
	app.Compo
	loaded    bool
	saved     savedState
	state     store.State
	saveError string
	// missing is set when Next or Check was pressed without an answer.
	missing bool
	// pending is the knowledge-check option selected but not yet checked.
	pending int
	// mounted is the component's own context, for moving focus after a
	// render: the context of the button pressed is no good when that
	// button is gone from the new screen.
	mounted app.Context
}

// The quiz's actions. An answer and a knowledge-check option come with a
// choice: the question's id and the index chosen; a goto with the index of
// the question to go back to.
const (
	actionQuizAnswer      = "quiz-answer"
	actionQuizNext        = "quiz-next"
	actionQuizBack        = "quiz-back"
	actionQuizReview      = "quiz-review"
	actionQuizRestart     = "quiz-restart"
	actionQuizGoto        = "quiz-goto"
	actionQuizToResult    = "quiz-to-result"
	actionKnowledgeStart  = "quiz-knowledge-start"
	actionKnowledgeSelect = "quiz-knowledge-select"
	actionKnowledgeCheck  = "quiz-knowledge-check"
	actionKnowledgeNext   = "quiz-knowledge-next"
	actionKnowledgeBack   = "quiz-knowledge-back"
	actionKnowledgeLeave  = "quiz-knowledge-leave"
)

func newQuizFlow() *quizFlow { return &quizFlow{pending: -1} }

func (f *quizFlow) OnMount(ctx app.Context) {
	f.mounted = ctx
	f.saved = loadSaved()
	f.state = f.saved.state
	f.repair()
	f.loaded = true
	ctx.Handle(actionQuizAnswer, f.answer)
	onAction(ctx, actionQuizNext, f.next)
	onAction(ctx, actionQuizBack, f.back)
	onAction(ctx, actionQuizReview, f.review)
	onAction(ctx, actionQuizRestart, f.restart)
	ctx.Handle(actionQuizGoto, f.goTo)
	onAction(ctx, actionQuizToResult, f.toResult)
	onAction(ctx, actionKnowledgeStart, f.startKnowledge)
	ctx.Handle(actionKnowledgeSelect, f.selectOption)
	onAction(ctx, actionKnowledgeCheck, f.check)
	onAction(ctx, actionKnowledgeNext, f.knowledgeNext)
	onAction(ctx, actionKnowledgeBack, f.knowledgeBack)
	onAction(ctx, actionKnowledgeLeave, f.leaveKnowledge)
}

// repair keeps positions inside the quiz as it is now: an app update may
// have changed the number of questions since the state was saved.
func (f *quizFlow) repair() {
	q := quizData()
	p := &f.state.Progress
	p.Current = clampIndex(p.Current, len(q.Questions))
	p.KnowledgeCurrent = clampIndex(p.KnowledgeCurrent, len(q.Knowledge))
	if (p.Stage == store.StageResult || p.Stage == store.StageKnowledge) && p.Finished.IsZero() {
		p.Stage = store.StageSelf
	}
	if p.Stage == store.StageSelf && p.Started.IsZero() {
		p.Started = time.Now()
	}
}

func clampIndex(i, n int) int {
	if i >= n {
		i = n - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

func (f *quizFlow) save() {
	f.saveError = ""
	if err := saveState(f.state); err != nil {
		f.saveError = err.Error()
	}
}

func (f *quizFlow) start(ctx app.Context, e app.Event) { f.restart(ctx) }

func (f *quizFlow) restart(ctx app.Context) {
	f.state.RestartQuiz()
	f.state.Progress.Stage = store.StageSelf
	f.state.Progress.Started = time.Now()
	f.missing = false
	f.save()
	focusByID(f.mounted, "quiz-step")
}

func (f *quizFlow) currentQuestion() data.QuizQuestion {
	return quizData().Questions[f.state.Progress.Current]
}

// answer records a choice for the question it names.
func (f *quizFlow) answer(ctx app.Context, a app.Action) {
	id, index, ok := chosenIndex(a)
	if q := quizData().Question(id); !ok || q == nil || index >= len(q.Choices) {
		return
	}
	f.state.Progress.Answer(id, index, time.Now())
	f.missing = false
	f.save()
}

func (f *quizFlow) next(ctx app.Context) {
	p := &f.state.Progress
	if _, ok := p.Answers[f.currentQuestion().ID]; !ok {
		f.missing = true
		focusByID(f.mounted, "choice-"+f.currentQuestion().ID+"-0")
		return
	}
	f.missing = false
	if p.Current < len(quizData().Questions)-1 {
		p.Current++
		f.save()
		focusByID(f.mounted, "quiz-step")
		return
	}
	f.finish()
}

// finish shows the result of an attempt with every question answered, its
// verdict at the top of the screen.
func (f *quizFlow) finish() {
	p := &f.state.Progress
	p.Finished = time.Now()
	p.Stage = store.StageResult
	f.recordAttempt()
	f.save()
	focusAtTop(f.mounted, "quiz-result-title")
}

// goTo opens the question the action names, to change its answer.
func (f *quizFlow) goTo(ctx app.Context, a app.Action) {
	i, ok := a.Value.(int)
	if !ok || i < 0 || i >= len(quizData().Questions) {
		return
	}
	p := &f.state.Progress
	p.Stage, p.Current = store.StageSelf, i
	f.missing = false
	f.save()
	focusByID(f.mounted, "quiz-step")
}

// toResult goes back to the result from a question, once every question has
// an answer; otherwise it opens the first question without one.
func (f *quizFlow) toResult(ctx app.Context) {
	for i, q := range quizData().Questions {
		if _, ok := f.state.Progress.Answers[q.ID]; !ok {
			f.state.Progress.Current, f.missing = i, true
			f.save()
			focusByID(f.mounted, "choice-"+q.ID+"-0")
			return
		}
	}
	f.missing = false
	f.finish()
}

func (f *quizFlow) back(ctx app.Context) {
	p := &f.state.Progress
	if p.Current > 0 {
		p.Current--
	}
	f.missing = false
	f.save()
	focusByID(f.mounted, "quiz-step")
}

func (f *quizFlow) review(ctx app.Context) {
	f.state.Progress.Stage = store.StageSelf
	f.state.Progress.Current = 0
	f.save()
	focusByID(f.mounted, "quiz-step")
}

func (f *quizFlow) startKnowledge(ctx app.Context) {
	f.state.Progress.Stage = store.StageKnowledge
	f.pending, f.missing = -1, false
	f.save()
	focusByID(f.mounted, "quiz-step")
}

func (f *quizFlow) currentKnowledge() data.KnowledgeQuestion {
	return quizData().Knowledge[f.state.Progress.KnowledgeCurrent]
}

// selectOption notes the option selected on the practice question on
// screen; it counts once checked.
func (f *quizFlow) selectOption(ctx app.Context, a app.Action) {
	id, option, ok := chosenIndex(a)
	if kq := f.currentKnowledge(); !ok || id != kq.ID || option >= len(kq.Options) {
		return
	}
	f.pending, f.missing = option, false
}

func (f *quizFlow) check(ctx app.Context) {
	if f.pending < 0 {
		f.missing = true
		focusByID(f.mounted, "option-"+f.currentKnowledge().ID+"-0")
		return
	}
	f.state.Progress.AnswerKnowledge(f.currentKnowledge().ID, f.pending, time.Now())
	f.pending, f.missing = -1, false
	// The answer counts at once, so leaving half-way keeps what was done.
	f.recordAttempt()
	f.save()
	focusByID(f.mounted, "quiz-feedback")
}

func (f *quizFlow) knowledgeNext(ctx app.Context) {
	p := &f.state.Progress
	f.pending, f.missing = -1, false
	if p.KnowledgeCurrent < len(quizData().Knowledge)-1 {
		p.KnowledgeCurrent++
		f.save()
		focusByID(f.mounted, "quiz-step")
		return
	}
	p.KnowledgeFinished = time.Now()
	f.leaveKnowledge(ctx)
}

func (f *quizFlow) knowledgeBack(ctx app.Context) {
	p := &f.state.Progress
	if p.KnowledgeCurrent > 0 {
		p.KnowledgeCurrent--
	}
	f.pending, f.missing = -1, false
	f.save()
	focusByID(f.mounted, "quiz-step")
}

func (f *quizFlow) leaveKnowledge(ctx app.Context) {
	f.state.Progress.Stage = store.StageResult
	f.pending, f.missing = -1, false
	f.recordAttempt()
	f.save()
	focusByID(f.mounted, "quiz-result-title")
}

func (f *quizFlow) result() quiz.Result {
	return scoreProgress(f.state.Progress)
}

// scoreProgress scores the attempt under way.
func scoreProgress(p store.Progress) quiz.Result {
	d := appData()
	return quiz.Score(quizData(), d.Main(), d, quiz.Input{
		Answers:   store.Choices(p.Answers),
		Knowledge: store.Choices(p.Knowledge),
		Started:   p.Started,
		Finished:  p.Finished,
	})
}

// recordAttempt puts the finished attempt's scores in the history.
func (f *quizFlow) recordAttempt() {
	p := f.state.Progress
	if p.Finished.IsZero() {
		return
	}
	f.state.SaveAttempt(store.NewAttempt(p.AttemptID(), p.Finished, f.result().Summary()))
}

func (f *quizFlow) answeredCount() int {
	n := 0
	for _, q := range quizData().Questions {
		if _, ok := f.state.Progress.Answers[q.ID]; ok {
			n++
		}
	}
	return n
}

func (f *quizFlow) checkedCount() int {
	n := 0
	for _, q := range quizData().Knowledge {
		if _, ok := f.state.Progress.Knowledge[q.ID]; ok {
			n++
		}
	}
	return n
}

func (f *quizFlow) Render() app.UI {
	return app.Div().ID("quiz-app").Class("quiz").DataSet("loaded", f.loaded).Body(
		newSavedDataNotice().Saved(f.saved).StorageError(f.saveError),
		f.screen(),
		app.If(f.showsResult(), f.summary),
	)
}

func (f *quizFlow) showsResult() bool {
	return f.loaded && f.state.Progress.Stage == store.StageResult
}

// summary is the result's one-page summary for print, with the plan as it
// stands.
func (f *quizFlow) summary() app.UI {
	res := f.result()
	return printSummary(summaryInput{
		Date:    f.state.Progress.Finished,
		Verdict: quiz.Decide(quizData(), appData().Main(), res),
		Overall: res.Overall,
		Areas:   res.Areas,
		Plan:    newPlanView(&f.state),
	})
}

func (f *quizFlow) screen() app.UI {
	q := quizData()
	p := f.state.Progress
	switch {
	case !f.loaded || p.Stage == store.StageIntro:
		return f.intro()
	case p.Stage == store.StageSelf:
		qu := f.currentQuestion()
		choice := -1
		if a, ok := p.Answers[qu.ID]; ok {
			choice = a.Choice
		}
		answered := f.answeredCount()
		return newQuizQuestion().
			Question(qu, q.Area(qu.Area).Name, p.Current, len(q.Questions)).
			Answered(answered).
			Choice(choice).
			Missing(f.missing).
			Reviewing(!p.Finished.IsZero() && answered == len(q.Questions))
	case p.Stage == store.StageKnowledge:
		kq := f.currentKnowledge()
		given := -1
		if a, ok := p.Knowledge[kq.ID]; ok {
			given = a.Choice
		}
		return newQuizKnowledge().
			Question(kq, p.KnowledgeCurrent, len(q.Knowledge)).
			Answered(f.checkedCount()).
			Pending(f.pending).
			Given(given).
			Missing(f.missing)
	}
	return newQuizResult().Result(f.result()).Contradictions(quiz.Contradictions(q, store.Choices(p.Answers)))
}

func (f *quizFlow) intro() app.UI {
	q := quizData()
	return app.Div().ID("quiz-intro").Body(
		app.P().Class("lead").Text("How ready are you to work as a Health Information Technician? Answer "+strconv.Itoa(len(q.Questions))+" short questions, one per screen, about your training, your experience and your skills."),
		app.P().Text("You get a score for each of these areas, the level of the career path that fits you now, and a list of gaps with next steps. An optional knowledge check with "+strconv.Itoa(len(q.Knowledge))+" practice questions follows."),
		app.Ul().Class("quiz-area-list").Body(app.Range(q.Areas).Slice(func(i int) app.UI {
			return app.Li().Text(q.Areas[i].Name)
		})),
		app.P().Text("Your answers never leave this device. They are saved in this browser as you give them, so you can stop and come back to the same question."),
		app.Button().Type("button").ID("quiz-start").Text("Start the quiz").OnClick(f.start),
		app.If(f.loaded && len(f.state.History) > 0, func() app.UI {
			return app.P().Body(
				app.Text("You have taken the quiz before. "),
				app.A().Href(href("/plan#history")).Text("See your earlier results and your plan"),
				app.Text("."),
			)
		}),
	)
}
