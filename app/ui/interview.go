package ui

import (
	"strconv"
	"time"

	"github.com/hitcoach/hitcoach/app/jobkit"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// interviewContent is the interview practice.
func interviewContent() []app.UI {
	return []app.UI{
		app.H1().ID("interview-title").TabIndex(-1).Text("Interview practice"),
		jobKitNav("/interview"),
		newInterviewPractice(),
	}
}

// interviewPractice runs practice rounds: one question at a time, an
// answer written or said aloud, what a strong answer covers, and a rating.
// It owns the saved state, like quizFlow, and saves each answer and rating
// as it is given. A round's order is fixed when it starts, weakest first.
type interviewPractice struct {
	app.Compo
	loaded    bool
	saved     savedState
	state     store.State
	saveError string
	// round is the question ids of the round under way, in order; nil on
	// the overview.
	round []string
	pos   int
	// revealed is set once the points of the question on screen are shown.
	revealed bool
	// shown is the answer as its field was given it.
	shown   string
	mounted app.Context
}

// The practice's actions: a rating comes with a choice, the question's id
// and the rating.
const actionInterviewRate = "interview-rate"

func newInterviewPractice() *interviewPractice { return &interviewPractice{} }

func (p *interviewPractice) OnMount(ctx app.Context) {
	p.mounted = ctx
	p.saved = loadSaved()
	p.state = p.saved.state
	p.loaded = true
	ctx.Handle(actionInterviewRate, p.rate)
}

func (p *interviewPractice) save() {
	p.saveError = ""
	if err := saveState(p.state); err != nil {
		p.saveError = err.Error()
	}
}

// questionIDs are the interview questions in the data's order.
func questionIDs() []string {
	qs := jobKitData().Interview
	ids := make([]string, len(qs))
	for i, q := range qs {
		ids[i] = q.ID
	}
	return ids
}

// order is the questions weakest first.
func (p *interviewPractice) order() []string {
	return jobkit.PracticeOrder(questionIDs(), p.state.Interview.Ratings())
}

func (p *interviewPractice) start(ctx app.Context, e app.Event) {
	p.begin(p.order())
}

// practiseOne starts a round of the one question whose button was pressed.
func (p *interviewPractice) practiseOne(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	if jobKitData().Question(id) != nil {
		p.begin([]string{id})
	}
}

func (p *interviewPractice) begin(round []string) {
	p.round, p.pos = round, 0
	p.showQuestion()
}

func (p *interviewPractice) showQuestion() {
	p.revealed = false
	p.shown = p.state.Interview.Answers[p.current().ID].Text
	setFieldValue(p.mounted, "interview-answer", p.shown)
	focusByID(p.mounted, "interview-step")
}

func (p *interviewPractice) current() *data.InterviewQuestion {
	if p.pos < 0 || p.pos >= len(p.round) {
		return &data.InterviewQuestion{}
	}
	if q := jobKitData().Question(p.round[p.pos]); q != nil {
		return q
	}
	return &data.InterviewQuestion{}
}

func (p *interviewPractice) typed(ctx app.Context, e app.Event) {
	_, v := typedValue(ctx)
	p.answer(v)
}

// answer saves the answer to the question on screen.
func (p *interviewPractice) answer(v string) {
	q := p.current()
	if q.ID == "" {
		return
	}
	p.state.SetAnswer(q.ID, v, time.Now())
	p.save()
}

func (p *interviewPractice) reveal(ctx app.Context, e app.Event) { p.showPoints() }

func (p *interviewPractice) showPoints() {
	p.revealed = true
	focusByID(p.mounted, "interview-covers-title")
}

func (p *interviewPractice) rate(ctx app.Context, a app.Action) {
	id, rating, ok := chosenIndex(a)
	if !ok || id != p.current().ID || rating < 1 || rating > store.MaxRating {
		return
	}
	p.state.SetRating(id, rating, time.Now())
	p.save()
}

func (p *interviewPractice) next(ctx app.Context, e app.Event) { p.nextQuestion() }

func (p *interviewPractice) nextQuestion() {
	if p.pos < len(p.round)-1 {
		p.pos++
		p.showQuestion()
		return
	}
	p.endRound()
}

func (p *interviewPractice) end(ctx app.Context, e app.Event) { p.endRound() }

func (p *interviewPractice) endRound() {
	p.round, p.pos, p.revealed = nil, 0, false
	focusByID(p.mounted, "interview-overview-title")
}

func (p *interviewPractice) toggleTimer(ctx app.Context, e app.Event) {
	p.state.Interview.TimerOff = !ctx.JSSrc().Get("checked").Bool()
	p.save()
}

func (p *interviewPractice) Render() app.UI {
	return app.Div().ID("interview-app").Class("jobkit interview").DataSet("loaded", p.loaded).Body(
		newSavedDataNotice().Saved(p.saved).StorageError(p.saveError),
		app.If(len(p.round) == 0, p.overview).Else(p.question),
	)
}

// timerSwitch turns the timer on or off; it is saved.
func (p *interviewPractice) timerSwitch() app.UI {
	box := app.Input().Type("checkbox").ID("interview-timer-on").OnChange(p.toggleTimer)
	return app.Div().Class("field-check").Body(
		boolAttr(box, app.HTMLInput.Checked, !p.state.Interview.TimerOff),
		app.Label().For("interview-timer-on").Text("Show a timer while I answer"),
	)
}

func ratingLabel(r int) string {
	switch r {
	case 1:
		return "Not yet: I missed most of the points"
	case 2:
		return "Nearly: I covered some of the points"
	case 3:
		return "Strong: I covered the points"
	}
	return "Not rated yet"
}

func kindLabel(kind string) string {
	switch kind {
	case data.InterviewAboutYou:
		return "About you"
	case data.InterviewBehaviour:
		return "How you work"
	}
	return "About the job"
}

func (p *interviewPractice) overview() app.UI {
	qs := jobKitData().Interview
	order := p.order()
	first := jobKitData().Question(order[0])
	answers := p.state.Interview.Answers
	return app.Div().ID("interview-overview").Body(
		app.P().Class("lead").Text("Practise the questions a hiring manager for a "+appData().Main().Title+" asks: about you, about the job and about how you work. One at a time, write your answer or say it out loud, then see what a strong answer covers and rate yourself. Your answers and ratings stay in this browser."),
		app.H2().ID("interview-overview-title").TabIndex(-1).Text("Start a practice round"),
		app.P().ID("interview-next-up").Body(
			app.Text("A round goes through all "+strconv.Itoa(len(qs))+" questions, the ones you have not tried and your weakest first. It starts with: "),
			app.Strong().ID("interview-first").Text(first.Text),
		),
		p.timerSwitch(),
		app.Div().Class("quiz-nav").Body(
			app.Button().Type("button").ID("interview-start").Text("Start a practice round").OnClick(p.start),
		),
		app.Div().Class("table-scroll").Body(
			app.Table().ID("interview-list").Class("stack-on-phone").Body(
				app.Caption().Text("The questions and your ratings"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Question"),
					app.Th().Scope("col").Text("Your rating"),
					app.Th().Scope("col").Text("Practise it alone"),
				)),
				app.TBody().Body(app.Range(qs).Slice(func(i int) app.UI {
					q := qs[i]
					a := answers[q.ID]
					return app.Tr().ID("interview-row-"+q.ID).DataSet("rating", a.Rating).Body(
						app.Th().Scope("row").Body(
							app.Text(q.Text),
							app.P().Class("field-hint").Text(kindLabel(q.Kind)),
						),
						app.Td().DataSet("label", "Your rating").Text(ratingLabel(a.Rating)),
						app.Td().DataSet("label", "Practise it alone").Body(
							app.Button().Type("button").Class("secondary").ID("interview-one-"+q.ID).Value(q.ID).Text("Practise").Aria("label", "Practise: "+q.Text).OnClick(p.practiseOne),
						),
					)
				})),
			),
		),
	)
}

func (p *interviewPractice) question() app.UI {
	q := p.current()
	a := p.state.Interview.Answers[q.ID]
	last := p.pos == len(p.round)-1
	next := "Next question"
	if last {
		next = "Finish the round"
	}
	return app.Section().ID("interview-question").Class("quiz-screen").DataSet("question", q.ID).Aria("labelledby", "interview-step").Body(
		app.H2().ID("interview-step").TabIndex(-1).Text("Question "+strconv.Itoa(p.pos+1)+" of "+strconv.Itoa(len(p.round))),
		app.P().Class("quiz-area").Text(kindLabel(q.Kind)),
		app.P().ID("interview-text").Class("interview-text").Text(q.Text),
		app.If(!p.state.Interview.TimerOff, func() app.UI {
			return newInterviewTimer().Key(q.ID + "-" + strconv.Itoa(p.pos))
		}),
		p.timerSwitch(),
		textArea("interview-answer", "Your answer", "Write it, or say it out loud and note a few words. It is saved as you type.", p.shown, store.MaxBlockText, 6, p.typed),
		app.If(!p.revealed, func() app.UI {
			return app.Div().Class("quiz-nav").Body(
				app.Button().Type("button").ID("interview-reveal").Text("Show what a strong answer covers").OnClick(p.reveal),
			)
		}).Else(func() app.UI {
			return app.Div().ID("interview-covers").Body(
				app.H3().ID("interview-covers-title").TabIndex(-1).Text("A strong answer covers"),
				app.Ul().Class("interview-points").Body(app.Range(q.Covers).Slice(func(i int) app.UI {
					return answerPoint(q.Covers[i])
				})),
				app.FieldSet().Class("choices interview-rating").Body(
					app.Legend().Text("How did you do?"),
					app.Range([]int{1, 2, 3}).Slice(func(i int) app.UI {
						r := i + 1
						return newRadioChoice().
							ID("rating-"+q.ID+"-"+strconv.Itoa(r)).
							Name("rating-"+q.ID).
							Value(strconv.Itoa(r)).
							Label(ratingLabel(r)).
							Checked(a.Rating == r).
							Sends(actionInterviewRate, q.ID)
					}),
				),
			)
		}),
		app.Div().Class("quiz-nav").Body(
			app.Button().Type("button").ID("interview-next").Text(next).OnClick(p.next),
			app.Button().Type("button").Class("secondary").ID("interview-end").Text("End the round").OnClick(p.end),
		),
	)
}

// answerPoint is a point a strong answer covers, with the app's own
// explanation behind it: the knowledge check's explanation and links,
// reused as they are, and the point's links.
func answerPoint(pt data.AnswerPoint) app.UI {
	kq := quizData().KnowledgeQuestion(pt.Knowledge)
	return app.Li().Class("interview-point").Body(
		app.P().Class("interview-point-text").Text(pt.Text),
		app.If(kq != nil, func() app.UI {
			return app.Div().Class("interview-explanation").Body(
				app.P().Body(app.Strong().Text("From the knowledge check: "), app.Text(kq.Explanation)),
				linkList(kq.Links),
			)
		}),
		linkList(pt.Links),
	)
}
