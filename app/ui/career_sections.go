package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sectionRenderers draws each section of data.CareerSections, keyed by its
// ID: adding a section is its entry there and its renderer here
// (TestEverySectionHasARenderer holds the two lists together). A section
// opens and closes (titled); the disclosures say which are open.
var sectionRenderers = map[string]func(*data.Career, data.Section, disclosures) app.UI{
	// Key facts is a short component that draws its own frame
	// (keyfacts.go), and stays open.
	data.SectionKeyFacts: func(c *data.Career, _ data.Section, _ disclosures) app.UI {
		return newKeyFacts().Career(c)
	},
	data.SectionOverview:        titled(overviewBody),
	data.SectionResponsibility:  titled(func(c *data.Career) app.UI { return bullets(c.Responsibilities) }),
	data.SectionWorkEnvironment: titled(func(c *data.Career) app.UI { return paragraphs(c.WorkEnvironment) }),
	data.SectionTools:           titled(func(c *data.Career) app.UI { return namedList(c.Tools) }),
	data.SectionSkills:          titled(skillsBody),
	data.SectionEducation:       titled(func(c *data.Career) app.UI { return bullets(c.Education) }),
	data.SectionSteps:           titled(stepsBody),
	data.SectionPathways:        titled(pathwayTable),
	data.SectionPay:             titledWithMore(payBody),
	data.SectionSalaryByLevel:   titled(levelPayTable),
	data.SectionOutlook:         titledWithMore(outlookBody),
	data.SectionMarket:          titled(func(c *data.Career) app.UI { return paragraphs(c.MarketCommentary) }),
	data.SectionCareerPath:      titled(careerPathBody),
	data.SectionDiversity:       titled(diversityBody),
	data.SectionGlobalSalaries:  titled(globalSalaryTable),
	data.SectionRemoteWork:      titled(func(c *data.Career) app.UI { return paragraphs(c.RemoteWork) }),
	data.SectionVisas:           titled(func(c *data.Career) app.UI { return paragraphs(c.Visas) }),
	data.SectionMarketReality:   titled(marketRealityBody),
	data.SectionProsCons:        titled(prosConsBody),
	data.SectionFAQ:             titled(faqBody),
	data.SectionCredentials:     titled(credentialsBody),
	data.SectionRelated:         titled(relatedBody),
	data.SectionSuperseded:      titled(supersededBody),
}

// renderCareerSection renders one anchored section of a career page.
func renderCareerSection(c *data.Career, s data.Section, d disclosures) app.UI {
	return sectionRenderers[s.ID](c, s, d)
}

// titled frames a section's body under its h2, which labels the section and
// carries the id <section id>-title. The heading is the summary of a
// disclosure named by the section's id, which holds the body: closed, the
// section is one line.
func titled(body func(*data.Career) app.UI) func(*data.Career, data.Section, disclosures) app.UI {
	return titledWithMore(func(c *data.Career, _ string, _ disclosures) app.UI { return body(c) })
}

// titledWithMore is titled for a section whose body has a disclosure of its
// own (moreFigures), which it names from the section's id.
func titledWithMore(body func(c *data.Career, id string, d disclosures) app.UI) func(*data.Career, data.Section, disclosures) app.UI {
	return func(c *data.Career, s data.Section, d disclosures) app.UI {
		return app.Section().ID(s.ID).Class("career-section").Aria("labelledby", s.ID+"-title").Body(
			d.details(s.ID,
				app.H2().ID(s.ID+"-title").Text(s.Title),
				staticUI(app.Div().Class("section-body").Body(body(c, s.ID, d), backToTop(c))),
			),
		)
	}
}

// moreFigures is the one disclosure, under a topic's main figure, that
// holds its other figures and their sources.
func moreFigures(d disclosures, sectionID string, body ...app.UI) app.UI {
	return d.details(sectionID+"-more", app.Text("More figures and their sources"), body...).Class("more-figures")
}

func overviewBody(c *data.Career) app.UI {
	d := appData()
	return app.Div().Body(
		paragraphs(c.Overview),
		app.Range(c.Comparisons).Slice(func(i int) app.UI {
			cmp := c.Comparisons[i]
			other := d.Career(cmp.Career)
			return app.Div().Class("comparison").Body(
				app.H3().Body(app.Text("Compared with "), app.A().Href(href("/careers/"+other.Slug)).Text(other.Title)),
				app.P().Text(cmp.Text),
			)
		}),
	)
}

func skillsBody(c *data.Career) app.UI {
	return app.Div().Body(
		app.If(len(c.TechnicalSkills) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Technical skills"), namedList(c.TechnicalSkills))
		}),
		app.If(len(c.SoftSkills) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Soft skills"), namedList(c.SoftSkills))
		}),
	)
}

func stepsBody(c *data.Career) app.UI {
	return app.Ol().Class("steps").Body(app.Range(c.Steps).Slice(func(i int) app.UI {
		st := c.Steps[i]
		return app.Li().ID("step-"+strconv.Itoa(i+1)).Body(
			app.H3().Text(st.Title),
			app.P().Text(st.Detail),
			linkList(st.Links),
		)
	}))
}

func careerPathBody(c *data.Career) app.UI {
	return app.Ol().Class("levels").Body(app.Range(c.CareerPath).Slice(func(i int) app.UI {
		l := c.CareerPath[i]
		return app.Li().ID("level-"+strconv.Itoa(l.Rank)).Body(
			app.H3().Text(l.Title),
			app.P().Class("muted").Text(l.ExperienceText()),
			app.P().Text(l.Duties),
			app.H4().Text("Focus areas"),
			bullets(l.FocusAreas),
		)
	}))
}

func diversityBody(c *data.Career) app.UI {
	dv := c.Diversity
	return app.Div().Body(
		app.P().Text(dv.Overview),
		app.H3().Text("Inclusive hiring"), bullets(dv.Hiring),
		app.H3().Text("Workplace culture"), bullets(dv.Culture),
		app.H3().Text("Resources and networks"), namedList(dv.Resources),
	)
}

func marketRealityBody(c *data.Career) app.UI {
	m := c.Market
	return app.Div().Body(
		app.P().Text(m.Overview),
		app.H3().Text("Challenges"), bullets(m.Challenges),
		app.H3().Text("Opportunities"), bullets(m.Opportunities),
		app.H3().Text("Trends"), bullets(m.Trends),
	)
}

func prosConsBody(c *data.Career) app.UI {
	return app.Div().Class("pros-cons").Body(
		app.Div().Body(app.H3().Text("Pros"), bullets(c.Pros)),
		app.Div().Body(app.H3().Text("Cons"), bullets(c.Cons)),
	)
}

func faqBody(c *data.Career) app.UI {
	return app.Div().Class("faq").Body(app.Range(c.FAQ).Slice(func(i int) app.UI {
		q := c.FAQ[i]
		return app.Div().ID("faq-"+q.ID).Class("faq-item").Body(
			app.H3().Text(q.Question),
			app.P().Text(q.Answer),
			linkList(q.Links),
		)
	}), newLocalFAQs().Career(c.Slug)) // the counselor's questions (local_views.go)
}

func credentialsBody(c *data.Career) app.UI {
	d := appData()
	return app.Ul().Body(app.Range(c.Credentials).Slice(func(i int) app.UI {
		cr := d.Credential(c.Credentials[i])
		return app.Li().Body(
			app.A().Href(href("/credentials#"+cr.ID)).Text(cr.Abbr+" — "+cr.Name),
			app.Text(" ("+cr.Issuer+")"),
		)
	}))
}

func relatedBody(c *data.Career) app.UI {
	d := appData()
	return app.Ul().Body(app.Range(c.Related).Slice(func(i int) app.UI {
		r := d.Career(c.Related[i])
		return app.Li().Body(app.A().Href(href("/careers/"+r.Slug)).Text(r.Title), app.Text(" — "+r.Summary))
	}))
}

func supersededBody(c *data.Career) app.UI {
	return app.Div().Body(
		app.P().Text("These figures are out of date. They are kept so you can recognise them elsewhere; do not plan with them."),
		factList(c.Superseded),
	)
}

func paragraphs(ps []string) app.UI {
	return app.Div().Body(app.Range(ps).Slice(func(i int) app.UI { return app.P().Text(ps[i]) }))
}

func bullets(items []string) app.UI {
	return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(items[i]) }))
}

func namedList(items []data.Named) app.UI {
	return app.Ul().Class("named").Body(app.Range(items).Slice(func(i int) app.UI {
		n := items[i]
		return app.Li().Body(
			app.Strong().Text(n.Name),
			app.If(n.Detail != "", func() app.UI { return app.Text(": " + n.Detail) }),
		)
	}))
}

func linkList(links []data.Link) app.UI {
	if len(links) == 0 {
		return nil
	}
	return app.P().Class("see-also").Body(
		app.Text("See: "),
		app.Range(links).Slice(func(i int) app.UI {
			sep := ""
			if i > 0 {
				sep = " · "
			}
			return app.Span().Body(app.Text(sep), app.A().Href(href(links[i].Href())).Text(links[i].Label))
		}),
	)
}

func factList(facts []data.Fact) app.UI {
	return app.Dl().Class("facts").Body(app.Range(facts).Slice(func(i int) app.UI {
		f := facts[i]
		return app.Div().Class("fact").Body(
			app.Dt().Text(f.Label),
			app.Dd().Body(
				app.Strong().Class("fact-value").Text(f.Value),
				app.If(f.Note != "", func() app.UI { return app.P().Class("fact-note").Text(f.Note) }),
				newCitation().Fact(f),
			),
		)
	}))
}

// payBody leads with the career's headline pay figure, or says there is
// none; what changes pay follows, and every other figure sits behind one
// disclosure.
func payBody(c *data.Career, id string, d disclosures) app.UI {
	all := appData()
	var others []app.UI
	if c.Pay != nil && len(c.Pay.SourcesDiffer) > 0 {
		others = append(others, app.Div().Class("sources-differ").Body(
			app.H3().Text("Sources differ"),
			app.P().Text("Other sources give other figures, for other years or other definitions of the job:"),
			factList(c.Pay.SourcesDiffer),
		))
	}
	if len(c.PayRanges) > 0 {
		others = append(others, scrollTable("Pay ranges by stage", stackingTable().Body(
			app.Caption().Text("Pay ranges by stage"),
			stackingHead(colHead("Stage"), colHead("Range"), colHead("Source")),
			stackingBody().Body(app.Range(c.PayRanges).Slice(func(i int) app.UI {
				p := c.PayRanges[i]
				return stackingRow().ID("pay-"+p.ID).Body(
					rowHead().Text(p.Label),
					cellUnder("Range").Text(salary.FormatRange(p.Range, salary.Symbol(all, p.Range.Currency))),
					cellUnder("Source").Class("source").Body(newCitation().Fact(p.Fact)),
				)
			})),
		)))
	}
	if len(c.OtherFacts) > 0 {
		others = append(others, app.Div().Body(app.H3().Text("Other figures"), factList(c.OtherFacts)))
	}
	return app.Div().Body(
		app.If(c.Pay != nil, func() app.UI {
			return app.Div().Class("headline-pay").Body(factList([]data.Fact{c.Pay.Fact}))
		}),
		app.If(c.PayUnknown != "", func() app.UI {
			return app.P().Class("no-figure").Body(app.Strong().Text("No figure: "), app.Text(c.PayUnknown))
		}),
		app.If(len(c.SalaryFactors) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("What changes pay"), bullets(c.SalaryFactors))
		}),
		app.If(len(others) > 0, func() app.UI { return moreFigures(d, id, others...) }),
	)
}

// outlookBody leads with the career's headline growth figure
// (Career.MainOutlook); the others sit behind one disclosure.
func outlookBody(c *data.Career, id string, d disclosures) app.UI {
	main := c.MainOutlook()
	var rest []data.Fact
	for i, f := range c.Outlook {
		if i != main {
			rest = append(rest, f)
		}
	}
	return app.Div().Body(
		app.If(main >= 0, func() app.UI { return factList([]data.Fact{c.Outlook[main]}) }),
		app.If(main < 0, func() app.UI {
			return app.P().Class("no-figure").Text("No growth figure for this career in our sources.")
		}),
		app.If(len(rest) > 0, func() app.UI { return moreFigures(d, id, factList(rest)) }),
	)
}

func levelPayTable(c *data.Career) app.UI {
	d := appData()
	return app.Div().Body(
		scrollTable("Pay by experience level", stackingTable().Body(
			app.Caption().Text("Pay by experience level (US, per year)"),
			stackingHead(colHead("Level"), colHead("Median"), colHead("Average")),
			stackingBody().Body(app.Range(c.SalaryByLevel).Slice(func(i int) app.UI {
				l := c.SalaryByLevel[i]
				sym := salary.Symbol(d, l.Currency)
				return stackingRow().Body(
					rowHead().Text(l.Level),
					cellUnder("Median").Text(salary.Format(l.Median, sym)),
					cellUnder("Average").Text(salary.Format(l.Average, sym)),
				)
			})),
		)),
		app.If(len(c.SalaryByLevel) > 0, func() app.UI {
			l := c.SalaryByLevel[0]
			return newCitation().Source(l.Source).AsOf(l.AsOf)
		}),
		app.P().Body(app.A().Href(href("/salaries#by-level")).Text("Compare levels, countries and careers on the salaries page")),
	)
}

func pathwayTable(c *data.Career) app.UI {
	d := appData()
	return scrollTable("Education pathways", stackingTable().Body(
		app.Caption().Text("Ways to train, with time and cost"),
		stackingHead(colHead("Pathway"), colHead("Time"), colHead("Cost"), colHead("What employers think")),
		stackingBody().Body(app.Range(c.Pathways).Slice(func(i int) app.UI {
			p := c.Pathways[i]
			cost := p.CostUnknown
			if p.Cost != nil {
				cost = salary.FormatRange(*p.Cost, salary.Symbol(d, p.Cost.Currency))
			}
			return stackingRow().ID("pathway-"+p.ID).Body(
				rowHead().Body(app.Strong().Text(p.Name), app.P().Text(p.Detail)),
				cellUnder("Time").Text(p.MonthsText()),
				cellUnder("Cost").Body(app.Text(cost), newCitation().Source(p.Source).AsOf(p.AsOf)),
				cellUnder("What employers think").Text(p.EmployerView),
			)
		})),
	))
}

func globalSalaryTable(c *data.Career) app.UI {
	d := appData()
	return app.Div().Body(
		scrollTable("Pay by country", stackingTable().Body(
			app.Caption().Text("Yearly pay by country, in local currency, with the US-dollar equivalent the source states"),
			stackingHead(colHead("Country"), colHead("Local range"), colHead("In US dollars"), colHead("Notes")),
			stackingBody().Body(app.Range(c.GlobalSalaries).Slice(func(i int) app.UI {
				g := c.GlobalSalaries[i]
				usd := g.NoUSDNote
				if g.USD != nil {
					usd = "about " + salary.FormatRange(*g.USD, salary.Symbol(d, "USD"))
				} else if g.Local.Currency == "USD" {
					usd = "—"
				}
				return stackingRow().ID("country-"+g.Code).Body(
					rowHead().Text(g.Country),
					cellUnder("Local range").Text(salary.FormatRange(g.Local, salary.Symbol(d, g.Local.Currency))),
					cellUnder("In US dollars").Text(usd),
					cellUnder("Notes").Body(namedList(g.Notes)),
				)
			})),
		)),
		app.If(len(c.GlobalSalaries) > 0, func() app.UI {
			g := c.GlobalSalaries[0]
			return newCitation().Source(g.Source).AsOf(g.AsOf)
		}),
	)
}

// scrollTable lets a wide table scroll sideways on a phone instead of
// widening the page; the region is focusable so keyboards can scroll it.
func scrollTable(label string, table app.UI) app.UI {
	return staticUI(app.Div().Class("table-scroll").TabIndex(0).Attr("role", "region").Aria("label", label).Body(table))
}
