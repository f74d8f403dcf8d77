package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// credentialAdvisor answers "which credential first?" for the student at
// the screen (quiz.WhichCredentialFirst): from their saved readiness quiz
// answers when those say enough, and from three questions of its own,
// which win once answered. Its state is unexported, as go-app would copy
// a fresh component's exported fields over it on every parent render.
type credentialAdvisor struct {
	app.Compo
	loaded bool
	// fromQuiz is what the saved quiz answers say; quizSays whether they
	// say enough.
	fromQuiz quiz.CredentialSituation
	quizSays bool
	// own is the answers to the questions here; ownSchooling and ownRHIT
	// whether those were answered.
	own          quiz.CredentialSituation
	ownFocus     bool
	ownSchooling bool
	ownRHIT      bool
}

func newCredentialAdvisor() *credentialAdvisor { return &credentialAdvisor{} }

func (a *credentialAdvisor) OnMount(ctx app.Context) {
	saved := loadSaved()
	a.fromQuiz, a.quizSays = quiz.SituationFromAnswers(store.Choices(saved.state.Progress.Answers))
	a.loaded = true
}

// The radios' values are the choices' positions in their lists.
func (a *credentialAdvisor) pickSchooling(ctx app.Context, e app.Event) {
	if i, ok := choiceIndex(ctx, len(quiz.SchoolingChoices)); ok {
		a.own.Schooling, a.ownSchooling = quiz.SchoolingChoices[i].Value, true
	}
}

func (a *credentialAdvisor) pickFocus(ctx app.Context, e app.Event) {
	if i, ok := choiceIndex(ctx, len(quiz.FocusChoices)); ok {
		a.own.Focus, a.ownFocus = quiz.FocusChoices[i].Value, true
	}
}

func (a *credentialAdvisor) pickRHIT(ctx app.Context, e app.Event) {
	if i, ok := choiceIndex(ctx, 2); ok {
		a.own.HoldsRHIT, a.ownRHIT = i == 1, true
	}
}

func choiceIndex(ctx app.Context, n int) (int, bool) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	return i, err == nil && i >= 0 && i < n
}

func (a *credentialAdvisor) Render() app.UI {
	ownAdvice, ownOK := quiz.WhichCredentialFirst(a.own)
	ownOK = ownOK && (a.ownSchooling || a.ownRHIT)
	quizAdvice, _ := quiz.WhichCredentialFirst(a.fromQuiz)
	rhitChoices := []quiz.Choice[bool]{{Value: false, Label: "No"}, {Value: true, Label: "Yes, I hold the RHIT"}}
	return app.Section().ID(whichFirstAnchor).Class("which-first").Aria("labelledby", whichFirstAnchor+"-title").DataSet("loaded", a.loaded).Body(
		app.H2().ID(whichFirstAnchor+"-title").Text("Which credential first?"),
		app.If(a.quizSays, func() app.UI {
			return app.Div().ID("which-first-quiz").Class("advice").Body(
				app.P().Class("advice-source").Text("From your readiness quiz answers:"),
				adviceView(quizAdvice),
				app.P().Text("Not right, or want to try other answers? Answer the questions below."),
			)
		}),
		app.P().Text("Answer these questions to see which credential to aim for first. The answer follows each credential's rules for who can sit the exam."),
		radioGroup("cred-schooling", "Where are you with school?", quiz.SchoolingChoices, a.own.Schooling, a.ownSchooling, a.pickSchooling),
		radioGroup("cred-focus", "What work do you want first?", quiz.FocusChoices, a.own.Focus, a.ownFocus, a.pickFocus),
		radioGroup("cred-rhit", "Do you hold the RHIT already?", rhitChoices, a.own.HoldsRHIT, a.ownRHIT, a.pickRHIT),
		app.Div().ID("which-first-answer").Class("advice").Aria("live", "polite").Body(
			app.If(ownOK, func() app.UI {
				return app.Div().Body(app.P().Class("advice-source").Text("For your answers here:"), adviceView(ownAdvice))
			}).Else(func() app.UI {
				return app.P().Class("muted").Text("Choose where you are with school, and the answer shows here.")
			}),
		),
	)
}

// radioGroup is one question of the advisor: labelled radios whose values
// are their positions. chosen says whether the question was answered,
// since the zero value of T is a choice too.
func radioGroup[T comparable](name, question string, choices []quiz.Choice[T], value T, chosen bool, onChange app.EventHandler) app.UI {
	return app.FieldSet().Class("choices").Body(
		app.Legend().Text(question),
		app.Range(choices).Slice(func(i int) app.UI {
			id := name + "-" + strconv.Itoa(i)
			checked := chosen && choices[i].Value == value
			in := app.Input().Type("radio").ID(id).Name(name).Value(strconv.Itoa(i)).OnChange(onChange)
			// The prerendered HTML would read checked="false" as checked.
			if checked || app.IsClient {
				in = in.Checked(checked)
			}
			return app.Div().Class("choice").Body(in, app.Label().For(id).Text(choices[i].Label))
		}),
	)
}

// adviceView is the rule's answer: the credential to aim for first, why,
// what to do now, and what follows.
func adviceView(a quiz.CredentialAdvice) app.UI {
	d := appData()
	credLink := func(id string) app.UI {
		c := d.Credential(id)
		return app.A().Href(href("/credentials#"+id)).Body(app.Strong().Text(c.Abbr), app.Text(" — "+c.Name))
	}
	return app.Div().Body(
		app.P().Class("advice-first").Body(
			app.Text("First: "),
			app.If(a.First != "", func() app.UI { return credLink(a.First) }).
				Else(func() app.UI { return app.Strong().Text("none yet") }),
		),
		app.P().Text(a.Why),
		app.P().Text(a.Next),
		app.If(len(a.Then) > 0, func() app.UI {
			return app.P().Body(
				app.Text("Then: "),
				app.Range(a.Then).Slice(func(i int) app.UI {
					// A separator that starts with a space, as the
					// prerendered HTML breaks the line before it.
					sep := ""
					if i > 0 {
						sep = " then "
					}
					return app.Span().Body(app.Text(sep), credLink(a.Then[i]))
				}),
			)
		}),
	)
}
