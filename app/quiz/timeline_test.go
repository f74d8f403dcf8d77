package quiz

import (
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

func month(y int, m time.Month) store.Month { return store.NewMonth(y, m) }

func timelineIn(pathway string, start store.Month, pace store.Pace) TimelineInput {
	return TimelineInput{TimelineChoice: store.TimelineChoice{Pathway: pathway, Start: start, Pace: pace}}
}

func milestone(t *testing.T, tp TimelinePlan, k MilestoneKind) Milestone {
	t.Helper()
	for _, m := range tp.Milestones {
		if m.Kind == k {
			return m
		}
	}
	t.Fatalf("no %s milestone in %+v", k, tp.Milestones)
	return Milestone{}
}

func TestTimelineAssociateDegree(t *testing.T) {
	q, c, d := realData(t)
	tp := Timeline(q, d, c, timelineIn("associate-degree", month(2025, time.September), store.FullTime))
	if tp.Missing != "" || tp.Credential == nil || tp.Credential.ID != "rhit" || tp.Assumptions == "" {
		t.Fatalf("timeline = %+v", tp)
	}
	var kinds []string
	for _, m := range tp.Milestones {
		kinds = append(kinds, string(m.Kind)+" "+m.When())
	}
	want := []string{"program-start September 2025", "program-end August 2027", "applications August 2027", "exam September 2027 to December 2027"}
	if strings.Join(kinds, "; ") != strings.Join(want, "; ") {
		t.Errorf("milestones\n %q\nwant\n %q", kinds, want)
	}
	end := milestone(t, tp, ProgramEnd)
	p := tp.Pathway
	if end.Source != p.Source || end.AsOf != p.AsOf || end.Source == "" || !strings.Contains(end.Detail, "24 months") {
		t.Errorf("program end is not cited: %+v", end)
	}
	exam := milestone(t, tp, ExamTaken)
	window := tp.Credential.FactLabelled("Time to sit the exam once approved")
	if exam.Source != window.Source || exam.AsOf != window.AsOf || !strings.Contains(exam.Detail, "120 calendar days") || !strings.Contains(exam.Detail, "4 months") {
		t.Errorf("exam = %+v", exam)
	}

	// The cost is the program's range plus the exam fee's, each cited, and
	// the figures are the data's.
	fee := tp.Credential.FactLabelled("Exam fee")
	if len(tp.Cost.Parts) != 2 {
		t.Fatalf("cost parts = %+v", tp.Cost.Parts)
	}
	prog, exfee := tp.Cost.Parts[0], tp.Cost.Parts[1]
	if *prog.Range != *p.Cost || prog.Source != p.Source || prog.AsOf != p.AsOf {
		t.Errorf("program cost = %+v, data %+v", prog, p.Cost)
	}
	if exfee.Range.Min != 229 || exfee.Range.Max != 299 || exfee.Source != fee.Source || exfee.AsOf != fee.AsOf || exfee.Note != fee.Value {
		t.Errorf("exam fee = %+v, data %+v", exfee, fee)
	}
	if tot := tp.Cost.Total; tot == nil || tot.Min != p.Cost.Min+229 || tot.Max != p.Cost.Max+299 || tp.Cost.Text != "US$10,229–US$30,299 in total." {
		t.Errorf("total = %+v %q", tot, tp.Cost.Text)
	}
}

func TestTimelinePartTimeAndYearWrap(t *testing.T) {
	q, c, d := realData(t)
	if q.Timeline.PartTimePercent != 200 {
		t.Fatalf("part-time percentage %d; the expectations below assume 200", q.Timeline.PartTimePercent)
	}
	// 24 months part time are 48: from September 2025 to August 2029.
	tp := Timeline(q, d, c, timelineIn("associate-degree", month(2025, time.September), store.PartTime))
	if end := milestone(t, tp, ProgramEnd); end.From != month(2029, time.August) || end.To != month(2029, time.August) || !strings.Contains(end.Detail, "Part time, this app counts 48 months") || !tp.PartTime {
		t.Errorf("part-time end = %+v", end)
	}
	// The certificate takes 6 to 18 months; from November, the end wraps
	// into the next year. Part time it is 12 to 36 months.
	tp = Timeline(q, d, c, timelineIn("certificate-or-online-course", month(2025, time.November), store.FullTime))
	if end := milestone(t, tp, ProgramEnd); end.When() != "April 2026 to April 2027" {
		t.Errorf("certificate end = %s", end.When())
	}
	if exam := milestone(t, tp, ExamTaken); exam.When() != "May 2026 to August 2027" || tp.Credential.ID != "cca" {
		t.Errorf("certificate exam = %s (%s)", exam.When(), tp.Credential.ID)
	}
	if tp.Cost.Text != "US$2,199–US$10,299 in total." {
		t.Errorf("certificate cost %q", tp.Cost.Text)
	}
	tp = Timeline(q, d, c, timelineIn("certificate-or-online-course", month(2025, time.November), store.PartTime))
	if end := milestone(t, tp, ProgramEnd); end.When() != "October 2026 to October 2028" {
		t.Errorf("part-time certificate end = %s", end.When())
	}
	// December plus one month is January of the next year.
	tp = Timeline(q, d, c, TimelineInput{TimelineChoice: store.TimelineChoice{Pathway: "associate-degree", Start: month(2025, time.December)}, SchoolingDone: true})
	if exam := milestone(t, tp, ExamTaken); exam.When() != "December 2025 to March 2026" {
		t.Errorf("exam with the program done = %s", exam.When())
	}
}

func TestTimelineFromWhereTheStudentIs(t *testing.T) {
	q, c, d := realData(t)
	in := timelineIn("associate-degree", month(2026, time.January), store.FullTime)
	in.SchoolingDone = true
	tp := Timeline(q, d, c, in)
	if len(tp.Milestones) != 2 || tp.Milestones[0].Kind != FirstJobs || tp.Milestones[0].When() != "January 2026" || !strings.Contains(tp.Milestones[0].Detail, "apply now") {
		t.Errorf("program done: %+v", tp.Milestones)
	}
	if len(tp.Cost.Parts) != 1 || tp.Cost.Text != "US$229–US$299 in total." {
		t.Errorf("program done, cost %+v %q", tp.Cost.Parts, tp.Cost.Text)
	}
	in.Certified = true
	tp = Timeline(q, d, c, in)
	if len(tp.Milestones) != 1 || len(tp.Cost.Parts) != 0 || tp.Cost.Total != nil || !strings.Contains(tp.Cost.Text, "Nothing is left to pay") {
		t.Errorf("all done: %+v %+v", tp.Milestones, tp.Cost)
	}

	if tp := Timeline(q, d, c, timelineIn("", month(2026, time.January), "")); tp.Missing == "" || len(tp.Milestones) != 0 {
		t.Errorf("no pathway: %+v", tp)
	}
	if tp := Timeline(q, d, c, timelineIn("apprenticeship", month(2026, time.January), "")); tp.Missing == "" {
		t.Errorf("unknown pathway: %+v", tp)
	}
	tp = Timeline(q, d, c, timelineIn("associate-degree", 0, ""))
	if !strings.Contains(tp.Missing, "month you can start") || len(tp.Milestones) != 0 || tp.Cost.Total == nil {
		t.Errorf("no start month: the cost is known without dates: %+v", tp)
	}
}

// A career whose data lacks a length and a cost: the timeline says so and
// invents nothing.
func TestTimelineMissingFigures(t *testing.T) {
	q, _, d := realData(t)
	c := &data.Career{Slug: "x", Pathways: []data.Pathway{
		{ID: "evening-course", Name: "Evening course", CostUnknown: "The source gives no cost.", Source: "s", AsOf: "2024"},
		{ID: "short-course", Name: "Short course", MonthsMin: 3, MonthsMax: 3, Cost: &data.PayRange{Currency: "USD", Min: 500, Max: 500}, Source: "s", AsOf: "2024"},
	}}
	quiz := *q
	quiz.Timeline.Routes = []data.TimelineRoute{{Pathway: "short-course", Credential: "cpc", FeeFact: "No such fact"}}

	tp := Timeline(&quiz, d, c, timelineIn("evening-course", month(2025, time.March), store.FullTime))
	end := milestone(t, tp, ProgramEnd)
	if end.Dated() || end.When() != "Date not known" || !strings.Contains(end.Detail, "no length") {
		t.Errorf("undated end = %+v", end)
	}
	for _, k := range []MilestoneKind{FirstJobs, ExamTaken} {
		if m := milestone(t, tp, k); m.Dated() {
			t.Errorf("%s dated without a program length: %+v", k, m)
		}
	}
	if tp.Credential != nil || tp.Cost.Total != nil || tp.Cost.Parts[0].Unknown != "The source gives no cost." || !strings.Contains(tp.Cost.Text, "not known") {
		t.Errorf("unknown cost = %+v", tp.Cost)
	}
	if ex := tp.Cost.Parts[1]; ex.Range != nil || !strings.Contains(ex.Unknown, "names no exam") {
		t.Errorf("exam fee without an exam = %+v", ex)
	}

	// A three-month course of one price is one month's range, and an exam
	// whose fee fact is missing leaves the total unknown.
	tp = Timeline(&quiz, d, c, timelineIn("short-course", month(2025, time.March), store.FullTime))
	if end := milestone(t, tp, ProgramEnd); end.When() != "May 2025" {
		t.Errorf("short course ends %s", end.When())
	}
	if exam := milestone(t, tp, ExamTaken); exam.When() != "June 2025" || exam.Source != "" {
		t.Errorf("exam without a window = %+v", exam)
	}
	if tp.Cost.Total != nil || !strings.Contains(tp.Cost.Parts[1].Unknown, "no fee for the CPC exam") || !strings.Contains(tp.Cost.Text, "CPC exam fee has no figure") {
		t.Errorf("fee unknown = %+v", tp.Cost)
	}
	// With the program done, only the exam is left: one figure.
	quiz.Timeline.Routes[0].FeeFact = "Exam fee, as reported"
	in := timelineIn("short-course", month(2025, time.March), store.FullTime)
	in.SchoolingDone = true
	if tp := Timeline(&quiz, d, c, in); tp.Cost.Text != "US$399–US$499 in total." {
		t.Errorf("CPC fee = %q", tp.Cost.Text)
	}
}

func TestStretchAndDollars(t *testing.T) {
	for _, tt := range []struct {
		months, pct int
		part        bool
		want        int
	}{
		{24, 200, true, 48}, {24, 200, false, 24}, {6, 150, true, 9}, {7, 150, true, 11}, {1, 100, true, 1},
	} {
		if got := stretch(tt.months, tt.pct, tt.part); got != tt.want {
			t.Errorf("stretch(%d, %d, %v) = %d, want %d", tt.months, tt.pct, tt.part, got, tt.want)
		}
	}
	if got := MoneyRange(data.MustLoad(), data.PayRange{Currency: "USD", Min: 500, Max: 500}); got != "US$500" {
		t.Errorf("one amount = %q", got)
	}
}

// The timeline starts from where the plan stands: its first step is the
// program and its second the exam, as the data's pre-marks have them.
func TestTimelineInputFromThePlan(t *testing.T) {
	q, c, _ := realData(t)
	if SchoolingStep != StepItemID(1) || ExamStep != StepItemID(2) || !strings.Contains(c.Steps[0].Title, "program") || !strings.Contains(c.Steps[1].Title, "certified") {
		t.Fatalf("steps 1 and 2 are %q and %q", c.Steps[0].Title, c.Steps[1].Title)
	}
	pre := map[string]string{}
	for _, p := range q.PreMarks {
		pre[StepItemID(p.Step)] = p.Why
	}
	if !strings.Contains(pre[SchoolingStep], "program") || !strings.Contains(pre[ExamStep], "RHIT") {
		t.Errorf("the data's pre-marks %v do not mark the program and the exam as steps 1 and 2", pre)
	}
	choice := store.TimelineChoice{Pathway: "associate-degree"}
	for _, tc := range []struct {
		done              []string
		schooling, passed bool
	}{
		{nil, false, false},
		{[]string{SchoolingStep}, true, false},
		{[]string{ExamStep}, false, true},
		{[]string{SchoolingStep, ExamStep, StepItemID(3)}, true, true},
	} {
		in := NewTimelineInput(choice, func(id string) store.Status {
			for _, d := range tc.done {
				if d == id {
					return store.Done
				}
			}
			return store.Doing
		})
		if in.TimelineChoice != choice || in.SchoolingDone != tc.schooling || in.Certified != tc.passed {
			t.Errorf("done %v: %+v", tc.done, in)
		}
	}
}
