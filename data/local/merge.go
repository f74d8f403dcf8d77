package local

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Where local content is shown: the pages and the anchors of the parts
// that are not list entries. Search links to them, so the UI must render
// the same ids.
const (
	HomePath      = "/"
	PlanPath      = "/plan"
	WelcomeAnchor = "local-welcome" // the organization and welcome, on the home page
	ContactAnchor = "local-contact" // the contact, on the plan
	// FAQCareer is the career page whose questions local FAQs join.
	FAQCareer = data.MainSlug
)

// CareerPath is the app path of a career's page.
func CareerPath(slug string) string { return "/careers/" + slug }

// Anchor prefixes of list entries. They start with "local-", which no
// section or item of a career page does, so they never clash.
const (
	programAnchor  = "local-program-"
	employerAnchor = "local-employer-"
	payAnchor      = "local-pay-"
	noteAnchor     = "local-note-"
	stepAnchor     = "local-step-"
	faqAnchor      = "local-faq-"
)

// setAnchors gives every list entry an element id made from its name, so a
// link to it survives the counselor reordering the list; entries whose
// names give no letters or digits are numbered.
func (p *Pack) setAnchors() {
	anchors := func(prefix string, n int, name func(int) string, set func(int, string)) {
		seen := map[string]bool{}
		for i := range n {
			base := slugify(name(i))
			if base == "" {
				base = strconv.Itoa(i + 1)
			}
			a := prefix + base
			for k := 2; seen[a]; k++ {
				a = prefix + base + "-" + strconv.Itoa(k)
			}
			seen[a] = true
			set(i, a)
		}
	}
	anchors(programAnchor, len(p.Programs), func(i int) string { return p.Programs[i].Name }, func(i int, a string) { p.Programs[i].Anchor = a })
	anchors(employerAnchor, len(p.Employers), func(i int) string { return p.Employers[i].Name }, func(i int, a string) { p.Employers[i].Anchor = a })
	anchors(payAnchor, len(p.Pay), func(i int) string { return p.Pay[i].Label }, func(i int, a string) { p.Pay[i].Anchor = a })
	anchors(noteAnchor, len(p.Notes), func(i int) string { return p.Notes[i].Career }, func(i int, a string) { p.Notes[i].Anchor = a })
	anchors(stepAnchor, len(p.PlanSteps), func(i int) string { return p.PlanSteps[i].Title }, func(i int, a string) { p.PlanSteps[i].Anchor = a })
	anchors(faqAnchor, len(p.FAQs), func(i int) string { return p.FAQs[i].Question }, func(i int, a string) { p.FAQs[i].Anchor = a })
}

// slugify keeps the ASCII letters and digits of s, lower-cased, with single
// hyphens between the runs, cut at the end of a word.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(s) && b.Len() <= maxSlug; i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
		default:
			dash = true
		}
	}
	slug := b.String()
	if len(slug) > maxSlug {
		slug = slug[:maxSlug]
		if cut := strings.LastIndexByte(slug, '-'); cut > 0 {
			slug = slug[:cut] // at a word's end
		}
	}
	return slug
}

// maxSlug keeps anchors, and so shared links, short.
const maxSlug = 48

// The helpers below are what the UI shows on a career's page. They are
// safe on a nil pack (no local.json), returning nothing, and keep the
// pack's order.

// ProgramsFor returns the programs that name the career.
func (p *Pack) ProgramsFor(slug string) []Program {
	if p == nil {
		return nil
	}
	var out []Program
	for _, pr := range p.Programs {
		if slices.Contains(pr.Careers, slug) {
			out = append(out, pr)
		}
	}
	return out
}

// EmployersFor returns the employers that name the career.
func (p *Pack) EmployersFor(slug string) []Employer {
	if p == nil {
		return nil
	}
	var out []Employer
	for _, e := range p.Employers {
		if slices.Contains(e.Careers, slug) {
			out = append(out, e)
		}
	}
	return out
}

// PayFor returns the local pay figures for the career.
func (p *Pack) PayFor(slug string) []Pay {
	if p == nil {
		return nil
	}
	var out []Pay
	for _, pay := range p.Pay {
		if pay.Career == slug {
			out = append(out, pay)
		}
	}
	return out
}

// NotesFor returns the notes on the career.
func (p *Pack) NotesFor(slug string) []Note {
	if p == nil {
		return nil
	}
	var out []Note
	for _, n := range p.Notes {
		if n.Career == slug {
			out = append(out, n)
		}
	}
	return out
}

// NearYou is everything local about one career: the "Near you" part of
// its page.
type NearYou struct {
	Programs  []Program
	Employers []Employer
	Pay       []Pay
	Notes     []Note
}

// Empty reports whether there is nothing to show.
func (n NearYou) Empty() bool {
	return len(n.Programs) == 0 && len(n.Employers) == 0 && len(n.Pay) == 0 && len(n.Notes) == 0
}

// Count is the number of local entries, for a line on the careers index
// such as "3 near you".
func (n NearYou) Count() int {
	return len(n.Programs) + len(n.Employers) + len(n.Pay) + len(n.Notes)
}

// ForCareer gathers everything local about the career.
func (p *Pack) ForCareer(slug string) NearYou {
	return NearYou{
		Programs:  p.ProgramsFor(slug),
		Employers: p.EmployersFor(slug),
		Pay:       p.PayFor(slug),
		Notes:     p.NotesFor(slug),
	}
}

// ProvidedBy is the line that marks local content as the organization's,
// not the app's: "Provided by Riverbend College Career Center".
func (p *Pack) ProvidedBy() string {
	if p == nil {
		return ""
	}
	return "Provided by " + p.Organization.Name
}

// MoneyFormat writes an amount of a currency as the app shows money. The
// UI passes one built on app/salary (salary.Format with salary.Symbol), so
// local figures read like the national ones.
type MoneyFormat func(currency string, amount int64) string

// plainMoney is the fallback for a nil MoneyFormat: "12,000 USD".
func plainMoney(currency string, amount int64) string {
	return thousands(amount) + " " + currency
}

// Text is the cost as a figure: "US$9,000–US$12,000", or one amount when
// min and max are the same.
func (c Cost) Text(money MoneyFormat) string {
	if money == nil {
		money = plainMoney
	}
	if c.Min == nil || c.Max == nil {
		return ""
	}
	if *c.Min == *c.Max {
		return money(c.Currency, *c.Min)
	}
	return money(c.Currency, *c.Min) + "–" + money(c.Currency, *c.Max)
}

// Text is the pay as a figure with its period: "US$18–US$22 an hour",
// "median US$41,000 a year", "US$38,000–US$45,000 a year, median
// US$41,000".
func (p Pay) Text(money MoneyFormat) string {
	if money == nil {
		money = plainMoney
	}
	per := " " + p.Period.Text()
	switch {
	case p.Min != 0 && p.Median != 0:
		return money(p.Currency, p.Min) + "–" + money(p.Currency, p.Max) + per + ", median " + money(p.Currency, p.Median)
	case p.Min != 0:
		return money(p.Currency, p.Min) + "–" + money(p.Currency, p.Max) + per
	}
	return "median " + money(p.Currency, p.Median) + per
}

// Text is the period as it follows a figure: "a year", "an hour".
func (p Period) Text() string {
	if p == PerHour {
		return "an hour"
	}
	return "a " + string(p)
}

// Citation is a local figure's source and date as a phrase: "Riverbend
// Health wage survey, as of May 2024".
func Citation(source, asOf string) string {
	return source + ", " + data.AsOfText(asOf)
}

// Summary says in one line what a valid pack holds: "Riverbend College
// Career Center: 2 programs, 1 employer, 2 pay figures, 1 note, 2 plan
// steps, 2 FAQs, a contact, a welcome; shared computer: session".
func (p *Pack) Summary() string {
	count := func(n int, one, many string) string {
		switch n {
		case 0:
			return ""
		case 1:
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	parts := nonEmpty(
		count(len(p.Programs), "program", "programs"),
		count(len(p.Employers), "employer", "employers"),
		count(len(p.Pay), "pay figure", "pay figures"),
		count(len(p.Notes), "note", "notes"),
		count(len(p.PlanSteps), "plan step", "plan steps"),
		count(len(p.FAQs), "FAQ", "FAQs"),
	)
	if p.Contact != nil {
		parts = append(parts, "a contact")
	}
	if p.Welcome != "" {
		parts = append(parts, "a welcome")
	}
	if len(parts) == 0 {
		parts = []string{"no local content"}
	}
	s := p.Organization.Name + ": " + strings.Join(parts, ", ") + "; shared computer: " + string(p.Shared().Mode)
	if sc := p.Shared(); sc.Mode == ModeIdle {
		s += " (" + strconv.Itoa(sc.IdleMinutes) + " minutes)"
	}
	return s
}
