package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// nearYouID is the id of a career page's "Near you" part.
const nearYouID = "near-you"

// nearYou is the "Near you" part of a career page: what the counselor's
// pack says about the career, its programs, local pay beside the national
// figure, employers and notes, each marked as provided by the organization.
// It draws nothing without a pack, or when the pack names the career
// nowhere; the server never draws it, as the pack is only known in the
// browser.
type nearYou struct {
	app.Compo
	packView
	ISlug string
}

func newNearYou() *nearYou { return &nearYou{packView: packView{pack: currentPack()}} }

// Slug names the career.
func (n *nearYou) Slug(v string) *nearYou { n.ISlug = v; return n }

func (n *nearYou) OnMount(ctx app.Context) {
	if !n.watchPack(ctx) {
		changedNothingDrawn(ctx)
	}
}

func (n *nearYou) Render() app.UI {
	p := n.pack
	near := p.ForCareer(n.ISlug)
	if p == nil || near.Empty() {
		return nothing()
	}
	org := p.Organization.Name
	if p.Organization.Region != "" {
		org += " (" + p.Organization.Region + ")"
	}
	return app.Section().ID(nearYouID).Class("career-section near-you").Aria("labelledby", nearYouID+"-title").Body(
		app.H2().ID(nearYouID+"-title").Text("Near you"),
		app.P().Class("near-you-from").Text("Local information from "+org+". The HIT Career Coach has not checked it: ask them if something looks wrong."),
		app.Range(near.Notes).Slice(func(i int) app.UI {
			note := near.Notes[i]
			return app.Div().ID(note.Anchor).Class("local-note").Body(
				app.P().Body(app.Strong().Text("A note from "+p.Organization.Name)),
				longText(note.Text),
			)
		}),
		app.If(len(near.Programs) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Programs near you"),
				app.Ul().Class("local-list").Body(app.Range(near.Programs).Slice(func(i int) app.UI {
					return localProgram(p, near.Programs[i])
				})),
			)
		}),
		app.If(len(near.Pay) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Pay near you"),
				app.Ul().Class("local-list").Body(app.Range(near.Pay).Slice(func(i int) app.UI {
					return localPay(p, near.Pay[i])
				})),
			)
		}),
		app.If(len(near.Employers) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Employers near you"),
				app.Ul().Class("local-list").Body(app.Range(near.Employers).Slice(func(i int) app.UI {
					return localEmployer(p, near.Employers[i])
				})),
			)
		}),
	)
}

func localProgram(p *local.Pack, pr local.Program) app.UI {
	facts := joinNonEmpty(" · ", pr.Award, pr.Length, labelled("Accredited: ", pr.Accredited))
	return app.Li().ID(pr.Anchor).Class("local-item").Body(
		app.P().Body(
			app.Strong().Text(pr.Name),
			app.Text(" — "+joinNonEmpty(", ", pr.Institution, pr.City)),
		),
		app.If(facts != "", func() app.UI { return app.P().Text(facts) }),
		app.If(pr.Cost != nil, func() app.UI {
			return app.P().Body(app.Text("Cost: "), app.Strong().Class("local-figure").Text(pr.Cost.Text(localMoney)), app.Text(" for the whole program"))
		}),
		localCite(p, pr.Source, pr.AsOf),
		app.If(pr.URL != "", func() app.UI { return app.P().Body(localLink(pr.URL, linkLabel(pr.URL, "The program's page"))) }),
	)
}

// localPay shows a local figure with the career's national one beside it,
// each with its own source and date.
func localPay(p *local.Pack, pay local.Pay) app.UI {
	c := appData().Career(pay.Career)
	return app.Li().ID(pay.Anchor).Class("local-item").Body(
		app.P().Body(app.Strong().Text(pay.Label+": "), app.Span().Class("local-figure").Text(pay.Text(localMoney))),
		localCite(p, pay.Source, pay.AsOf),
		app.If(pay.URL != "", func() app.UI { return app.P().Body(localLink(pay.URL, linkLabel(pay.URL, "The survey's page"))) }),
		app.If(c != nil && c.Pay != nil, func() app.UI {
			h := c.Pay
			return app.P().Class("national-pay").Body(
				app.Text("Nationally: "+h.Label+", "+h.Value+". "),
				citeFact(h.Fact),
			)
		}).ElseIf(c != nil && c.PayUnknown != "", func() app.UI {
			return app.P().Class("national-pay").Text("Nationally: no figure. " + c.PayUnknown)
		}),
	)
}

func localEmployer(p *local.Pack, e local.Employer) app.UI {
	return app.Li().ID(e.Anchor).Class("local-item").Body(
		app.P().Body(
			app.Strong().Text(e.Name),
			app.If(e.City != "", func() app.UI { return app.Text(" — " + e.City) }),
		),
		app.P().Text("Hires for: "+strings.Join(careerTitles(e.Careers), ", ")+"."),
		app.If(e.URL != "", func() app.UI { return app.P().Body(localLink(e.URL, linkLabel(e.URL, "Their jobs page"))) }),
		providedBy(p),
	)
}

func labelled(label, s string) string {
	if s == "" {
		return ""
	}
	return label + s
}
