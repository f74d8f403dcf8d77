package local

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Form is a pack as the /counselor page's form holds it: every value as
// typed, amounts included, so a half-typed "12,0" stays on screen with a
// message beside it instead of vanishing. Check turns it into a Pack.
//
// Each field has a key, the same path a Problem names (Problem.Key):
// "organization.name", "programs[0].cost.min", "welcome". Get and Set read
// and write a field by its key, so the page needs one input handler for
// every field.
type Form struct {
	Organization FormOrganization
	Contact      FormContact
	Welcome      string
	Programs     []FormProgram
	Employers    []FormEmployer
	Pay          []FormPay
	Notes        []FormNote
	PlanSteps    []FormPlanStep
	FAQs         []FormFAQ
	// SharedMode is "" for no setting, or a Mode; IdleMinutes as typed.
	SharedMode  string
	IdleMinutes string
}

// FormOrganization is the organization as typed.
type FormOrganization struct{ Name, Region, Website string }

// FormContact is the contact as typed; all empty means no contact.
type FormContact struct{ Name, Role, Email, Phone, Hours string }

// FormProgram is a program as typed; the cost is three fields, all empty
// for no cost.
type FormProgram struct {
	Name, Institution, City, Award string
	Careers                        []string
	Length                         string
	CostMin, CostMax, CostCurrency string
	Accredited, URL, Source, AsOf  string
}

// FormEmployer is an employer as typed.
type FormEmployer struct {
	Name, City string
	Careers    []string
	URL        string
}

// FormPay is a pay figure as typed.
type FormPay struct {
	Career, Label, Min, Max, Median, Currency, Period, Source, URL, AsOf string
}

// FormNote, FormPlanStep and FormFAQ are entries of text only.
type (
	FormNote     struct{ Career, Text string }
	FormPlanStep struct{ Title, Detail, URL string }
	FormFAQ      struct{ Question, Answer string }
)

// Parts are the form's list parts, by their names in the format, in the
// format's order.
var Parts = []string{"programs", "employers", "pay", "notes", "planSteps", "faqs"}

// FieldKey is the key of a field: "welcome", "organization.name",
// "programs[0].cost.min"; with no field, the entry itself: "programs[0]".
func FieldKey(part string, index int, field string) string {
	s := part
	if index >= 0 {
		s += "[" + strconv.Itoa(index) + "]"
	}
	switch {
	case s == "":
		return field
	case field == "":
		return s
	}
	return s + "." + field
}

// Key is the key of the field the problem is about; for a problem about a
// whole entry, the entry's key.
func (p Problem) Key() string { return FieldKey(p.Part, p.Index, p.Field) }

// FormOf is the form filled in with a pack, for editing it.
func FormOf(p *Pack) Form {
	var f Form
	if p == nil {
		return f
	}
	f.Organization = FormOrganization{p.Organization.Name, p.Organization.Region, p.Organization.Website}
	if c := p.Contact; c != nil {
		f.Contact = FormContact{c.Name, c.Role, c.Email, c.Phone, c.Hours}
	}
	f.Welcome = p.Welcome
	for _, pr := range p.Programs {
		fp := FormProgram{Name: pr.Name, Institution: pr.Institution, City: pr.City, Award: pr.Award,
			Careers: slices.Clone(pr.Careers), Length: pr.Length, Accredited: pr.Accredited, URL: pr.URL, Source: pr.Source, AsOf: pr.AsOf}
		if c := pr.Cost; c != nil {
			fp.CostMin, fp.CostMax, fp.CostCurrency = amountText(c.Min), amountText(c.Max), c.Currency
		}
		f.Programs = append(f.Programs, fp)
	}
	for _, e := range p.Employers {
		f.Employers = append(f.Employers, FormEmployer{e.Name, e.City, slices.Clone(e.Careers), e.URL})
	}
	for _, pay := range p.Pay {
		f.Pay = append(f.Pay, FormPay{Career: pay.Career, Label: pay.Label, Min: nonZero(pay.Min), Max: nonZero(pay.Max),
			Median: nonZero(pay.Median), Currency: pay.Currency, Period: string(pay.Period), Source: pay.Source, URL: pay.URL, AsOf: pay.AsOf})
	}
	for _, n := range p.Notes {
		f.Notes = append(f.Notes, FormNote{n.Career, n.Text})
	}
	for _, s := range p.PlanSteps {
		f.PlanSteps = append(f.PlanSteps, FormPlanStep{s.Title, s.Detail, s.URL})
	}
	for _, q := range p.FAQs {
		f.FAQs = append(f.FAQs, FormFAQ{q.Question, q.Answer})
	}
	if s := p.SharedComputer; s != nil {
		f.SharedMode = string(s.Mode)
		f.IdleMinutes = nonZero(int64(s.IdleMinutes))
	}
	return f
}

func amountText(n *int64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatInt(*n, 10)
}

func nonZero(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// Check turns the form into a pack and checks it against d. The problems
// are those of the typed amounts, which must be whole numbers, and then
// Validate's, leaving out Validate's word on a field whose typing is
// already reported. The pack is returned even with problems, for the page
// to show what it holds; it is only safe to use when there are none.
func (f Form) Check(d *data.Data) (*Pack, []Problem) {
	p := &Pack{Version: Version}
	var typed []Problem
	amount := func(part string, i int, name, field, s string) *int64 {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil
		}
		// Counselors write amounts as they read them: "12,000", "$12 000".
		clean := strings.NewReplacer(",", "", " ", "", "_", "", "$", "", "£", "", "€", "").Replace(s)
		n, err := strconv.ParseInt(clean, 10, 64)
		if err != nil || n < 0 {
			typed = append(typed, Problem{Part: part, Index: i, Name: name, Field: field,
				Issue: "must be a whole number of at least 0, such as 12000, not " + strconv.Quote(clip(s, 30))})
			return nil
		}
		return &n
	}
	value := func(n *int64) int64 {
		if n == nil {
			return 0
		}
		return *n
	}
	trim := strings.TrimSpace

	p.Organization = Organization{trim(f.Organization.Name), trim(f.Organization.Region), trim(f.Organization.Website)}
	if c := f.Contact; c != (FormContact{}) {
		p.Contact = &Contact{trim(c.Name), trim(c.Role), trim(c.Email), trim(c.Phone), trim(c.Hours)}
	}
	p.Welcome = trimLong(f.Welcome)
	for i, fp := range f.Programs {
		pr := Program{Name: trim(fp.Name), Institution: trim(fp.Institution), City: trim(fp.City), Award: trim(fp.Award),
			Careers: slices.Clone(fp.Careers), Length: trim(fp.Length), Accredited: trim(fp.Accredited), URL: trim(fp.URL),
			Source: trim(fp.Source), AsOf: trim(fp.AsOf)}
		if trim(fp.CostMin) != "" || trim(fp.CostMax) != "" || trim(fp.CostCurrency) != "" {
			pr.Cost = &Cost{
				Min:      amount("programs", i, pr.Name, "cost.min", fp.CostMin),
				Max:      amount("programs", i, pr.Name, "cost.max", fp.CostMax),
				Currency: trim(fp.CostCurrency),
			}
		}
		p.Programs = append(p.Programs, pr)
	}
	for _, fe := range f.Employers {
		p.Employers = append(p.Employers, Employer{Name: trim(fe.Name), City: trim(fe.City), Careers: slices.Clone(fe.Careers), URL: trim(fe.URL)})
	}
	for i, fp := range f.Pay {
		label := trim(fp.Label)
		p.Pay = append(p.Pay, Pay{
			Career: trim(fp.Career), Label: label,
			Min:      value(amount("pay", i, label, "min", fp.Min)),
			Max:      value(amount("pay", i, label, "max", fp.Max)),
			Median:   value(amount("pay", i, label, "median", fp.Median)),
			Currency: trim(fp.Currency), Period: Period(trim(fp.Period)),
			Source: trim(fp.Source), URL: trim(fp.URL), AsOf: trim(fp.AsOf),
		})
	}
	for _, n := range f.Notes {
		p.Notes = append(p.Notes, Note{Career: trim(n.Career), Text: trimLong(n.Text)})
	}
	for _, s := range f.PlanSteps {
		p.PlanSteps = append(p.PlanSteps, PlanStep{Title: trim(s.Title), Detail: trimLong(s.Detail), URL: trim(s.URL)})
	}
	for _, q := range f.FAQs {
		p.FAQs = append(p.FAQs, FAQ{Question: trim(q.Question), Answer: trimLong(q.Answer)})
	}
	if mode := trim(f.SharedMode); mode != "" {
		sc := &SharedComputer{Mode: Mode(mode)}
		if s := trim(f.IdleMinutes); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				typed = append(typed, Problem{Part: "sharedComputer", Index: -1, Field: "idleMinutes",
					Issue: "must be a whole number of minutes, such as 20, not " + strconv.Quote(clip(s, 30))})
			}
			sc.IdleMinutes = n
		}
		p.SharedComputer = sc
	}

	problems := typed
	for _, vp := range Validate(p, d) {
		if !slices.ContainsFunc(typed, func(tp Problem) bool {
			return tp.Part == vp.Part && tp.Index == vp.Index && (tp.Field == vp.Field || vp.Field == "" || strings.HasPrefix(tp.Field, vp.Field+"."))
		}) {
			problems = append(problems, vp)
		}
	}
	p.setAnchors()
	return p, problems
}

// trimLong trims a long text's ends, keeping its line breaks inside.
func trimLong(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")) }

// fields maps each text field of an entry, by its name in the format, to
// where the form keeps it.
func (f *Form) fields(part string, i int) map[string]*string {
	switch part {
	case "organization":
		o := &f.Organization
		return map[string]*string{"name": &o.Name, "region": &o.Region, "website": &o.Website}
	case "contact":
		c := &f.Contact
		return map[string]*string{"name": &c.Name, "role": &c.Role, "email": &c.Email, "phone": &c.Phone, "hours": &c.Hours}
	case "sharedComputer":
		return map[string]*string{"mode": &f.SharedMode, "idleMinutes": &f.IdleMinutes}
	case "":
		return map[string]*string{"welcome": &f.Welcome}
	}
	if i < 0 || i >= f.Len(part) {
		return nil
	}
	switch part {
	case "programs":
		p := &f.Programs[i]
		return map[string]*string{"name": &p.Name, "institution": &p.Institution, "city": &p.City, "award": &p.Award,
			"length": &p.Length, "cost.min": &p.CostMin, "cost.max": &p.CostMax, "cost.currency": &p.CostCurrency,
			"accredited": &p.Accredited, "url": &p.URL, "source": &p.Source, "asOf": &p.AsOf}
	case "employers":
		e := &f.Employers[i]
		return map[string]*string{"name": &e.Name, "city": &e.City, "url": &e.URL}
	case "pay":
		p := &f.Pay[i]
		return map[string]*string{"career": &p.Career, "label": &p.Label, "min": &p.Min, "max": &p.Max, "median": &p.Median,
			"currency": &p.Currency, "period": &p.Period, "source": &p.Source, "url": &p.URL, "asOf": &p.AsOf}
	case "notes":
		n := &f.Notes[i]
		return map[string]*string{"career": &n.Career, "text": &n.Text}
	case "planSteps":
		s := &f.PlanSteps[i]
		return map[string]*string{"title": &s.Title, "detail": &s.Detail, "url": &s.URL}
	case "faqs":
		q := &f.FAQs[i]
		return map[string]*string{"question": &q.Question, "answer": &q.Answer}
	}
	return nil
}

// careers is where the form keeps the careers of a program or employer.
func (f *Form) careers(part string, i int) *[]string {
	if i < 0 || i >= f.Len(part) {
		return nil
	}
	switch part {
	case "programs":
		return &f.Programs[i].Careers
	case "employers":
		return &f.Employers[i].Careers
	}
	return nil
}

// parseKey splits "programs[2].cost.min" into its part, index and field;
// index is -1 for a part that is not a list.
func parseKey(key string) (part string, index int, field string, ok bool) {
	head, field, hasField := strings.Cut(key, ".")
	if !hasField {
		if !strings.Contains(head, "[") {
			return "", -1, head, true
		}
		field = ""
	}
	part, rest, isList := strings.Cut(head, "[")
	if !isList {
		return part, -1, field, true
	}
	n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	if err != nil || !strings.HasSuffix(rest, "]") || n < 0 {
		return "", 0, "", false
	}
	return part, n, field, true
}

// Get is the text of the field with the key; "" for an unknown key.
func (f *Form) Get(key string) string {
	part, i, field, ok := parseKey(key)
	if !ok {
		return ""
	}
	if p := f.fields(part, i)[field]; p != nil {
		return *p
	}
	return ""
}

// Set writes the text of the field with the key, and reports whether the
// form has that field.
func (f *Form) Set(key, value string) bool {
	part, i, field, ok := parseKey(key)
	if !ok {
		return false
	}
	p := f.fields(part, i)[field]
	if p == nil {
		return false
	}
	*p = value
	return true
}

// HasCareer reports whether the program or employer with the key (such as
// "programs[0]") names the career.
func (f *Form) HasCareer(key, slug string) bool {
	part, i, _, ok := parseKey(key)
	if !ok {
		return false
	}
	if c := f.careers(part, i); c != nil {
		return slices.Contains(*c, slug)
	}
	return false
}

// SetCareer adds the career to the program or employer with the key, or
// takes it out, keeping the careers in the order d lists them.
func (f *Form) SetCareer(key, slug string, on bool, d *data.Data) bool {
	part, i, _, ok := parseKey(key)
	if !ok {
		return false
	}
	c := f.careers(part, i)
	if c == nil {
		return false
	}
	set := map[string]bool{}
	for _, s := range *c {
		set[s] = true
	}
	set[slug] = on
	var out []string
	for _, career := range d.Careers {
		if set[career.Slug] {
			out = append(out, career.Slug)
			delete(set, career.Slug)
		}
	}
	// Slugs the data does not know stay, for Validate to name.
	for _, s := range *c {
		if set[s] {
			out = append(out, s)
		}
	}
	*c = out
	return true
}

// Len is the number of entries in a list part.
func (f *Form) Len(part string) int {
	switch part {
	case "programs":
		return len(f.Programs)
	case "employers":
		return len(f.Employers)
	case "pay":
		return len(f.Pay)
	case "notes":
		return len(f.Notes)
	case "planSteps":
		return len(f.PlanSteps)
	case "faqs":
		return len(f.FAQs)
	}
	return 0
}

// Add appends an empty entry to a list part; a pay figure starts as a
// yearly figure in US dollars, the commonest case, which the counselor can
// change.
func (f *Form) Add(part string) bool {
	switch part {
	case "programs":
		f.Programs = append(f.Programs, FormProgram{})
	case "employers":
		f.Employers = append(f.Employers, FormEmployer{})
	case "pay":
		f.Pay = append(f.Pay, FormPay{Currency: "USD", Period: string(PerYear)})
	case "notes":
		f.Notes = append(f.Notes, FormNote{})
	case "planSteps":
		f.PlanSteps = append(f.PlanSteps, FormPlanStep{})
	case "faqs":
		f.FAQs = append(f.FAQs, FormFAQ{})
	default:
		return false
	}
	return true
}

// Remove takes entry i out of a list part.
func (f *Form) Remove(part string, i int) bool {
	if i < 0 || i >= f.Len(part) {
		return false
	}
	switch part {
	case "programs":
		f.Programs = slices.Delete(f.Programs, i, i+1)
	case "employers":
		f.Employers = slices.Delete(f.Employers, i, i+1)
	case "pay":
		f.Pay = slices.Delete(f.Pay, i, i+1)
	case "notes":
		f.Notes = slices.Delete(f.Notes, i, i+1)
	case "planSteps":
		f.PlanSteps = slices.Delete(f.PlanSteps, i, i+1)
	case "faqs":
		f.FAQs = slices.Delete(f.FAQs, i, i+1)
	}
	return true
}

// TooLarge is the problem of a file of size bytes above MaxBytes, for a
// reader that stops reading at the limit and knows the size otherwise.
func TooLarge(size int64) Problem {
	return top.problem("", "the file is %s bytes; a pack may be at most %s bytes (256 KB): shorten its texts or lists",
		thousands(size), thousands(MaxBytes))
}
