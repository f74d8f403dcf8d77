package store

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	m := NewMonth(2025, time.November)
	if m.Year() != 2025 || m.Month() != time.November || m.String() != "2025-11" || m.Label() != "November 2025" {
		t.Errorf("month = %d %v %q %q", m.Year(), m.Month(), m.String(), m.Label())
	}
	for n, want := range map[int]string{0: "2025-11", 1: "2025-12", 2: "2026-01", 14: "2027-01", 26: "2028-01", -11: "2024-12", -23: "2023-12"} {
		if got := m.Add(n).String(); got != want {
			t.Errorf("November 2025 + %d months = %s, want %s", n, got, want)
		}
	}
	if MonthOf(time.Date(2024, 2, 29, 23, 0, 0, 0, time.UTC)) != NewMonth(2024, time.February) {
		t.Errorf("MonthOf")
	}
	if got := MonthRangeText(NewMonth(2027, time.August), NewMonth(2029, time.February)); got != "August 2027 to February 2029" {
		t.Errorf("range = %q", got)
	}
	if got := MonthRangeText(m, m); got != "November 2025" {
		t.Errorf("one-month range = %q", got)
	}
	var zero Month
	if !zero.IsZero() || zero.String() != "" || zero.Label() != "" {
		t.Errorf("zero month %q %q", zero.String(), zero.Label())
	}
}

func TestParseMonth(t *testing.T) {
	good := map[string]Month{"2025-09": NewMonth(2025, time.September), "1900-01": NewMonth(1900, time.January), "2999-12": NewMonth(2999, time.December), "": 0}
	for s, want := range good {
		got, err := ParseMonth(s)
		if err != nil || got != want || got.String() != s {
			t.Errorf("ParseMonth(%q) = %v (%q), %v", s, got, got.String(), err)
		}
	}
	for _, s := range []string{"2025-9", "2025-00", "2025-13", "25-09", "2025/09", "September", "1899-12", "3000-01", "+025-09", "2025-0x", "2025-09-01"} {
		if m, err := ParseMonth(s); err == nil {
			t.Errorf("ParseMonth(%q) = %v, want an error", s, m)
		}
	}
}

// A state saved by the version before targets, notes and the timeline.
const version2State = `{"version":2,"progress":{"stage":"result","current":17,"knowledgeCurrent":0,
	"answers":{"cert-rhit":{"choice":3,"at":"2025-05-01T10:01:00Z"}},"started":"2025-05-01T10:00:00Z","finished":"2025-05-01T10:06:00Z"},
	"history":[{"id":"2025-05-01T10:00:00Z","date":"2025-05-01T10:06:00Z","overall":58,"areas":{"coding":45},"level":1}],
	"plan":[{"id":"step-1","text":"Finish an accredited HIT program","status":"done","updated":"2025-05-02T08:00:00Z"},
		{"id":"gap-coding","text":"Learn coding.","status":"todo"}]}`

func TestDecodeVersion2(t *testing.T) {
	s, err := Decode([]byte(version2State))
	if err != nil {
		t.Fatal(err)
	}
	if s.MigratedFrom != 0 {
		t.Errorf("MigratedFrom = %d: version 2 needs no migration, so nothing should be announced", s.MigratedFrom)
	}
	if s.Progress.Answers["cert-rhit"].Choice != 3 || len(s.History) != 1 || s.History[0].Overall != 58 {
		t.Errorf("progress or history lost: %+v", s)
	}
	want := []PlanEntry{
		{ID: "step-1", Text: "Finish an accredited HIT program", Status: Done, Updated: time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)},
		{ID: "gap-coding", Text: "Learn coding.", Status: ToDo},
	}
	if !reflect.DeepEqual(s.Plan, want) || s.Timeline != (TimelineChoice{}) {
		t.Errorf("plan = %+v, timeline = %+v", s.Plan, s.Timeline)
	}
	// Saved again, it is the current version and reads back the same.
	enc := Encode(s)
	if !strings.HasPrefix(string(enc), `{"version":`+strconv.Itoa(Version)+`,`) {
		t.Errorf("saved as %.20s", enc)
	}
	again, err := Decode(enc)
	if err != nil || !reflect.DeepEqual(again, s) {
		t.Errorf("version 2 state changed on saving: %+v, %v", again, err)
	}
}

func TestDecodeDamagedPlanAdditions(t *testing.T) {
	in := `{"version":3,"plan":[{"id":"step-1","status":"done","target":"next spring","note":7},
		{"id":"step-2","target":"2026-02","note":"` + strings.Repeat("x", MaxNoteLength+10) + `"},
		{"id":"step-3","note":"two\nlines"}],
		"timeline":{"pace":"weekends","start":"2025-9","pathway":"Night School"}}`
	s, err := Decode([]byte(in))
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error %v, want a *DecodeError", err)
	}
	for _, p := range []string{
		`plan item 1, target month: "next spring" should be a month written as year and month, such as 2025-09`,
		"plan item 1, note: should be text but is the number",
		"plan item 2, note: is 150 characters long, more than the 140 a note may have; the first 140 were kept",
		`timeline, pace: "weekends" is neither full-time nor part-time`,
		`timeline, start month: "2025-9" should be a month`,
		`timeline, pathway: "Night School" is not a pathway id`,
	} {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error lacks %q:\n%s", p, err)
		}
	}
	if len(s.Plan) != 3 || s.StatusOf("step-1") != Done || s.Plan[1].Target != NewMonth(2026, time.February) || len(s.Plan[1].Note) != MaxNoteLength || s.Plan[2].Note != "two lines" {
		t.Errorf("readable parts lost: %+v", s.Plan)
	}
	if s.Plan[1].Status != "" || s.StatusOf("step-2") != ToDo {
		t.Errorf("an entry without a status got one: %+v", s.Plan[1])
	}
}

func TestPreMarkedStatusUntilChosen(t *testing.T) {
	var s State
	if s.StatusOr("step-2", Done) != Done {
		t.Errorf("a pre-marked item without an entry is not done")
	}
	// A target or a note makes an entry, but not a choice of status.
	s.SetTarget("step-2", "Get certified", NewMonth(2026, time.May), day)
	if err := s.SetNote("step-2", "", "Booked", day); err != nil {
		t.Fatal(err)
	}
	if s.StatusOr("step-2", Done) != Done || s.StatusOf("step-2") != ToDo {
		t.Errorf("a target or note changed the status: %+v", s.Plan)
	}
	// The person's own choice wins over the pre-mark.
	s.SetStatus("step-2", "", Doing, day)
	if s.StatusOr("step-2", Done) != Doing {
		t.Errorf("the chosen status does not win: %+v", s.Plan)
	}
	e := s.Entry("step-2")
	if e == nil || e.Text != "Get certified" || e.Target != NewMonth(2026, time.May) || e.Note != "Booked" || len(s.Plan) != 1 {
		t.Errorf("entry = %+v", s.Plan)
	}
	s.SetTarget("step-2", "", 0, day)
	if s.Entry("step-2").Target != 0 {
		t.Errorf("the zero month does not clear the target")
	}
}

func TestNotes(t *testing.T) {
	for in, want := range map[string]string{
		"  Ask  Ms Lee\r\nabout the\tfee  ": "Ask Ms Lee about the fee",
		"bell\u0007 and\u2028line":          "bell and line",
		"bad \xff byte":                     "bad \uFFFD byte",
		"<b>not markup</b> & more":          "<b>not markup</b> & more",
		"":                                  "",
	} {
		if got := CleanNote(in); got != want {
			t.Errorf("CleanNote(%q) = %q, want %q", in, got, want)
		}
		if CleanNote(CleanNote(in)) != CleanNote(in) {
			t.Errorf("CleanNote(%q) is not stable", in)
		}
	}
	var s State
	long := strings.Repeat("é", MaxNoteLength+1)
	err := s.SetNote("step-1", "", long, day)
	if err == nil || !strings.Contains(err.Error(), "141 characters long") || !strings.Contains(err.Error(), "shorten it by 1") {
		t.Errorf("too long a note: %v", err)
	}
	if len(s.Plan) != 0 {
		t.Errorf("a refused note was saved: %+v", s.Plan)
	}
	if err := s.SetNote("step-1", "", long[:len(long)-2], day); err != nil || s.Entry("step-1").Note == "" {
		t.Errorf("a note of %d characters was refused: %v", MaxNoteLength, err)
	}
}

func TestCount(t *testing.T) {
	var s State
	ids := []string{"gap-coding", "gap-ehr", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6"}
	pre := map[string]string{"step-1": "finished", "step-2": "RHIT"}
	if c := s.Count(ids, pre); c != (PlanCount{Done: 2, Total: 8}) || c.Text() != "2 of 8 done" || c.Percent() != 25 {
		t.Errorf("count with pre-marks = %+v %q %d", c, c.Text(), c.Percent())
	}
	s.SetStatus("step-2", "", Doing, day)
	s.SetStatus("gap-coding", "", Done, day)
	s.SetStatus("step-4", "", Skipped, day)
	s.SetStatus("gone", "", Done, day) // not in the plan any more
	if c := s.Count(ids, pre); c != (PlanCount{Done: 2, Total: 7}) || c.Text() != "2 of 7 done" {
		t.Errorf("count = %+v", c)
	}
	if c := (PlanCount{}); c.Percent() != 0 || c.Text() != "0 of 0 done" {
		t.Errorf("empty count %q %d", c.Text(), c.Percent())
	}
}

func TestScoresPassWhole(t *testing.T) {
	sc := Scores{Overall: 61, Areas: map[string]int{"coding": 50}, Level: 1, KnowledgeCorrect: 3, KnowledgeAnswered: 4, Careless: true}
	a := NewAttempt("x", day, sc)
	if a.ID != "x" || !a.Date.Equal(day) || !reflect.DeepEqual(a.Scores(), sc) {
		t.Errorf("attempt = %+v", a)
	}
	// Every field of Scores is one of Attempt's, so none is forgotten.
	st := reflect.TypeOf(sc)
	for i := 0; i < st.NumField(); i++ {
		f, ok := reflect.TypeOf(a).FieldByName(st.Field(i).Name)
		if !ok || f.Type != st.Field(i).Type {
			t.Errorf("Attempt lacks the score field %s", st.Field(i).Name)
		}
		if reflect.ValueOf(a).FieldByName(f.Name).IsZero() {
			t.Errorf("NewAttempt does not copy %s", f.Name)
		}
	}
	if sh := a.Share(); !reflect.DeepEqual(sh.Scores, sc) || !sh.Attempt().Imported || !reflect.DeepEqual(sh.Attempt().Scores(), sc) {
		t.Errorf("shared scores = %+v", sh)
	}
}
