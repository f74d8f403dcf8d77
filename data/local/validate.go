package local

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/data"
)

// Validate checks every value of p against the format and against the
// app's data d (career slugs, currencies), and returns every problem, each
// naming its entry and field. A pack with no problems is safe to show. The
// /counselor form calls it as the counselor types; Decode calls it on a
// file.
func Validate(p *Pack, d *data.Data) []Problem {
	v := &validator{d: d, where: top}
	if p.Version != Version {
		v.fail("version", "must be %d, not %d", Version, p.Version)
	}

	v.where = at{part: "organization", index: -1}
	v.short("name", p.Organization.Name, true)
	v.short("region", p.Organization.Region, false)
	v.link("website", p.Organization.Website, true)

	if c := p.Contact; c != nil {
		v.where = at{part: "contact", index: -1}
		v.short("name", c.Name, true)
		v.short("role", c.Role, false)
		v.email("email", c.Email)
		v.phone("phone", c.Phone)
		v.short("hours", c.Hours, false)
	}

	v.where = top
	v.long("welcome", p.Welcome, false)
	for _, l := range []struct {
		name string
		n    int
	}{{"programs", len(p.Programs)}, {"employers", len(p.Employers)}, {"pay", len(p.Pay)},
		{"notes", len(p.Notes)}, {"planSteps", len(p.PlanSteps)}, {"faqs", len(p.FAQs)}} {
		if l.n > MaxList {
			v.fail(l.name, "has %d entries; a list may have at most %d", l.n, MaxList)
		}
	}

	for i, pr := range p.Programs {
		v.entry("programs", i, pr.Name)
		v.short("name", pr.Name, true)
		v.short("institution", pr.Institution, true)
		v.short("city", pr.City, false)
		v.short("award", pr.Award, false)
		v.careers("careers", pr.Careers)
		v.short("length", pr.Length, false)
		if c := pr.Cost; c != nil {
			v.cost(*c)
		}
		v.short("accredited", pr.Accredited, false)
		v.link("url", pr.URL, false)
		v.source("source", pr.Source)
		v.asOf("asOf", pr.AsOf)
	}
	for i, e := range p.Employers {
		v.entry("employers", i, e.Name)
		v.short("name", e.Name, true)
		v.short("city", e.City, false)
		v.careers("careers", e.Careers)
		v.link("url", e.URL, false)
	}
	for i, pay := range p.Pay {
		v.entry("pay", i, pay.Label)
		v.career("career", pay.Career)
		v.short("label", pay.Label, true)
		v.pay(pay)
		v.currency("currency", pay.Currency)
		v.period("period", pay.Period)
		v.source("source", pay.Source)
		v.link("url", pay.URL, false)
		v.asOf("asOf", pay.AsOf)
	}
	for i, n := range p.Notes {
		v.entry("notes", i, n.Career)
		v.career("career", n.Career)
		v.long("text", n.Text, true)
	}
	for i, s := range p.PlanSteps {
		v.entry("planSteps", i, s.Title)
		v.short("title", s.Title, true)
		v.long("detail", s.Detail, false)
		v.link("url", s.URL, false)
	}
	for i, q := range p.FAQs {
		v.entry("faqs", i, q.Question)
		v.short("question", q.Question, true)
		v.long("answer", q.Answer, true)
	}

	if s := p.SharedComputer; s != nil {
		v.where = at{part: "sharedComputer", index: -1}
		switch {
		case s.Mode == "":
			v.fail("mode", `is required: "off", "session" or "idle"`)
		case !slices.Contains(Modes, s.Mode):
			v.fail("mode", `must be "off", "session" (cleared when the browser closes) or "idle" (also cleared after idleMinutes without use), not %q`, clip(string(s.Mode), 40))
		case s.Mode == ModeIdle && (s.IdleMinutes < 1 || s.IdleMinutes > MaxIdle):
			v.fail("idleMinutes", "must be between 1 and %d with mode \"idle\", not %d", MaxIdle, s.IdleMinutes)
		case s.Mode != ModeIdle && s.IdleMinutes != 0:
			v.fail("idleMinutes", "is only used with mode \"idle\"; this pack's mode is %q", s.Mode)
		}
	}
	return v.problems
}

// validator collects problems for one entry at a time.
type validator struct {
	d        *data.Data
	where    at
	problems []Problem
}

func (v *validator) fail(field, format string, args ...any) {
	v.problems = append(v.problems, v.where.problem(field, format, args...))
}

func (v *validator) entry(part string, i int, name string) {
	v.where = at{part: part, index: i, name: strings.TrimSpace(name)}
}

// short checks a one-line text: a name, a title, a label.
func (v *validator) short(field, s string, required bool) {
	v.text(field, s, MaxShort, false, required)
}

// long checks a text that may run to paragraphs.
func (v *validator) long(field, s string, required bool) {
	v.text(field, s, MaxText, true, required)
}

func (v *validator) text(field, s string, maxLen int, lines, required bool) {
	if strings.TrimSpace(s) == "" {
		if required {
			v.fail(field, "is required")
		}
		return
	}
	if n := utf8.RuneCountInString(s); n > maxLen {
		v.fail(field, "is %s characters long; at most %s", thousands(int64(n)), thousands(int64(maxLen)))
		return
	}
	for _, r := range s {
		if r == utf8.RuneError {
			v.fail(field, "contains a character that is not UTF-8 text")
			return
		}
		if (r == '\n' || r == '\r' || r == '\t') && !lines {
			v.fail(field, "must be one line")
			return
		}
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			v.fail(field, "contains an invisible control character (U+%04X): write plain text", r)
			return
		}
	}
	if tag, ok := tagIn(s); ok {
		v.fail(field, "contains %q, which looks like an HTML tag: the app shows text only, so write it without tags", tag)
	}
}

// tagIn finds the start of something that looks like an HTML tag or
// comment: "<" followed by a letter, "/", "!" or "?". "<" before a space or
// a digit, as in "under <1 year", is ordinary text.
func tagIn(s string) (string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		c := s[i+1]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '/' || c == '!' || c == '?' {
			end := i + 1
			for end < len(s) && end < i+12 && s[end] != ' ' && s[end] != '>' && s[end] != '<' {
				end++
			}
			if end < len(s) && s[end] == '>' {
				end++
			}
			return strings.ToValidUTF8(s[i:end], ""), true
		}
	}
	return "", false
}

// link checks a link a student may follow. Only web addresses, email and
// phone links are allowed; webOnly allows only web addresses.
func (v *validator) link(field, s string, webOnly bool) {
	if s == "" {
		return
	}
	want := "https:, http:, mailto: or tel:"
	if webOnly {
		want = "https: or http:"
	}
	if len(s) > MaxText {
		v.fail(field, "is %s characters long; a link may be at most %s", thousands(int64(len(s))), thousands(MaxText))
		return
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			v.fail(field, "must not contain spaces or invisible characters (write a space in a web address as %%20)")
			return
		}
	}
	scheme, rest, ok := strings.Cut(s, ":")
	scheme = strings.ToLower(scheme)
	if !ok || !slices.Contains([]string{"https", "http", "mailto", "tel"}, scheme) || webOnly && !strings.HasPrefix(scheme, "http") {
		v.fail(field, "must start with %s, not %q", want, clip(s, 40))
		return
	}
	switch scheme {
	case "mailto":
		addr, _, _ := strings.Cut(rest, "?")
		if u, err := url.PathUnescape(addr); err != nil || !isEmail(u) {
			v.fail(field, "must be an email address after mailto:, such as mailto:counselor@school.org")
		}
	case "tel":
		if !isPhone(rest) {
			v.fail(field, "must be a phone number after tel:, such as tel:+1-555-0100")
		}
	default:
		u, err := url.Parse(s)
		switch {
		case err != nil || !strings.HasPrefix(rest, "//"):
			v.fail(field, "is not a web address: write it as %s://example.org/page", scheme)
		case u.User != nil:
			v.fail(field, "must not have a user name or password before an @")
		case !isHostName(u.Hostname()):
			v.fail(field, "has no site name after %s://, such as example.org", scheme)
		}
	}
}

// isHostName reports whether h is a plausible public site name: labels of
// letters, digits and hyphens joined by dots, at least two of them.
func isHostName(h string) bool {
	labels := strings.Split(h, ".")
	if len(labels) < 2 || len(h) > 253 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

func (v *validator) email(field, s string) {
	if s == "" {
		return
	}
	if !isEmail(s) {
		v.fail(field, "is not an email address like counselor@school.org")
	}
}

// isEmail reports whether s looks like one email address: one @, a name
// before it and a site name after it. It does not try to follow every rule
// of the standard, only to catch slips.
func isEmail(s string) bool {
	if len(s) > 254 {
		return false
	}
	name, host, ok := strings.Cut(s, "@")
	if !ok || name == "" || len(name) > 64 || strings.Contains(host, "@") {
		return false
	}
	for _, r := range name {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(`<>()[]\,;:"`, r) {
			return false
		}
	}
	return isHostName(host)
}

func (v *validator) phone(field, s string) {
	if s == "" {
		return
	}
	if !isPhone(s) {
		v.fail(field, `is not a phone number: use digits, spaces and + - ( ) . with an optional "ext. 12", such as +1 555-0100`)
	}
}

// isPhone reports whether s looks like a phone number: 3 to 20 digits with
// the usual separators, a + only in front, and an optional extension.
func isPhone(s string) bool {
	lower := strings.ToLower(s)
	number, ext := lower, ""
	if i := strings.IndexAny(lower, "ex"); i >= 0 {
		number, ext = lower[:i], lower[i:]
		ext = strings.TrimPrefix(ext, "ext")
		ext = strings.TrimPrefix(ext, "x")
		ext = strings.TrimLeft(ext, ". :")
		if ext == "" || len(ext) > 6 || !isDigits(ext) {
			return false
		}
	}
	number = strings.TrimSpace(number)
	digits := 0
	for i, r := range number {
		switch {
		case '0' <= r && r <= '9':
			digits++
		case r == '+' && i == 0:
		case strings.ContainsRune(" -().", r):
		default:
			return false
		}
	}
	return digits >= 3 && digits <= 20
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (v *validator) career(field, slug string) {
	if slug == "" {
		v.fail(field, "is required: one of %s", careerList(v.d))
		return
	}
	if v.d.Career(slug) == nil {
		v.fail(field, "unknown career %q: use one of %s", clip(slug, 60), careerList(v.d))
	}
}

func (v *validator) careers(field string, slugs []string) {
	if len(slugs) == 0 {
		v.fail(field, "name at least one career, such as [%q]", data.MainSlug)
		return
	}
	if len(slugs) > MaxList {
		v.fail(field, "has %d entries; a list may have at most %d", len(slugs), MaxList)
		return
	}
	for i, slug := range slugs {
		f := field + "[" + strconv.Itoa(i) + "]"
		v.career(f, slug)
		if slices.Contains(slugs[:i], slug) {
			v.fail(f, "lists %q twice", clip(slug, 60))
		}
	}
}

func careerList(d *data.Data) string {
	slugs := make([]string, len(d.Careers))
	for i, c := range d.Careers {
		slugs[i] = c.Slug
	}
	return strings.Join(slugs, ", ")
}

func (v *validator) currency(field, code string) {
	codes := make([]string, len(v.d.Currencies))
	for i, c := range v.d.Currencies {
		codes[i] = c.Code
	}
	if code == "" {
		v.fail(field, "is required: one of %s", strings.Join(codes, ", "))
		return
	}
	if v.d.Currency(code) == nil {
		v.fail(field, "unknown currency %q: use one of %s", clip(code, 20), strings.Join(codes, ", "))
	}
}

func (v *validator) cost(c Cost) {
	v.currency("cost.currency", c.Currency)
	for _, end := range []struct {
		field string
		n     *int64
	}{{"cost.min", c.Min}, {"cost.max", c.Max}} {
		switch {
		case end.n == nil:
			v.fail(end.field, "is required: for one figure, give it as both min and max")
		case *end.n < 0:
			v.fail(end.field, "must be 0 or more, not %d", *end.n)
		case *end.n > MaxAmount:
			v.fail(end.field, "is %s, above the largest amount the app shows (%s): give whole units, not cents", thousands(*end.n), thousands(MaxAmount))
		}
	}
	if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
		v.fail("cost", "min %s is above max %s", thousands(*c.Min), thousands(*c.Max))
	}
}

func (v *validator) pay(p Pay) {
	for _, f := range []struct {
		field string
		n     int64
	}{{"min", p.Min}, {"max", p.Max}, {"median", p.Median}} {
		switch {
		case f.n < 0:
			v.fail(f.field, "pay must be above 0, not %d", f.n)
		case f.n > MaxAmount:
			v.fail(f.field, "is %s, above the largest amount the app shows (%s): give whole units, not cents", thousands(f.n), thousands(MaxAmount))
		}
	}
	switch {
	case p.Min == 0 && p.Max == 0 && p.Median == 0:
		v.fail("", "give a range (min and max), a median, or both")
	case p.Min != 0 && p.Max == 0:
		v.fail("max", "is required with min: for one figure, use median")
	case p.Min == 0 && p.Max != 0:
		v.fail("min", "is required with max: for one figure, use median")
	case p.Min > p.Max:
		v.fail("min", "%s is above max %s", thousands(p.Min), thousands(p.Max))
	case p.Median != 0 && p.Min != 0 && (p.Median < p.Min || p.Median > p.Max):
		v.fail("median", "%s is outside the range %s to %s", thousands(p.Median), thousands(p.Min), thousands(p.Max))
	}
}

// periodWords are what a counselor may write for a period, with the value
// meant.
var periodWords = map[string]Period{
	"annual": PerYear, "annually": PerYear, "yearly": PerYear, "per year": PerYear, "a year": PerYear, "years": PerYear,
	"monthly": PerMonth, "per month": PerMonth, "months": PerMonth,
	"weekly": PerWeek, "per week": PerWeek, "weeks": PerWeek,
	"hourly": PerHour, "per hour": PerHour, "an hour": PerHour, "hours": PerHour,
}

func (v *validator) period(field string, p Period) {
	if slices.Contains(Periods, p) {
		return
	}
	want := `"year", "month", "week" or "hour"`
	if p == "" {
		v.fail(field, "is required: %s", want)
		return
	}
	if meant, ok := periodWords[strings.ToLower(strings.TrimSpace(string(p)))]; ok {
		v.fail(field, "must be %s: write %q for %q", want, meant, clip(string(p), 20))
		return
	}
	v.fail(field, "must be %s, not %q", want, clip(string(p), 40))
}

func (v *validator) source(field, s string) {
	if strings.TrimSpace(s) == "" {
		v.fail(field, "is required: say where the figures come from, such as the college's catalog or a survey's name")
		return
	}
	v.short(field, s, true)
}

// asOf checks the date a figure refers to. It must name a year, or say
// that the source gives none, so that the app can say how old it is.
func (v *validator) asOf(field, s string) {
	if strings.TrimSpace(s) == "" {
		v.fail(field, `is required: when the figures are from, such as "May 2024" or "2024-25 catalog"; "not stated" if the source gives no date`)
		return
	}
	if !hasYear(s) && !strings.HasPrefix(s, "not stated") {
		v.fail(field, `must name a year, such as "May 2024" or "2024-25 catalog", or say "not stated" if the source gives no date`)
		return
	}
	v.short(field, s, true)
}

// hasYear reports whether s holds four digits in a row starting 19 or 20.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			if run == 4 && (s[i-3:i-1] == "19" || s[i-3:i-1] == "20") && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}
