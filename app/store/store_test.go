package store

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

var day = time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)

// sample is a state with something in every part.
func sample() State {
	return State{
		Progress: Progress{
			Stage:            StageKnowledge,
			Current:          17,
			KnowledgeCurrent: 3,
			Answers: map[string]Answer{
				"edu-training": {Choice: 2, At: day.Add(time.Minute)},
				"cert-rhit":    {Choice: 0, At: day.Add(2 * time.Minute)},
			},
			Knowledge:         map[string]Answer{"k-phi": {Choice: 1, At: day.Add(9 * time.Minute)}},
			Started:           day,
			Finished:          day.Add(8 * time.Minute),
			KnowledgeFinished: time.Time{},
		},
		History: []Attempt{
			{ID: "a1", Date: day.Add(-48 * time.Hour), Overall: 41, Areas: map[string]int{"coding": 20, "privacy": 62}, Level: 1},
			{ID: "a2", Date: day, Overall: 58, Areas: map[string]int{"coding": 45}, Level: 2, KnowledgeCorrect: 9, KnowledgeAnswered: 14, Careless: true},
		},
		Plan: []PlanEntry{
			{ID: "step-1", Text: "Finish an accredited HIT program", Status: Done, Updated: day},
			{ID: "gap-coding", Text: "Learn coding.", Status: Doing, Updated: day, Target: NewMonth(2026, time.January), Note: "Sample cases & <CPT> book"},
			{ID: "step-2", Text: "Get certified", Updated: day, Note: "Ask about the fee"},
		},
		Timeline: TimelineChoice{Pace: PartTime, Start: NewMonth(2025, time.September), Pathway: "associate-degree"},
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	want := sample()
	b := Encode(want)
	if !bytes.HasPrefix(b, []byte(`{"version":`+strconv.Itoa(Version)+`,`)) {
		t.Errorf("encoded state does not lead with its version: %.40s", b)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the state:\n got %+v\nwant %+v", got, want)
	}
	if empty, err := Decode(Encode(State{})); err != nil || !reflect.DeepEqual(empty, State{}) {
		t.Errorf("empty state round trip = %+v, %v", empty, err)
	}
}

func TestDecodeNothingSavedIsAFreshState(t *testing.T) {
	for _, in := range []string{"", "  \n"} {
		s, err := Decode([]byte(in))
		if err != nil || !reflect.DeepEqual(s, State{}) {
			t.Errorf("Decode(%q) = %+v, %v", in, s, err)
		}
	}
}

func TestDecodeMigratesVersion1(t *testing.T) {
	v1 := `{"version":1,"current":4,"answers":{"edu-training":2,"cert-rhit":1},"started":"2025-05-01T10:00:00Z","finished":"2025-05-01T10:06:00Z",
		"scores":[{"date":"2025-05-01","overall":44,"areas":{"coding":30}}],"done":["step-1","gap-coding"]}`
	s, err := Decode([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	if s.MigratedFrom != 1 {
		t.Errorf("MigratedFrom = %d, want 1", s.MigratedFrom)
	}
	p := s.Progress
	if p.Current != 4 || p.Answers["edu-training"].Choice != 2 || p.Answers["cert-rhit"].Choice != 1 || p.Stage != StageResult {
		t.Errorf("progress not migrated: %+v", p)
	}
	if len(s.History) != 1 || s.History[0].Overall != 44 || s.History[0].Areas["coding"] != 30 || s.History[0].ID == "" {
		t.Errorf("history not migrated: %+v", s.History)
	}
	if s.StatusOf("step-1") != Done || s.StatusOf("gap-coding") != Done || s.StatusOf("step-2") != ToDo {
		t.Errorf("plan not migrated: %+v", s.Plan)
	}
	// Saved again, it is the current version and reads back the same.
	again, err := Decode(Encode(s))
	if err != nil || !bytes.Contains(Encode(s), []byte(`"version":`+strconv.Itoa(Version))) {
		t.Fatalf("migrated state does not save as version %d: %v", Version, err)
	}
	s.MigratedFrom = 0
	if !reflect.DeepEqual(again, s) {
		t.Errorf("migrated state changed on saving:\n got %+v\nwant %+v", again, s)
	}
	// A version 1 state without its version number is recognised by its keys.
	if s, err := Decode([]byte(`{"current":2,"answers":{"a":1}}`)); err != nil || s.MigratedFrom != 1 || s.Progress.Current != 2 {
		t.Errorf("unversioned v1 = %+v, %v", s, err)
	}
}

func TestDecodeKeepsWhatItCanRead(t *testing.T) {
	full := string(Encode(sample()))
	tests := []struct {
		name string
		in   string
		// problems each must appear in the error.
		problems []string
		check    func(t *testing.T, s State)
	}{
		{
			name:     "garbage",
			in:       "this is not JSON at all",
			problems: []string{"saved data: is not in a format this app can read"},
			check:    func(t *testing.T, s State) { mustEqual(t, s, State{}) },
		},
		{
			name:     "a JSON list instead of an object",
			in:       `[1,2,3]`,
			problems: []string{"is not in a format this app can read"},
		},
		{
			name:     "truncated in the plan",
			in:       full[:strings.Index(full, `"gap-coding"`)+5],
			problems: []string{"plan: is cut off after 1 entry; those were kept"},
			check: func(t *testing.T, s State) {
				if len(s.History) != 2 || s.Progress.Current != 17 || len(s.Plan) != 1 || s.StatusOf("step-1") != Done {
					t.Errorf("lost readable parts: %+v", s)
				}
			},
		},
		{
			name:     "truncated in the middle of the answers",
			in:       full[:strings.Index(full, `"edu-training"`)+8],
			problems: []string{"answers: is cut off"},
			check: func(t *testing.T, s State) {
				if s.Progress.Stage != StageKnowledge || s.Progress.Current != 17 || len(s.Progress.Answers) != 1 {
					t.Errorf("progress before the cut was lost: %+v", s.Progress)
				}
			},
		},
		{
			name:     "truncated in a scalar",
			in:       `{"version":2,"progress":{"current":1`,
			problems: []string{"quiz progress: is cut off"},
			check: func(t *testing.T, s State) {
				if s.Progress.Current != 1 {
					t.Errorf("current = %d, want 1", s.Progress.Current)
				}
			},
		},
		{
			name:     "damaged between fields",
			in:       `{"version":2,"history":[] ,, "plan":[]}`,
			problems: []string{"saved data: is damaged after “history”"},
		},
		{
			name: "wrong types",
			in: `{"version":2,"progress":{"stage":7,"current":"three","answers":{"a":{"choice":"two"},"b":1,"c":{"choice":1}}},
				"history":[{"date":"2025-01-01T00:00:00Z","overall":"high"},{"date":"2025-02-01T00:00:00Z","overall":50,"areas":{"coding":"low","privacy":70}}],
				"plan":{"step-1":"done"}}`,
			problems: []string{
				"quiz progress, stage: should be text but is the number \"7\"",
				"quiz progress, current question: should be a whole number but is text",
				"answers, question “a”, choice: should be a whole number but is text",
				"history entry 1, overall score: should be a whole number but is text",
				"history entry 1: has no readable date or overall score, so it was left out",
				"history entry 2, area scores, “coding”: should be a whole number",
				"plan: should be a list but is a group of fields",
			},
			check: func(t *testing.T, s State) {
				if len(s.Progress.Answers) != 2 || s.Progress.Answers["b"].Choice != 1 || s.Progress.Answers["c"].Choice != 1 {
					t.Errorf("readable answers lost: %+v", s.Progress.Answers)
				}
				if len(s.History) != 1 || s.History[0].Overall != 50 || s.History[0].Areas["privacy"] != 70 {
					t.Errorf("readable history lost: %+v", s.History)
				}
			},
		},
		{
			name: "values out of range",
			in: `{"version":2,"progress":{"current":-1,"stage":"dancing","answers":{"a":500}},
				"history":[{"date":"2025-01-01T00:00:00Z","overall":140},{"date":"not a date","overall":5},{"date":"2025-01-02T00:00:00Z","overall":5,"knowledgeCorrect":9,"knowledgeAnswered":2}],
				"plan":[{"id":"step-2","status":"finished"},{"status":"done"}]}`,
			problems: []string{
				"current question: -1 is out of range",
				`stage: "dancing" is not a stage`,
				"question “a”: 500 is out of range",
				"history entry 1, overall score: 140 is out of range",
				`history entry 2, date: "not a date" is not a date and time`,
				"history entry 3, knowledge check: has more right answers than answers",
				`plan item 1, status: "finished" is not to do, doing, done or skipped; it was set back to to do`,
				"plan item 2: has no id",
			},
			check: func(t *testing.T, s State) {
				if len(s.History) != 1 || s.History[0].KnowledgeAnswered != 0 {
					t.Errorf("history = %+v", s.History)
				}
				if len(s.Plan) != 1 || s.Plan[0].ID != "step-2" || s.Plan[0].Status != ToDo {
					t.Errorf("plan = %+v", s.Plan)
				}
			},
		},
		{
			name:     "newer version",
			in:       `{"version":7,"plan":[{"id":"step-1","status":"done"}],"hologram":{}}`,
			problems: []string{"saved by a newer version of the app (schema 7)"},
			check: func(t *testing.T, s State) {
				if s.StatusOf("step-1") != Done {
					t.Errorf("plan lost: %+v", s.Plan)
				}
			},
		},
		{
			name:     "version of the wrong type",
			in:       `{"version":"two","plan":[{"id":"step-1","status":"done"}]}`,
			problems: []string{"version: should be a whole number but is text"},
			check: func(t *testing.T, s State) {
				if s.StatusOf("step-1") != Done {
					t.Errorf("plan lost: %+v", s.Plan)
				}
			},
		},
		{
			name:     "time out of range after moving to UTC",
			in:       `{"version":2,"progress":{"started":"0000-01-01T00:00:00+01:00"}}`,
			problems: []string{"start time: \"0000-01-01T00:00:00+01:00\" is out of range"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode([]byte(tt.in))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v, want a *DecodeError", err)
			}
			msg := err.Error()
			for _, p := range tt.problems {
				if !strings.Contains(msg, p) {
					t.Errorf("error lacks %q:\n%s", p, msg)
				}
			}
			if tt.check != nil {
				tt.check(t, s)
			}
			// Whatever was kept saves and reads back without problems.
			if _, err := Decode(Encode(s)); err != nil {
				t.Errorf("the kept state does not read back: %v", err)
			}
		})
	}
}

func mustEqual(t *testing.T, got, want State) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestEveryTruncationKeepsAPrefixAndSaysSo(t *testing.T) {
	full := Encode(sample())
	for n := 1; n < len(full); n++ {
		s, err := Decode(full[:n])
		if err == nil {
			t.Fatalf("cut at %d of %d: no error", n, len(full))
		}
		if len(s.History) > 2 || len(s.Plan) > 3 {
			t.Fatalf("cut at %d: invented entries", n)
		}
	}
}

func TestStateMethods(t *testing.T) {
	var s State
	s.Progress.Answer("q1", 2, day)
	if s.Progress.Stage != StageSelf || !s.Progress.Started.Equal(day) || s.Progress.Answers["q1"].Choice != 2 {
		t.Errorf("answering did not start the attempt: %+v", s.Progress)
	}
	s.Progress.Answer("q1", 3, day.Add(time.Minute))
	if !s.Progress.Started.Equal(day) || s.Progress.Answers["q1"].Choice != 3 {
		t.Errorf("changing an answer: %+v", s.Progress)
	}
	s.Progress.AnswerKnowledge("k1", 0, day)
	if Choices(s.Progress.Knowledge)["k1"] != 0 || len(Choices(s.Progress.Answers)) != 1 {
		t.Errorf("choices = %v", Choices(s.Progress.Answers))
	}

	s.SaveAttempt(Attempt{ID: "b", Date: day, Overall: 50})
	s.SaveAttempt(Attempt{ID: "a", Date: day.Add(-time.Hour), Overall: 40})
	s.SaveAttempt(Attempt{ID: "b", Date: day, Overall: 55})
	if len(s.History) != 2 || s.History[0].ID != "a" || s.Latest().Overall != 55 {
		t.Errorf("history = %+v", s.History)
	}
	for i := 0; i < MaxHistory+5; i++ {
		s.SaveAttempt(Attempt{ID: string(rune('A' + i)), Date: day.Add(time.Duration(i) * time.Hour)})
	}
	if len(s.History) != MaxHistory {
		t.Errorf("history grew to %d", len(s.History))
	}

	if s.StatusOf("x") != ToDo {
		t.Errorf("unknown item is not to do")
	}
	s.SetStatus("x", "Do x", Doing, day)
	s.SetStatus("x", "", Done, day)
	if s.StatusOf("x") != Done || len(s.Plan) != 1 || s.Plan[0].Text != "Do x" {
		t.Errorf("plan = %+v", s.Plan)
	}
	s.RestartQuiz()
	if len(s.Progress.Answers) != 0 || len(s.Plan) != 1 || len(s.History) != MaxHistory {
		t.Errorf("restart lost more than the progress")
	}
	if empty := (&State{}); empty.Latest() != nil {
		t.Errorf("empty history has a latest attempt")
	}
	for _, st := range Statuses {
		if st.Label() == "" || !st.valid() {
			t.Errorf("status %q", st)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	s := sample()
	for i := 0; i < 20; i++ {
		s.SaveAttempt(Attempt{ID: string(rune('a' + i)), Date: day.Add(time.Duration(i) * time.Hour), Overall: i, Areas: map[string]int{"coding": i, "privacy": i}})
	}
	enc := Encode(s)
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	s := sample()
	b.ReportAllocs()
	for b.Loop() {
		Encode(s)
	}
}
