package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var made = time.Date(2025, 6, 2, 18, 45, 0, 0, time.UTC)

func encodeBackup(t *testing.T, b Backup) []byte {
	t.Helper()
	raw, err := EncodeBackup(b)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestBackupRoundTrip(t *testing.T) {
	raw := encodeBackup(t, NewBackup(sample(), made))
	if !bytes.HasPrefix(raw, []byte("{\n  \"kind\": \"hitcoach-backup\",\n  \"version\": 1,")) {
		t.Errorf("the file does not lead with its kind and version:\n%.80s", raw)
	}
	if !json.Valid(raw) {
		t.Fatalf("the file is not JSON:\n%s", raw)
	}
	got, err := DecodeBackup(raw)
	if err != nil {
		t.Fatalf("a backup this build wrote is refused: %v", err)
	}
	want, _ := Decode(Encode(sample()))
	if !reflect.DeepEqual(got.State, want) {
		t.Errorf("the state came back as\n%+v\nwant\n%+v", got.State, want)
	}
	if !got.Made.Equal(made) {
		t.Errorf("made %v, want %v", got.Made, made)
	}
	if again := encodeBackup(t, got); !bytes.Equal(again, raw) {
		t.Errorf("writing a read backup again changed it:\n%s\n%s", raw, again)
	}
	if got := BackupFileName(made); got != "hit-career-coach-backup-2025-06-02.json" {
		t.Errorf("file name %q", got)
	}
}

// A backup from a newer build may carry parts this build has no use for:
// they are kept as they are, written back unchanged, and named.
func TestBackupKeepsPartsItCannotRead(t *testing.T) {
	b := NewBackup(sample(), made)
	b.Parts = map[string]Part{
		"resume":    {Version: 3, Data: json.RawMessage(`{"name": "Sam", "lines": ["a", "b"]}`)},
		"interview": {Version: 1, Data: json.RawMessage(`[1, 2]`)},
	}
	raw := encodeBackup(t, b)
	got, err := DecodeBackup(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Parts) != 2 || got.Parts["resume"].Version != 3 || string(got.Parts["resume"].Data) != `{"name":"Sam","lines":["a","b"]}` {
		t.Errorf("parts came back as %+v", got.Parts)
	}
	if again := encodeBackup(t, got); !bytes.Equal(again, raw) {
		t.Errorf("the parts changed on the way through:\n%s\n%s", raw, again)
	}
	if s := got.Summary(); !reflect.DeepEqual(s.Parts, []string{"interview", "resume"}) {
		t.Errorf("the summary names %q", s.Parts)
	}
	for _, bad := range []map[string]Part{
		{"Not a name!": {Version: 1, Data: json.RawMessage(`1`)}},
		{"resume": {Version: 0, Data: json.RawMessage(`1`)}},
		{"resume": {Version: 1, Data: json.RawMessage(`{`)}},
	} {
		if _, err := EncodeBackup(Backup{Parts: bad}); err == nil {
			t.Errorf("wrote a backup with the part %+v", bad)
		}
	}
}

// An older backup restores into this build: its state is migrated as saved
// data is.
func TestAnOlderStateInABackupIsMigrated(t *testing.T) {
	raw := `{"kind":"hitcoach-backup","version":1,"state":{"version":1,"current":4,"answers":{"a":2},"scores":[{"date":"2025-05-01","overall":44}],"done":["step-1"]}}`
	got, err := DecodeBackup([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got.State.MigratedFrom != 1 || got.State.Progress.Answers["a"].Choice != 2 || len(got.State.History) != 1 || got.State.StatusOf("step-1") != Done {
		t.Errorf("the version-1 state came back as %+v", got.State)
	}
	if !got.Made.IsZero() {
		t.Errorf("a backup with no date has date %v", got.Made)
	}
}

func TestBackupRefusals(t *testing.T) {
	good := string(encodeBackup(t, NewBackup(sample(), made)))
	envelope := func(state string) string {
		return `{"kind":"hitcoach-backup","version":1,"made":"2025-06-02T18:45:00Z","state":` + state + `}`
	}
	for _, c := range []struct {
		name, file, reason, mentions string
	}{
		{"empty", "", ReasonEmpty, ""},
		{"blank", " \n\t", ReasonEmpty, ""},
		{"too big", `{"kind":"hitcoach-backup","pad":"` + strings.Repeat("x", MaxBackupSize) + `"}`, ReasonTooBig, ""},
		{"not JSON", "Dear diary,", ReasonForeign, ""},
		{"a picture", "\x89PNG\r\n\x1a\n", ReasonForeign, ""},
		{"a list", `[1,2]`, ReasonForeign, ""},
		{"saved data, not a backup", string(Encode(sample())), ReasonForeign, ""},
		{"another app's file", `{"kind":"other-backup","version":1,"state":{}}`, ReasonForeign, ""},
		{"a kind that is no text", `{"kind":7}`, ReasonForeign, ""},
		{"cut off", good[:len(good)/2], ReasonCutOff, ""},
		{"text after the end", good + `{"more":1}`, ReasonDamaged, ""},
		{"a newer backup", strings.Replace(good, `"version": 1,`, `"version": 2,`, 1), ReasonTooNew, ""},
		{"a newer saved state", envelope(`{"version":9,"history":[]}`), ReasonTooNew, ""},
		{"no version", `{"kind":"hitcoach-backup","state":{}}`, ReasonDamaged, "backup version"},
		{"version zero", `{"kind":"hitcoach-backup","version":0,"state":{}}`, ReasonDamaged, "backup version"},
		{"version in words", `{"kind":"hitcoach-backup","version":"one","state":{}}`, ReasonDamaged, "backup version"},
		{"no state", `{"kind":"hitcoach-backup","version":1}`, ReasonDamaged, "saved data: is missing"},
		{"a state that is a list", envelope(`[]`), ReasonDamaged, "saved data: should be a group of fields but is a list"},
		{"a bad date", strings.Replace(good, `"made": "2025-06-02T18:45:00Z"`, `"made": "yesterday"`, 1), ReasonDamaged, `backup date: "yesterday" is not a date and time`},
		{"a date that is a number", `{"kind":"hitcoach-backup","version":1,"made":5,"state":{}}`, ReasonDamaged, "backup date: should be text"},
		{"a damaged attempt", envelope(`{"version":2,"history":[{"date":"soon","overall":40}]}`), ReasonDamaged, "history entry 1"},
		{"a damaged plan item", envelope(`{"version":2,"plan":[{"id":"step-1","status":"finished"}]}`), ReasonDamaged, `plan item 1, status: "finished"`},
		{"parts that are a list", `{"kind":"hitcoach-backup","version":1,"state":{},"parts":[]}`, ReasonDamaged, "other saved parts"},
		{"a part with a strange name", `{"kind":"hitcoach-backup","version":1,"state":{},"parts":{"<b>x</b>":{"version":1,"data":1}}}`, ReasonDamaged, "has a name no version of the app gives"},
		{"a part with no version", `{"kind":"hitcoach-backup","version":1,"state":{},"parts":{"resume":{"data":1}}}`, ReasonDamaged, "has no version"},
		{"a part with no data", `{"kind":"hitcoach-backup","version":1,"state":{},"parts":{"resume":{"version":1}}}`, ReasonDamaged, "has no data"},
		{"a part that is text", `{"kind":"hitcoach-backup","version":1,"state":{},"parts":{"resume":"hello"}}`, ReasonDamaged, "is not a version and data"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := DecodeBackup([]byte(c.file))
			var be *BackupError
			if !errors.As(err, &be) {
				t.Fatalf("got error %v, want a *BackupError", err)
			}
			if be.Reason != c.reason {
				t.Errorf("reason %q, want %q (%v)", be.Reason, c.reason, err)
			}
			if !strings.Contains(err.Error(), c.mentions) {
				t.Errorf("the error %q does not mention %q", err, c.mentions)
			}
			if !reflect.DeepEqual(got, Backup{}) {
				t.Errorf("a refused backup still returned %+v", got)
			}
		})
	}
}

// However a backup is cut off, it is refused, never restored in part.
func TestEveryCutOffBackupIsRefused(t *testing.T) {
	b := NewBackup(sample(), made)
	b.Parts = map[string]Part{"resume": {Version: 1, Data: json.RawMessage(`{"a":[1,2,3]}`)}}
	good := bytes.TrimSpace(encodeBackup(t, b))
	for n := 0; n < len(good); n++ {
		_, err := DecodeBackup(good[:n])
		var be *BackupError
		if !errors.As(err, &be) {
			t.Fatalf("cut off after %d bytes: error %v, want a refusal\n%s", n, err, good[:n])
		}
		switch be.Reason {
		case ReasonEmpty, ReasonForeign, ReasonCutOff:
		default:
			t.Errorf("cut off after %d bytes: reason %q", n, be.Reason)
		}
	}
}

func TestSummary(t *testing.T) {
	b := NewBackup(sample(), made)
	b.Parts = map[string]Part{"resume": {Version: 1, Data: json.RawMessage(`{}`)}}
	s := b.Summary()
	if s.QuizAnswers != 2 || s.PracticeAnswers != 1 || s.Attempts != 2 || !s.Latest.Equal(day) || s.Plan[Done] != 1 || s.Plan[Doing] != 1 {
		t.Errorf("summary %+v", s)
	}
	want := []string{
		"Made on 2 June 2025.",
		"A quiz under way: 2 answers and 1 practice answer.",
		"2 finished quizzes, the latest on 1 June 2025.",
		"Plan steps: 1 done, 1 doing.",
		"Also saved, but this version of the app cannot restore it: resume.",
	}
	if got := s.Lines(time.UTC); !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
	// Dates are the reader's: 18:45 in London is the next day in Sydney.
	sydney := time.FixedZone("AEST", 10*3600)
	if got := s.Lines(sydney)[0]; got != "Made on 3 June 2025." {
		t.Errorf("in Sydney: %q", got)
	}

	// What a backup will replace: the data saved now, which has no date.
	now := Summarize(State{Plan: []PlanEntry{{ID: "step-2", Status: Skipped}, {ID: "step-3", Status: ToDo}}})
	want = []string{"No finished quizzes.", "Plan steps: 1 skipped, 1 to do."}
	if got := now.Lines(time.UTC); !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
	// The job kit is saved data too: a backup that holds only it is not
	// "Nothing saved", and clearing the data loses it.
	kit := Summarize(State{
		Resume:    Resume{Name: "Ana"},
		Letters:   []CoverLetter{{ID: "a"}, {ID: "b"}},
		Interview: Interview{Answers: map[string]InterviewAnswer{"q1": {Text: "I like order."}, "q2": {Text: " "}}},
	})
	want = []string{"No finished quizzes.", "No plan steps marked.", "Job kit: a resume, 2 cover letters, 1 interview answer."}
	if got := kit.Lines(time.UTC); kit.Empty() || !reflect.DeepEqual(got, want) {
		t.Errorf("a job kit alone: empty %v, lines\n%q\nwant\n%q", kit.Empty(), got, want)
	}
	if empty := Summarize(State{}); !empty.Empty() || !reflect.DeepEqual(empty.Lines(time.UTC), []string{"Nothing saved."}) {
		t.Errorf("an empty state: %+v, %q", empty, empty.Lines(time.UTC))
	}
	one := Summarize(State{History: []Attempt{{ID: "x", Date: day, Overall: 50}}, Progress: Progress{Knowledge: map[string]Answer{"k": {}}}})
	want = []string{"Practice questions under way: 1 answer.", "1 finished quiz, the latest on 1 June 2025.", "No plan steps marked."}
	if got := one.Lines(time.UTC); !reflect.DeepEqual(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
}

func TestBackupErrorSaysWhatIsDamaged(t *testing.T) {
	_, err := DecodeBackup([]byte(`{"kind":"hitcoach-backup","version":1,"state":{"version":2,"history":[{"date":"soon","overall":40}]}}`))
	want := `This backup is damaged, so it cannot be restored. history entry 1, date: "soon" is not a date and time; history entry 1: has no readable date or overall score, so it was left out.`
	if err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
