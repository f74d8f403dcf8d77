package ui

import (
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
)

// planLine is one plan item as it stands: its status, the person's own or
// the one the answers suggest, why the answers marked it, and the target
// month and note the person gave it.
type planLine struct {
	Item   quiz.PlanItem
	Status store.Status
	// PreMark says why the answers mark the item done, while the person has
	// chosen no status of their own; "" otherwise.
	PreMark string
	Target  store.Month
	Note    string
}

// planView is everything the plan shows of a saved state, and what its
// printed summary and its share link carry: the items from the latest
// result, each as it stands, the count of what is done and the dated
// timeline. The plan page, the result's printed summary and the share link
// all read it, so they agree.
type planView struct {
	Latest               *store.Attempt
	Gaps, Steps, Earlier []planLine
	Marks                quiz.PreMarks
	Count                store.PlanCount
	Timeline             quiz.TimelinePlan
}

// planItems are the checklist of a state: the latest result's gaps and the
// steps into the job, then anything marked earlier that the current list no
// longer has.
func planItems(s *store.State) (gaps, steps, earlier []quiz.PlanItem) {
	d := appData()
	var found []quiz.Gap
	if a := s.Latest(); a != nil {
		found = quiz.GapsFromScores(quizData(), d.Main(), d, a.Areas)
	}
	shown := map[string]bool{}
	for _, it := range quiz.Plan(d.Main(), found) {
		shown[it.ID] = true
		if it.FromGap {
			gaps = append(gaps, it)
		} else {
			steps = append(steps, it)
		}
	}
	for _, e := range s.Plan {
		// An entry with no status of its own holds only a target or a note.
		if shown[e.ID] || e.Status == store.ToDo || e.Status == "" {
			continue
		}
		text := e.Text
		if text == "" {
			text = "Plan item “" + e.ID + "”"
		}
		earlier = append(earlier, quiz.PlanItem{ID: e.ID, Text: text, Detail: "From an earlier result; it is no longer one of your gaps."})
	}
	return gaps, steps, earlier
}

// statusIn is an item's status in a state, with the answers' pre-marks.
func statusIn(s *store.State, marks quiz.PreMarks, id string) store.Status {
	fallback := store.ToDo
	if _, ok := marks[id]; ok {
		fallback = store.Done
	}
	return s.StatusOr(id, fallback)
}

// newPlanView builds the plan of a state. The answers are those of the
// attempt on the quiz page, finished or not: they pre-mark steps done.
func newPlanView(s *store.State) planView {
	v := planView{Latest: s.Latest(), Marks: quiz.PreMark(quizData(), store.Choices(s.Progress.Answers))}
	gaps, steps, earlier := planItems(s)
	line := func(it quiz.PlanItem) planLine {
		l := planLine{Item: it, Status: statusIn(s, v.Marks, it.ID)}
		e := s.Entry(it.ID)
		if why, ok := v.Marks[it.ID]; ok && (e == nil || e.Status == "") {
			l.PreMark = why
		}
		if e != nil {
			l.Target, l.Note = e.Target, e.Note
		}
		return l
	}
	for _, it := range gaps {
		v.Gaps = append(v.Gaps, line(it))
	}
	for _, it := range steps {
		v.Steps = append(v.Steps, line(it))
	}
	for _, it := range earlier {
		v.Earlier = append(v.Earlier, line(it))
	}
	v.Count = s.Count(v.ids(), v.Marks)
	v.Timeline = timelineOf(s.Timeline, func(id string) store.Status { return statusIn(s, v.Marks, id) })
	return v
}

// ids are the items the progress line counts and a share link carries: the
// gaps and the steps, not the earlier items.
func (v planView) ids() []string {
	var ids []string
	for _, l := range v.Gaps {
		ids = append(ids, l.Item.ID)
	}
	for _, l := range v.Steps {
		ids = append(ids, l.Item.ID)
	}
	return ids
}

// lines are the gaps and the steps, in the plan's order.
func (v planView) lines() []planLine {
	return append(append([]planLine(nil), v.Gaps...), v.Steps...)
}

// timelineOf lays out the main career's timeline for the choices made, from
// where the plan stands.
func timelineOf(choice store.TimelineChoice, status func(id string) store.Status) quiz.TimelinePlan {
	d := appData()
	return quiz.Timeline(quizData(), d, d.Main(), quiz.NewTimelineInput(choice, status))
}

// shared is what a share link carries of the latest result and this plan;
// nil before any result.
func (v planView) shared(s *store.State) *store.Shared {
	if v.Latest == nil {
		return nil
	}
	sh := v.Latest.Share()
	sh.Plan = s.SharedPlan(v.ids(), v.Marks)
	sh.Timeline = s.Timeline
	return &sh
}

// sharedPlanView is the plan a share link carries, as its reader sees it:
// the items of the shared result, each with the status, target and note
// the link gives (to do when it gives none; the link's statuses already
// hold the pre-marks), and the timeline from those.
func sharedPlanView(sh store.Shared) planView {
	s := store.State{History: []store.Attempt{sh.Attempt()}, Timeline: sh.Timeline}
	for _, it := range sh.Plan {
		s.Plan = append(s.Plan, store.PlanEntry{ID: it.ID, Status: it.Status, Target: it.Target, Note: it.Note})
	}
	return newPlanView(&s)
}
