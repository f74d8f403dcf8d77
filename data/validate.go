package data

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// isSlug reports whether s is lower-case letters and digits in groups joined
// by single hyphens. It is written out, not a regular expression, because a
// package-level regexp is compiled when the wasm starts, where nothing is
// validated.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// validator collects problems for one file and entry at a time.
type validator struct {
	d     *Data
	file  string
	entry string
	errs  []error
}

func (v *validator) fail(field, format string, args ...any) {
	v.errs = append(v.errs, &FieldError{File: v.file, Entry: v.entry, Field: field, Problem: fmt.Sprintf(format, args...)})
}

func (v *validator) required(field, value string) {
	if strings.TrimSpace(value) == "" {
		v.fail(field, "is required")
	}
}

func (v *validator) source(field, id string) {
	if id == "" {
		v.fail(field, "is required: every figure names its source")
		return
	}
	if v.d.Source(id) == nil {
		v.fail(field, "unknown source %q (add it to sources.json)", id)
	}
}

func (v *validator) fact(field string, f Fact) {
	v.required(field+".label", f.Label)
	v.required(field+".value", f.Value)
	v.required(field+".asOf", f.AsOf)
	v.source(field+".source", f.Source)
}

func (v *validator) currency(field, code string) {
	if code == "" {
		v.fail(field, "is required")
		return
	}
	if v.d.Currency(code) == nil {
		v.fail(field, "unknown currency %q (add it to currencies.json)", code)
	}
}

func (v *validator) payRange(field string, r PayRange) {
	v.currency(field+".currency", r.Currency)
	if r.Min <= 0 {
		v.fail(field+".min", "pay must be positive, got %d", r.Min)
	}
	if r.Max <= 0 {
		v.fail(field+".max", "pay must be positive, got %d", r.Max)
	}
	if r.Min > r.Max {
		v.fail(field, "minimum %d is above maximum %d", r.Min, r.Max)
	}
}

func (v *validator) money(field string, m Money) {
	v.currency(field+".currency", m.Currency)
	if m.Amount <= 0 {
		v.fail(field+".amount", "pay must be positive, got %d", m.Amount)
	}
}

func (v *validator) link(field string, l Link) {
	v.required(field+".label", l.Label)
	switch {
	case l.Career != "" && l.Page != "":
		v.fail(field, "sets both career and page; choose one")
	case l.Career != "":
		c := v.d.Career(l.Career)
		if c == nil {
			v.fail(field+".career", "links to unknown career %q", l.Career)
			return
		}
		if l.Section != "" && !c.HasSection(l.Section) {
			v.fail(field+".section", "career %q has no section %q", l.Career, l.Section)
		}
	case l.Page != "":
		// Which pages exist is the app's page table's to say; the ui tests
		// check every page link against it (ui.PageLinkProblems).
		if !strings.HasPrefix(l.Page, "/") {
			v.fail(field+".page", "page %q must start with /", l.Page)
			return
		}
		if known, ok := v.d.DataAnchor(l.Page, l.Section); known && !ok {
			v.fail(field+".section", "page %q has no section %q", l.Page, l.Section)
		}
	default:
		v.fail(field, "must set career or page")
	}
}

// DataAnchor reports whether anchor's existence on page follows from the
// data (glossary terms, credentials), and if so whether it exists.
func (d *Data) DataAnchor(page, anchor string) (known, ok bool) {
	if anchor == "" {
		return false, false
	}
	switch page {
	case "/glossary":
		return true, strings.HasPrefix(anchor, "term-") && d.Term(strings.TrimPrefix(anchor, "term-")) != nil
	case "/credentials":
		return true, d.Credential(anchor) != nil
	}
	return false, false
}

func (d *Data) validate(careerFiles map[string]string) error {
	v := &validator{d: d}

	v.file = "sources.json"
	seen := map[string]bool{}
	for i, s := range d.Sources {
		v.entry = s.ID
		if s.ID == "" {
			v.entry = fmt.Sprintf("#%d", i+1)
			v.fail("id", "is required")
		} else if seen[s.ID] {
			v.fail("id", "duplicate id")
		}
		seen[s.ID] = true
		v.required("title", s.Title)
		v.required("publisher", s.Publisher)
		v.required("date", s.Date)
	}

	v.file = "currencies.json"
	seen = map[string]bool{}
	for _, c := range d.Currencies {
		v.entry = c.Code
		if len(c.Code) != 3 || strings.ToUpper(c.Code) != c.Code {
			v.fail("code", "must be a three-letter ISO 4217 code, got %q", c.Code)
		}
		if seen[c.Code] {
			v.fail("code", "duplicate currency")
		}
		seen[c.Code] = true
		v.required("symbol", c.Symbol)
		v.required("name", c.Name)
		if r := c.Rate; r != nil {
			if r.Local <= 0 || r.USD <= 0 {
				v.fail("rate", "both amounts must be positive, got %d and %d", r.Local, r.USD)
			}
			v.required("rate.derivation", r.Derivation)
			v.required("rate.asOf", r.AsOf)
			v.source("rate.source", r.Source)
		}
	}

	v.file = "credentials.json"
	seen = map[string]bool{}
	for _, c := range d.Credentials {
		v.entry = c.ID
		if !isSlug(c.ID) {
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", c.ID)
		}
		if seen[c.ID] {
			v.fail("id", "duplicate id")
		}
		seen[c.ID] = true
		v.required("abbr", c.Abbr)
		v.required("name", c.Name)
		v.required("issuer", c.Issuer)
		v.required("summary", c.Summary)
		v.required("eligibility", c.Eligibility)
		for i, f := range c.Facts {
			v.fact(fmt.Sprintf("facts[%d]", i), f)
		}
		for i, slug := range c.Careers {
			if d.Career(slug) == nil {
				v.fail(fmt.Sprintf("careers[%d]", i), "unknown career %q", slug)
			}
		}
	}

	v.file = "glossary.json"
	seen = map[string]bool{}
	for _, t := range d.Glossary {
		v.entry = t.ID
		if !isSlug(t.ID) {
			v.fail("id", "must be lower-case letters, digits and dashes, got %q", t.ID)
		}
		if seen[t.ID] {
			v.fail("id", "duplicate id")
		}
		seen[t.ID] = true
		v.required("term", t.Term)
		v.required("definition", t.Definition)
		for i, l := range t.Links {
			v.link(fmt.Sprintf("links[%d]", i), l)
		}
	}

	if d.Main() == nil {
		v.file, v.entry = "careers/", ""
		v.fail("slug", "no career has the main slug %q", MainSlug)
	}
	for _, c := range d.Careers {
		v.file, v.entry = careerFiles[c.Slug], c.Slug
		v.career(&c)
	}
	v.countryFigures(d.CountryFigures)
	return errors.Join(v.errs...)
}

func (v *validator) career(c *Career) {
	d := v.d
	if !isSlug(c.Slug) {
		v.fail("slug", "must be lower-case letters, digits and dashes, got %q", c.Slug)
	}
	if slices.Contains(ReservedSlugs, c.Slug) {
		v.fail("slug", "%q is reserved: /careers/%s is another page of the app, so choose another slug", c.Slug, c.Slug)
	}
	v.required("title", c.Title)
	v.required("summary", c.Summary)

	if k := c.KeyFacts; k != nil {
		v.fact("keyFacts.median", k.Median)
		v.money("keyFacts.medianAnnual", k.MedianAnnual)
		v.payRange("keyFacts.range", k.Range)
		v.fact("keyFacts.rangeFact", k.RangeFact)
		v.fact("keyFacts.growth", k.Growth)
		v.fact("keyFacts.openings", k.Openings)
		if len(k.TopIndustries) == 0 {
			v.fail("keyFacts.topIndustries", "is required")
		}
		v.required("keyFacts.typicalEducation", k.TypicalEducation)
	}
	for i, cmp := range c.Comparisons {
		if d.Career(cmp.Career) == nil {
			v.fail(fmt.Sprintf("comparisons[%d].career", i), "unknown career %q", cmp.Career)
		}
		v.required(fmt.Sprintf("comparisons[%d].text", i), cmp.Text)
	}
	for i, s := range c.Steps {
		v.required(fmt.Sprintf("steps[%d].title", i), s.Title)
		v.required(fmt.Sprintf("steps[%d].detail", i), s.Detail)
		for j, l := range s.Links {
			v.link(fmt.Sprintf("steps[%d].links[%d]", i, j), l)
		}
	}
	ids := map[string]bool{}
	for i, p := range c.Pathways {
		f := fmt.Sprintf("pathways[%d]", i)
		if !isSlug(p.ID) || ids[p.ID] {
			v.fail(f+".id", "must be a unique slug, got %q", p.ID)
		}
		ids[p.ID] = true
		v.required(f+".name", p.Name)
		if p.MonthsMin <= 0 || p.MonthsMax <= 0 {
			v.fail(f+".monthsMin", "durations must be positive")
		}
		if p.MonthsMin > p.MonthsMax {
			v.fail(f, "minimum %d months is above maximum %d", p.MonthsMin, p.MonthsMax)
		}
		if p.Cost != nil {
			v.payRange(f+".cost", *p.Cost)
		} else if p.CostUnknown == "" {
			v.fail(f+".cost", "give a cost or say why none is known in costUnknown")
		}
		v.source(f+".source", p.Source)
		v.required(f+".asOf", p.AsOf)
	}
	prevMedian := int64(0)
	for i, l := range c.SalaryByLevel {
		f := fmt.Sprintf("salaryByLevel[%d]", i)
		v.required(f+".level", l.Level)
		v.currency(f+".currency", l.Currency)
		if l.Median <= 0 {
			v.fail(f+".median", "pay must be positive, got %d", l.Median)
		}
		if l.Average <= 0 {
			v.fail(f+".average", "pay must be positive, got %d", l.Average)
		}
		if l.Median < prevMedian {
			v.fail(f+".median", "levels out of order: %d is below the level before (%d)", l.Median, prevMedian)
		}
		prevMedian = l.Median
		v.source(f+".source", l.Source)
		v.required(f+".asOf", l.AsOf)
	}
	ids = map[string]bool{}
	for i, p := range c.PayRanges {
		f := fmt.Sprintf("payRanges[%d]", i)
		if !isSlug(p.ID) || ids[p.ID] {
			v.fail(f+".id", "must be a unique slug, got %q", p.ID)
		}
		ids[p.ID] = true
		v.payRange(f+".range", p.Range)
		v.fact(f, p.Fact)
		if p.Level != "" && !slices.Contains(levelNames(), string(p.Level)) {
			v.fail(f+".level", "must be entry, intermediate, top or all, got %q", p.Level)
		}
	}
	if c.Pay != nil {
		v.fact("pay", c.Pay.Fact)
		if c.Pay.Annual != nil {
			v.money("pay.annual", *c.Pay.Annual)
		}
		for i, f := range c.Pay.SourcesDiffer {
			v.fact(fmt.Sprintf("pay.sourcesDiffer[%d]", i), f)
		}
	}
	if c.Pay != nil && c.PayUnknown != "" {
		v.fail("payUnknown", "is set although pay has a figure")
	}
	for i, f := range c.Outlook {
		v.fact(fmt.Sprintf("outlook[%d]", i), f)
	}
	for i, f := range c.Superseded {
		v.fact(fmt.Sprintf("superseded[%d]", i), f)
	}
	for i, f := range c.OtherFacts {
		v.fact(fmt.Sprintf("otherFacts[%d]", i), f)
	}
	for i, l := range c.CareerPath {
		f := fmt.Sprintf("careerPath[%d]", i)
		if l.Rank != i+1 {
			v.fail(f+".rank", "levels out of order: expected rank %d, got %d", i+1, l.Rank)
		}
		v.required(f+".title", l.Title)
		v.required(f+".duties", l.Duties)
		if l.YearsMax != 0 && l.YearsMin > l.YearsMax {
			v.fail(f, "minimum %d years is above maximum %d", l.YearsMin, l.YearsMax)
		}
		if i > 0 && l.YearsMin < c.CareerPath[i-1].YearsMin {
			v.fail(f+".yearsMin", "levels out of order: starts before the level below")
		}
	}
	for i, g := range c.GlobalSalaries {
		f := fmt.Sprintf("globalSalaries[%d]", i)
		v.required(f+".country", g.Country)
		v.payRange(f+".local", g.Local)
		if g.USD != nil {
			v.payRange(f+".usd", *g.USD)
			if g.USD.Currency != "USD" {
				v.fail(f+".usd.currency", "must be USD, got %q", g.USD.Currency)
			}
		} else if g.Local.Currency != "USD" && g.NoUSDNote == "" {
			v.fail(f+".noUsdNote", "say why no US-dollar equivalent is given")
		}
		v.source(f+".source", g.Source)
		v.required(f+".asOf", g.AsOf)
	}
	ids = map[string]bool{}
	for i, q := range c.FAQ {
		f := fmt.Sprintf("faq[%d]", i)
		if !isSlug(q.ID) || ids[q.ID] {
			v.fail(f+".id", "must be a unique slug, got %q", q.ID)
		}
		ids[q.ID] = true
		v.required(f+".question", q.Question)
		v.required(f+".answer", q.Answer)
		for j, l := range q.Links {
			v.link(fmt.Sprintf("%s.links[%d]", f, j), l)
		}
	}
	for i, id := range c.Credentials {
		if d.Credential(id) == nil {
			v.fail(fmt.Sprintf("credentials[%d]", i), "unknown credential %q", id)
		}
	}
	for i, slug := range c.Related {
		if d.Career(slug) == nil {
			v.fail(fmt.Sprintf("related[%d]", i), "links to unknown career %q", slug)
		}
		if slug == c.Slug {
			v.fail(fmt.Sprintf("related[%d]", i), "a career cannot be related to itself")
		}
	}
}
