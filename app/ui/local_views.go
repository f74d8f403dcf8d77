package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The smaller views of the local pack, each hooked into another page by
// one line: the welcome on the home page, the careers the pack adds to on
// the careers index, the local questions among the career page's, and the
// contact on the plan and the quiz result. Like nearYou, each draws nothing
// without a pack.

// localWelcome is the organization and its welcome, on the home page.
type localWelcome struct {
	app.Compo
	packView
}

func newLocalWelcome() *localWelcome { return &localWelcome{packView: packView{pack: currentPack()}} }

func (w *localWelcome) OnMount(ctx app.Context) {
	if !w.watchPack(ctx) {
		changedNothingDrawn(ctx)
	}
}

func (w *localWelcome) Render() app.UI {
	p := w.pack
	if p == nil {
		return nothing()
	}
	o := p.Organization
	return app.Section().ID(local.WelcomeAnchor).Class("local-welcome").Aria("labelledby", local.WelcomeAnchor+"-title").Body(
		app.H2().ID(local.WelcomeAnchor+"-title").Text(o.Name),
		app.If(o.Region != "", func() app.UI { return app.P().Class("muted").Text(o.Region) }),
		app.If(p.Welcome != "", func() app.UI { return longText(p.Welcome) }),
		app.P().Body(
			app.If(o.Website != "", func() app.UI {
				return app.Span().Body(localLink(o.Website, "Visit "+o.Name+"'s website"), app.Text(" · "))
			}),
			app.A().Href(href("/careers#"+localCareersID)).Text("What is near you"),
		),
	)
}

// localCareersID is the id of the careers index's local part.
const localCareersID = "local-careers"

// localCareers lists, on the careers index, the careers the pack adds
// local content to.
type localCareers struct {
	app.Compo
	packView
}

func newLocalCareers() *localCareers { return &localCareers{packView: packView{pack: currentPack()}} }

func (l *localCareers) OnMount(ctx app.Context) {
	if !l.watchPack(ctx) {
		changedNothingDrawn(ctx)
	}
}

type nearCareer struct {
	slug, title, what string
}

func (l *localCareers) Render() app.UI {
	p := l.pack
	var near []nearCareer
	for _, c := range appData().Careers {
		n := p.ForCareer(c.Slug)
		if n.Empty() {
			continue
		}
		near = append(near, nearCareer{c.Slug, c.Title, joinNonEmpty(", ",
			count(len(n.Programs), "program", "programs"), count(len(n.Pay), "pay figure", "pay figures"),
			count(len(n.Employers), "employer", "employers"), count(len(n.Notes), "note", "notes"))})
	}
	if len(near) == 0 {
		return nothing()
	}
	return app.Section().ID(localCareersID).Class("local-careers").Aria("labelledby", localCareersID+"-title").Body(
		app.H2().ID(localCareersID+"-title").Text("Near you"),
		app.P().Text(p.Organization.Name+" adds local information to these careers:"),
		app.Ul().Class("career-list").Body(app.Range(near).Slice(func(i int) app.UI {
			c := near[i]
			return app.Li().Body(
				app.A().Href(href(careerPath(c.slug)+"#"+nearYouID)).Text(c.title),
				app.Text(" — "+c.what),
			)
		})),
	)
}

func count(n int, one, many string) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// localFAQs are the pack's questions, shown with the app's own on the page
// of local.FAQCareer.
type localFAQs struct {
	app.Compo
	packView
	ISlug string
}

func newLocalFAQs() *localFAQs { return &localFAQs{packView: packView{pack: currentPack()}} }

// Career names the career page the questions would join.
func (f *localFAQs) Career(slug string) *localFAQs { f.ISlug = slug; return f }

func (f *localFAQs) OnMount(ctx app.Context) {
	if !f.watchPack(ctx) {
		changedNothingDrawn(ctx)
	}
}

func (f *localFAQs) Render() app.UI {
	p := f.pack
	if p == nil || len(p.FAQs) == 0 || f.ISlug != local.FAQCareer {
		return nothing()
	}
	return app.Div().Class("local-faqs").Body(app.Range(p.FAQs).Slice(func(i int) app.UI {
		q := p.FAQs[i]
		return app.Div().ID(q.Anchor).Class("faq-item local-faq").Body(
			app.H3().Text(q.Question),
			longText(q.Answer),
			app.P().Body(app.Small().Class("cite provided").Text("Answered by "+p.Organization.Name+".")),
		)
	}))
}

// talkTo is the pack's contact, "Talk to …", for the plan and the quiz
// result to draw with one line each.
func talkTo() app.UI { return newTalkTo() }

type talkToView struct {
	app.Compo
	packView
}

func newTalkTo() *talkToView { return &talkToView{packView: packView{pack: currentPack()}} }

func (t *talkToView) OnMount(ctx app.Context) {
	if !t.watchPack(ctx) {
		changedNothingDrawn(ctx)
	}
}

func (t *talkToView) Render() app.UI {
	p := t.pack
	if p == nil || p.Contact == nil {
		return nothing()
	}
	c := p.Contact
	return app.Div().ID(local.ContactAnchor).Class("talk-to").Body(
		app.P().Body(app.Strong().Text("Talk to "+c.Name)),
		app.P().Text(joinNonEmpty(", ", c.Role, p.Organization.Name)),
		app.If(c.Hours != "", func() app.UI { return app.P().Text(c.Hours) }),
		app.If(c.Email != "" || c.Phone != "", func() app.UI {
			return app.P().Body(
				app.If(c.Email != "", func() app.UI { return localLink("mailto:"+c.Email, "Email "+c.Email) }),
				app.If(c.Email != "" && c.Phone != "", func() app.UI { return app.Text(" · ") }),
				app.If(c.Phone != "", func() app.UI { return localLink(telHref(c.Phone), "Call "+c.Phone) }),
			)
		}),
		providedBy(p),
	)
}

// localPlan is the plan page's local part: the pack's steps, the contact,
// and the offer of shared-computer mode.
type localPlan struct {
	app.Compo
	packView
	shared sharedSetting
}

func newLocalPlan() *localPlan {
	return &localPlan{packView: packView{pack: currentPack()}, shared: currentShared()}
}

func (l *localPlan) OnMount(ctx app.Context) {
	changed := l.watchPack(ctx)
	if s := currentShared(); s != l.shared {
		l.shared, changed = s, true
	}
	ctx.Handle(actionLocalPack, l.sharedChanged)
	if !changed {
		changedNothingDrawn(ctx)
	}
}

func (l *localPlan) sharedChanged(ctx app.Context, a app.Action) { l.shared = currentShared() }

func (l *localPlan) sharedOn(ctx app.Context, e app.Event) {
	setStudentShared(true)
	l.shared = currentShared()
	ctx.NewAction(actionLocalPack)
	focusByID(ctx, "shared-offer-status")
}

func (l *localPlan) sharedOff(ctx app.Context, e app.Event) {
	setStudentShared(false)
	l.shared = currentShared()
	ctx.NewAction(actionLocalPack)
	focusByID(ctx, "shared-offer-status")
}

func (l *localPlan) Render() app.UI {
	p := l.pack
	return app.Div().Class("local-plan").Body(
		app.If(p != nil && len(p.PlanSteps) > 0, func() app.UI {
			return app.Section().ID("local-steps").Class("plan-section").Aria("labelledby", "local-steps-title").Body(
				app.H2().ID("local-steps-title").Text("Steps from "+p.Organization.Name),
				app.Ol().Class("local-list").Body(app.Range(p.PlanSteps).Slice(func(i int) app.UI {
					s := p.PlanSteps[i]
					return app.Li().ID(s.Anchor).Class("local-item").Body(
						app.P().Body(app.Strong().Text(s.Title)),
						app.If(s.Detail != "", func() app.UI { return longText(s.Detail) }),
						app.If(s.URL != "", func() app.UI { return app.P().Body(localLink(s.URL, linkLabel(s.URL, "More about this step"))) }),
					)
				})),
				providedBy(p),
			)
		}),
		talkTo(),
		app.Section().ID("shared-offer").Class("plan-section no-print").Aria("labelledby", "shared-offer-title").Body(
			app.H2().ID("shared-offer-title").Text("On a shared computer?"),
			l.offer(),
		),
	)
}

// offer says how this computer keeps the answers and lets a student choose
// to have them forgotten. The server draws the usual case: not shared.
func (l *localPlan) offer() app.UI {
	s := l.shared
	switch {
	case s.on() && s.byPack:
		who := "The people who host this app"
		if l.pack != nil {
			who = l.pack.Organization.Name
		}
		return app.P().ID("shared-offer-status").TabIndex(-1).Text(who + " has set up this app for shared computers: your answers are cleared when you leave. Press “Finish and clear” at the top of the page when you are done.")
	case s.on():
		return app.Div().Body(
			app.P().ID("shared-offer-status").TabIndex(-1).Text("Your answers are kept only until this browser is closed. Press “Finish and clear” at the top of the page when you are done."),
			app.Button().Type("button").Class("secondary").ID("shared-off").Text("Keep my answers on this computer").OnClick(l.sharedOff),
		)
	}
	return app.Div().Body(
		app.P().ID("shared-offer-status").TabIndex(-1).Text("If other people use this computer, the app can forget your answers and your plan when you close the browser."),
		app.Button().Type("button").Class("secondary").ID("shared-on").Text("Forget my answers when I close the browser").OnClick(l.sharedOn),
	)
}
