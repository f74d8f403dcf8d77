package quiz

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// TimelineInput is where the student starts from: the choices they made
// for the timeline, and whether the program and the exam are already
// behind them (plan steps SchoolingStep and ExamStep, as chosen or
// pre-marked).
type TimelineInput struct {
	store.TimelineChoice
	SchoolingDone, Certified bool
}

// The plan items the timeline starts from: the main career's first step
// (finish a program) and its second (get certified).
var (
	SchoolingStep = StepItemID(1)
	ExamStep      = StepItemID(2)
)

// NewTimelineInput is where a plan stands: the choices, and the program and
// the exam done when their plan items are, as status gives them.
func NewTimelineInput(choice store.TimelineChoice, status func(id string) store.Status) TimelineInput {
	return TimelineInput{
		TimelineChoice: choice,
		SchoolingDone:  status(SchoolingStep) == store.Done,
		Certified:      status(ExamStep) == store.Done,
	}
}

// MilestoneKind names a milestone of the timeline.
type MilestoneKind string

const (
	ProgramStart MilestoneKind = "program-start"
	ProgramEnd   MilestoneKind = "program-end"
	FirstJobs    MilestoneKind = "applications"
	ExamTaken    MilestoneKind = "exam"
)

// Milestone is one dated step of the timeline. From and To are the first
// and the last month it may fall in; both are zero when the data has no
// figure to date it, and Detail then says so.
type Milestone struct {
	Kind     MilestoneKind
	Title    string
	From, To store.Month
	Detail   string
	// Source (a source id) and AsOf cite the figure the dates rest on;
	// empty when they rest on the student's own choice.
	Source, AsOf string
}

// Dated reports whether the milestone has dates.
func (m Milestone) Dated() bool { return !m.From.IsZero() }

// When is the milestone's month or range of months in words.
func (m Milestone) When() string {
	if !m.Dated() {
		return "Date not known"
	}
	return store.MonthRangeText(m.From, m.To)
}

// CostPart is one cost on the way: the program, or the exam fee. Range is
// nil when the data has no figure, and Unknown then says so.
type CostPart struct {
	Label   string
	Range   *data.PayRange
	Unknown string
	// Note gives the figure as its source words it, where the range is
	// made from it.
	Note         string
	Source, AsOf string
}

// Costs add up what is left to pay. Total is nil when a part has no figure
// or nothing is left; Text says the total, or why there is none.
type Costs struct {
	Parts []CostPart
	Total *data.PayRange
	Text  string
}

// TimelinePlan is the dated route from now to the first applications.
type TimelinePlan struct {
	Pathway    *data.Pathway
	Credential *data.Credential // the exam after the pathway; nil if none
	PartTime   bool
	Milestones []Milestone
	Cost       Costs
	// Assumptions are the app's own, in the data's words.
	Assumptions string
	// Missing says what to choose before the timeline can be dated; "" when
	// nothing is missing.
	Missing string
}

// DaysPerMonth turns a window given in days into whole months, rounding up:
// 120 calendar days are counted as 4 months.
const DaysPerMonth = 30

// Timeline lays out the route along the chosen pathway of career c: the
// program's start and end, the first applications and the exam, with their
// months, and what is left to pay. Part-time study stretches the program
// by the data's part-time percentage. No figure is made up: a program
// without a length in the data has no end date, and one without a cost
// has no total.
func Timeline(q *data.Quiz, d *data.Data, c *data.Career, in TimelineInput) TimelinePlan {
	rule := q.Timeline
	tp := TimelinePlan{Assumptions: rule.Assumptions, PartTime: in.Pace == store.PartTime}
	for i := range c.Pathways {
		if c.Pathways[i].ID == in.Pathway {
			tp.Pathway = &c.Pathways[i]
		}
	}
	if tp.Pathway == nil {
		tp.Missing = "Choose the education pathway you mean to follow."
		return tp
	}
	p := tp.Pathway
	route := rule.Route(p.ID)
	var fee, window *data.Fact
	if route != nil {
		tp.Credential = d.Credential(route.Credential)
	}
	if cr := tp.Credential; cr != nil {
		fee = cr.FactLabelled(route.FeeFact)
		if route.WindowFact != "" {
			window = cr.FactLabelled(route.WindowFact)
		}
	}
	tp.Cost = costs(d, in, p, tp.Credential, fee)
	if in.Start.IsZero() {
		tp.Missing = "Choose the month you can start, to see the dates."
		return tp
	}

	// ready is the first and the last month by which the program can be
	// behind the student, and apply the months of the first applications;
	// zero while the program's length is not known.
	var readyFrom, readyTo, applyFrom, applyTo store.Month
	if in.SchoolingDone {
		readyFrom, readyTo, applyFrom, applyTo = in.Start, in.Start, in.Start, in.Start
	} else {
		tp.Milestones = append(tp.Milestones, Milestone{
			Kind: ProgramStart, Title: "Start: " + p.Name, From: in.Start, To: in.Start,
			Detail: "The month you chose to start.",
		})
		end := Milestone{Kind: ProgramEnd, Title: "Finish: " + p.Name, Source: p.Source, AsOf: p.AsOf}
		if p.MonthsMin > 0 && p.MonthsMax >= p.MonthsMin {
			lo, hi := stretch(p.MonthsMin, rule.PartTimePercent, tp.PartTime), stretch(p.MonthsMax, rule.PartTimePercent, tp.PartTime)
			// A program of n months that starts in month s ends in month
			// s+n-1: two years from September end in August.
			end.From, end.To = in.Start.Add(lo-1), in.Start.Add(hi-1)
			end.Detail = "Full time, it takes " + monthsText(p.MonthsMin, p.MonthsMax) + "."
			if tp.PartTime {
				end.Detail += " Part time, this app counts " + monthsText(lo, hi) + "."
			}
			applyFrom, applyTo = end.From, end.To
			readyFrom, readyTo = end.From.Add(1), end.To.Add(1)
		} else {
			end.Detail = "The data gives no length for this program, so its end cannot be dated."
		}
		tp.Milestones = append(tp.Milestones, end)
	}

	apply := Milestone{Kind: FirstJobs, Title: "Apply for your first jobs", From: applyFrom, To: applyTo}
	switch {
	case in.SchoolingDone:
		apply.Detail = "Your program is done, so you can apply now."
	case apply.Dated():
		apply.Detail = "From the month your program ends, as this app assumes."
	default:
		apply.Detail = "This cannot be dated until the program's end can."
	}
	tp.Milestones = append(tp.Milestones, apply)

	if !in.Certified {
		exam := Milestone{Kind: ExamTaken}
		switch cr := tp.Credential; {
		case cr == nil:
			exam.Title = "Take the exam"
			exam.Detail = "The data names no exam after this pathway."
		case readyFrom.IsZero():
			exam.Title = "Take the " + cr.Abbr + " exam"
			exam.Detail = "This cannot be dated until the program's end can."
		default:
			exam.Title = "Take the " + cr.Abbr + " exam"
			exam.From, exam.To = readyFrom, readyTo
			from := "after your program"
			if in.SchoolingDone {
				from = "from the month you start"
			}
			if in.SchoolingDone {
				exam.Detail = "From the month you start."
			} else {
				exam.Detail = "In the months after your program."
			}
			if days, ok := windowDays(window); ok {
				months := (days + DaysPerMonth - 1) / DaysPerMonth
				exam.To = readyTo.Add(months - 1)
				exam.Detail = "Once approved, you have " + window.Value + " to sit the exam; this app counts that as " + plural(months, "1 month", strconv.Itoa(months)+" months") + " " + from + "."
				exam.Source, exam.AsOf = window.Source, window.AsOf
			}
		}
		tp.Milestones = append(tp.Milestones, exam)
	}
	return tp
}

func windowDays(f *data.Fact) (int, bool) {
	if f == nil {
		return 0, false
	}
	return data.CalendarDays(f.Value)
}

// stretch is a program's length at the chosen pace, in whole months,
// rounded up.
func stretch(months, partTimePercent int, partTime bool) int {
	if !partTime || partTimePercent <= 100 {
		return months
	}
	return (months*partTimePercent + 99) / 100
}

func monthsText(lo, hi int) string {
	if lo == hi {
		return plural(lo, "1 month", strconv.Itoa(lo)+" months")
	}
	return strconv.Itoa(lo) + " to " + strconv.Itoa(hi) + " months"
}

// costs are the program's cost, unless it is done, and the exam fee,
// unless the exam is passed, each cited, and their total when every part
// has a figure in one currency.
func costs(d *data.Data, in TimelineInput, p *data.Pathway, cr *data.Credential, fee *data.Fact) Costs {
	var c Costs
	if !in.SchoolingDone {
		part := CostPart{Label: p.Name, Range: p.Cost, Source: p.Source, AsOf: p.AsOf}
		if p.Cost == nil {
			part.Unknown = p.CostUnknown
			if part.Unknown == "" {
				part.Unknown = "The data gives no cost for this program."
			}
		}
		c.Parts = append(c.Parts, part)
	}
	if !in.Certified {
		switch {
		case cr == nil:
			c.Parts = append(c.Parts, CostPart{Label: "Exam fee", Unknown: "The data names no exam after this pathway."})
		case fee == nil:
			c.Parts = append(c.Parts, CostPart{Label: cr.Abbr + " exam fee", Unknown: "The data gives no fee for the " + cr.Abbr + " exam."})
		default:
			part := CostPart{Label: cr.Abbr + " exam fee", Note: fee.Value, Source: fee.Source, AsOf: fee.AsOf}
			if amounts := data.DollarAmounts(fee.Value); len(amounts) > 0 {
				// The fees are written in dollars; the data's credentials are
				// all American.
				r := data.PayRange{Currency: "USD", Min: amounts[0], Max: amounts[0]}
				for _, a := range amounts[1:] {
					r.Min, r.Max = min(r.Min, a), max(r.Max, a)
				}
				part.Range = &r
			} else {
				part.Unknown = "The data gives the fee only in words: " + fee.Value
			}
			c.Parts = append(c.Parts, part)
		}
	}
	if len(c.Parts) == 0 {
		c.Text = "Nothing is left to pay for on this route: your program and your exam are done."
		return c
	}
	total := data.PayRange{Currency: c.Parts[0].currency()}
	for _, part := range c.Parts {
		if part.Range == nil {
			c.Text = "The total is not known: " + part.Label + " has no figure in the data."
			return c
		}
		if part.Range.Currency != total.Currency {
			c.Text = "The total is not known: the costs are in different currencies."
			return c
		}
		total.Min += part.Range.Min
		total.Max += part.Range.Max
		total.OpenEnded = total.OpenEnded || part.Range.OpenEnded
	}
	c.Total = &total
	c.Text = MoneyRange(d, total) + " in total."
	return c
}

func (p CostPart) currency() string {
	if p.Range == nil {
		return ""
	}
	return p.Range.Currency
}

// MoneyRange writes a range of money, or one amount when both ends agree.
func MoneyRange(d *data.Data, r data.PayRange) string {
	sym := salary.Symbol(d, r.Currency)
	if r.Min == r.Max && !r.OpenEnded {
		return salary.Format(r.Min, sym)
	}
	return salary.FormatRange(r, sym)
}
