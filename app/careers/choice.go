package careers

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// The parameters of the index's address, such as
// /careers?time=24&degree=no&pay=40000&sort=pay&c=medical-coder,health-information-technician.
// They are part of shared links: renaming one breaks them.
const (
	ParamTime   = "time"
	ParamDegree = "degree"
	ParamPay    = "pay"
	ParamSort   = "sort"
	// ParamPick holds the careers ticked for comparison, on the index and
	// on the comparison page alike.
	ParamPick = "c"
)

// The values of the degree filter and of the sort.
const (
	DegreeNo  = "no"
	DegreeYes = "yes"

	SortName = "name"
	SortPay  = "pay"
	SortTime = "time"
)

// Option is one choice of a filter or of the sort; the empty value is "any"
// or the default order.
type Option struct {
	Value, Label string
}

// TimeOptions are the longest time to qualify a student will accept, in
// months.
var TimeOptions = []Option{
	{"", "Any"},
	{"12", "1 year or less"},
	{"24", "2 years or less"},
	{"48", "4 years or less"},
}

// DegreeOptions filter on whether a degree is needed.
var DegreeOptions = []Option{
	{"", "Either"},
	{DegreeNo, "No degree needed"},
	{DegreeYes, "A degree needed"},
}

// payFloors are the lowest yearly pay, in US dollars, a student can ask for.
var payFloors = []int64{40000, 50000, 100000}

// PayOptions are the lowest yearly pay a student will accept, written in
// the data's US-dollar symbol.
func PayOptions(d *data.Data) []Option {
	opts := []Option{{"", "Any"}}
	for _, f := range payFloors {
		opts = append(opts, Option{strconv.FormatInt(f, 10), salary.Format(f, salary.Symbol(d, "USD")) + " a year or more"})
	}
	return opts
}

// SortOptions are the orders of the index.
var SortOptions = []Option{
	{"", "Health Information Technician first"},
	{SortName, "Name, A to Z"},
	{SortPay, "Pay, highest first"},
	{SortTime, "Quickest to qualify first"},
}

// Choice is what a student picked on the index: the filters and the sort
// (each an Option's value, "" for any) and the careers ticked to compare.
type Choice struct {
	Time, Degree, Pay, Sort string
	Picks                   []string
}

// Filtered reports whether any filter is set.
func (c Choice) Filtered() bool { return c.Time != "" || c.Degree != "" || c.Pay != "" }

// TimeMonths is the time filter in months; 0 for any.
func (c Choice) TimeMonths() int {
	n, _ := strconv.Atoi(c.Time)
	return n
}

// PayFloor is the pay filter in US dollars a year; 0 for any.
func (c Choice) PayFloor() int64 {
	n, _ := strconv.ParseInt(c.Pay, 10, 64)
	return n
}

// Dropped is what an address asked for that could not be used.
type Dropped struct {
	// Choices are the filters and sort the index does not offer, each as
	// "name “value”", shortened.
	Choices []string
	// Picks are the careers that could not be ticked: unknown, or beyond
	// the four that fit side by side.
	Picks salary.Selection
}

// Any reports whether anything was dropped.
func (d Dropped) Any() bool { return len(d.Choices) > 0 || d.Picks.Dropped() }

// Parse reads the index's choice from an address's query. Values it does
// not offer and careers it does not know are left out and reported, never
// guessed at.
func Parse(q url.Values, d *data.Data) (Choice, Dropped) {
	var c Choice
	var dr Dropped
	pick := func(name string, opts []Option) string {
		v := strings.TrimSpace(strings.ToLower(q.Get(name)))
		if v == "" {
			return ""
		}
		for _, o := range opts {
			if o.Value == v {
				return v
			}
		}
		dr.Choices = append(dr.Choices, name+" “"+shorten(q.Get(name))+"”")
		return ""
	}
	c.Time = pick(ParamTime, TimeOptions)
	c.Degree = pick(ParamDegree, DegreeOptions)
	c.Pay = pick(ParamPay, PayOptions(d))
	c.Sort = pick(ParamSort, SortOptions)
	dr.Picks = ParsePicks(q, d)
	c.Picks = dr.Picks.Keys
	return c, dr
}

// ParsePicks reads the careers to compare from an address: one parameter
// "c=a,b", or the same parameter repeated as a form without scripts sends
// it ("c=a&c=b"). Unknown careers, repeats and more than four are dropped
// and reported; however long the address, only its first parts are read.
func ParsePicks(q url.Values, d *data.Data) salary.Selection {
	vals := q[ParamPick]
	if len(vals) > maxPickParams {
		vals = vals[:maxPickParams]
	}
	s := salary.ParseCompare(strings.Join(vals, ","), func(slug string) bool { return d.Career(slug) != nil })
	if n := len(q[ParamPick]) - len(vals); n > 0 {
		s.MoreDropped += n
	}
	return s
}

// maxPickParams bounds the repeated parameters read: the comparison takes
// four careers, and a pasted address may repeat it thousands of times.
const maxPickParams = 32

// Query is the index's address query for a choice, "" when nothing is
// chosen; parameters come in a fixed order, so one choice has one address.
func (c Choice) Query() string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+"="+url.QueryEscape(v))
		}
	}
	add(ParamTime, c.Time)
	add(ParamDegree, c.Degree)
	add(ParamPay, c.Pay)
	add(ParamSort, c.Sort)
	if len(c.Picks) > 0 {
		parts = append(parts, ParamPick+"="+salary.EncodeCompare(c.Picks))
	}
	if len(parts) == 0 {
		return ""
	}
	return "?" + strings.Join(parts, "&")
}

// CompareQuery is the comparison page's query for the careers, as
// "?c=medical-coder,health-information-technician"; "" for none.
func CompareQuery(slugs []string) string {
	if len(slugs) == 0 {
		return ""
	}
	return "?" + ParamPick + "=" + salary.EncodeCompare(slugs)
}

// Toggle ticks or unticks a career. It refuses a fifth career: then it
// returns the picks unchanged and false. The slice returned is always a
// new one, since components hold the old one to compare.
func Toggle(picks []string, slug string, on bool) ([]string, bool) {
	var out []string
	for _, p := range picks {
		if p != slug {
			out = append(out, p)
		}
	}
	if on {
		if len(out) >= salary.MaxCompare {
			return append([]string(nil), picks...), false
		}
		out = append(out, slug)
	}
	return out, true
}

// maxShown bounds a value quoted back to the reader.
const maxShown = 40

// shorten cuts a value for display at a rune boundary, and replaces
// invalid UTF-8 so a notice never shows broken text.
func shorten(s string) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD")
	if utf8.RuneCountInString(s) <= maxShown {
		return s
	}
	return string([]rune(s)[:maxShown]) + "…"
}
