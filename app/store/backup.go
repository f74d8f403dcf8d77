package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// A backup is a file of everything the app saved, for the student to keep:
// browsers clear what a site saved by their own rules, and a student may
// change devices. The share link shows a result; the backup keeps it all.
//
// The file is JSON, so it reads in any text editor:
//
//	{
//	  "kind": "hitcoach-backup",
//	  "version": 1,
//	  "about": "…",
//	  "made": "2025-05-02T10:00:00Z",
//	  "state": { the saved state, exactly as Encode writes it },
//	  "parts": { "resume": {"version": 1, "data": …} }
//	}
//
// "kind" tells a backup from any other file. "version" is the version of
// this envelope, raised only for a change an older app could not read
// safely. What joins the saved state (plan notes, target months, a
// timeline) comes along in "state", which carries its own schema version
// and is migrated as saved data is. What the app keeps beside the state
// (a resume, interview answers) goes in "parts", each with a version of
// its own; "parts" may be missing.
//
// Restoring is all or nothing: a backup that is damaged anywhere, foreign
// or too new is refused, and the caller changes nothing.

const (
	// BackupKind marks a backup file.
	BackupKind = "hitcoach-backup"
	// BackupVersion is the envelope version this build writes and reads.
	BackupVersion = 1
	// MaxBackupSize bounds what DecodeBackup reads: a backup of the largest
	// history and plan is tens of kilobytes; a bigger file is something else.
	MaxBackupSize = 1 << 20
	// maxParts bounds the parts of a backup, for the same reason.
	maxParts = 50
)

// backupAbout is written into every backup for a person who opens the file.
const backupAbout = "A backup of what you saved in HIT Career Coach: your quiz answers, results and plan. Keep this file; the app can restore everything from it."

// Backup is what a backup file holds.
type Backup struct {
	// Made is when the backup was saved; zero when the file does not say.
	Made  time.Time
	State State
	// Parts are the saved parts kept beside the state, by name. This build
	// has none of its own: it keeps those of a newer build unread, so they
	// are written back unchanged, and names them in the summary.
	Parts map[string]Part
}

// Part is one saved part kept beside the state, with its own version.
type Part struct {
	Version int
	Data    json.RawMessage
}

// NewBackup is a backup of s made at made.
func NewBackup(s State, made time.Time) Backup {
	return Backup{Made: made, State: s}
}

// BackupFileName is the name a backup made at made is saved under.
func BackupFileName(made time.Time) string {
	return "hit-career-coach-backup-" + made.UTC().Format(time.DateOnly) + ".json"
}

type wireBackup struct {
	Kind    string              `json:"kind"`
	Version int                 `json:"version"`
	About   string              `json:"about"`
	Made    string              `json:"made,omitempty"`
	State   json.RawMessage     `json:"state"`
	Parts   map[string]wirePart `json:"parts,omitempty"`
}

type wirePart struct {
	Version int             `json:"version"`
	Data    json.RawMessage `json:"data"`
}

// partName is what a part may be called: short, and plain enough to show:
// a lower-case letter, then at most 39 lower-case letters, digits and
// hyphens. A loop, not a regexp: compiling one ran at every start of the
// app, in its first and longest task.
func partName(name string) bool {
	if len(name) == 0 || len(name) > 40 || name[0] < 'a' || name[0] > 'z' {
		return false
	}
	for i := 1; i < len(name); i++ {
		c := name[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// EncodeBackup writes a backup file. It fails only on a part that is not
// valid JSON or is badly named, which no decoded backup has.
func EncodeBackup(b Backup) ([]byte, error) {
	w := wireBackup{
		Kind: BackupKind, Version: BackupVersion, About: backupAbout,
		Made:  formatTime(b.Made),
		State: Encode(b.State),
	}
	if len(b.Parts) > 0 {
		w.Parts = make(map[string]wirePart, len(b.Parts))
		for name, p := range b.Parts {
			if !partName(name) || p.Version < 1 || !json.Valid(p.Data) {
				return nil, fmt.Errorf("backup part %q cannot be written", name)
			}
			w.Parts[name] = wirePart(p)
		}
	}
	raw, err := json.Marshal(w)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	json.Indent(&out, raw, "", "  ")
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// BackupError says why a file cannot be restored.
type BackupError struct {
	// Reason is one sentence a student can read.
	Reason string
	// Problems are the damaged parts of the saved state inside, if that is
	// why.
	Problems []Problem
}

func (e *BackupError) Error() string {
	if len(e.Problems) == 0 {
		return e.Reason
	}
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return e.Reason + " " + strings.Join(parts, "; ") + "."
}

// The reasons a file is refused, in the words the app shows.
const (
	ReasonEmpty   = "This file is empty, so it is not a backup."
	ReasonTooBig  = "This file is too big to be a backup from HIT Career Coach."
	ReasonForeign = "This file is not a backup from HIT Career Coach."
	ReasonDamaged = "This backup is damaged, so it cannot be restored."
	ReasonTooNew  = "This backup comes from a newer version of the app. Open the app while online so it can update, then try again."
	ReasonCutOff  = "This backup is cut off, so it cannot be restored."
)

// DecodeBackup reads a backup file. Unlike the saved state, a backup is
// read all or nothing: on any damage, or a file that is not a backup, or
// one from a newer app, it returns a *BackupError and an empty Backup, so
// nothing can be replaced with part of one.
func DecodeBackup(b []byte) (Backup, error) {
	out, err := decodeBackup(b)
	if err != nil {
		return Backup{}, err
	}
	return out, nil
}

func decodeBackup(b []byte) (Backup, error) {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
		return Backup{}, &BackupError{Reason: ReasonEmpty}
	case len(b) > MaxBackupSize:
		return Backup{}, &BackupError{Reason: ReasonTooBig}
	}
	ms, err := members(b)
	fields := map[string]member{}
	for _, m := range ms {
		fields[m.key] = m
	}
	kind, ok := fields["kind"]
	var k string
	if !ok || kind.partial || json.Unmarshal(kind.value, &k) != nil || k != BackupKind {
		return Backup{}, &BackupError{Reason: ReasonForeign}
	}
	// A backup, then; any flaw in it is damage. (The saved state's decoder
	// reads past what follows the closing brace; a backup may not have it.)
	if err != nil && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)) {
		return Backup{}, &BackupError{Reason: ReasonCutOff}
	}
	if err != nil || !json.Valid(b) {
		return Backup{}, &BackupError{Reason: ReasonDamaged}
	}
	damaged := func(where, issue string) error {
		return &BackupError{Reason: ReasonDamaged, Problems: []Problem{{Where: where, Issue: issue}}}
	}

	var version int
	if m, ok := fields["version"]; !ok || json.Unmarshal(m.value, &version) != nil || version < 1 {
		return Backup{}, damaged("backup version", "is missing or not a whole number above zero")
	}
	if version > BackupVersion {
		return Backup{}, &BackupError{Reason: ReasonTooNew}
	}

	var out Backup
	if m, ok := fields["made"]; ok {
		var s string
		if json.Unmarshal(m.value, &s) != nil {
			return Backup{}, damaged("backup date", "should be text but is "+kindOf(m.value))
		}
		if s != "" {
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil || t.Year() < 1 || t.Year() > 9999 {
				return Backup{}, damaged("backup date", fmt.Sprintf("%q is not a date and time", truncate(s, 40)))
			}
			out.Made = t.UTC()
		}
	}

	m, ok := fields["state"]
	if !ok {
		return Backup{}, damaged("saved data", "is missing")
	}
	if first(m.value) != '{' {
		return Backup{}, damaged("saved data", "should be a group of fields but is "+kindOf(m.value))
	}
	if newer := stateVersion(m.value); newer > Version {
		return Backup{}, &BackupError{Reason: ReasonTooNew}
	}
	s, err := Decode(m.value)
	if err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			return Backup{}, &BackupError{Reason: ReasonDamaged, Problems: de.Problems}
		}
		return Backup{}, &BackupError{Reason: ReasonDamaged}
	}
	out.State = s

	if m, ok := fields["parts"]; ok {
		parts, err := decodeParts(m.value)
		if err != nil {
			return Backup{}, err
		}
		out.Parts = parts
	}
	return out, nil
}

// stateVersion is the schema version a saved state declares, or 0.
func stateVersion(raw []byte) int {
	var v struct {
		Version int `json:"version"`
	}
	json.Unmarshal(raw, &v)
	return v.Version
}

func decodeParts(raw []byte) (map[string]Part, error) {
	damaged := func(where, issue string) error {
		return &BackupError{Reason: ReasonDamaged, Problems: []Problem{{Where: where, Issue: issue}}}
	}
	ms, err := members(raw)
	if errors.Is(err, errNotObject) {
		if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			return nil, nil
		}
		return nil, damaged("other saved parts", "should be a group of fields but is "+kindOf(raw))
	}
	if err != nil {
		return nil, damaged("other saved parts", damage(err))
	}
	if len(ms) > maxParts {
		return nil, damaged("other saved parts", fmt.Sprintf("there are %d, more than a backup ever holds", len(ms)))
	}
	parts := map[string]Part{}
	for _, m := range ms {
		where := "saved part “" + truncate(m.key, 40) + "”"
		if !partName(m.key) {
			return nil, damaged(where, "has a name no version of the app gives")
		}
		var p struct {
			Version *int            `json:"version"`
			Data    json.RawMessage `json:"data"`
		}
		if first(m.value) != '{' || json.Unmarshal(m.value, &p) != nil {
			return nil, damaged(where, "is not a version and data")
		}
		if p.Version == nil || *p.Version < 1 {
			return nil, damaged(where, "has no version")
		}
		if p.Data == nil {
			return nil, damaged(where, "has no data")
		}
		var compact bytes.Buffer
		json.Compact(&compact, p.Data)
		parts[m.key] = Part{Version: *p.Version, Data: compact.Bytes()}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return parts, nil
}

// Summary says what saved data holds, so a person can see what a backup
// brings and what it will replace before anything changes.
type Summary struct {
	// Made is when the backup was made; zero for the data saved now.
	Made time.Time
	// QuizAnswers and PracticeAnswers count the answers of the quiz under
	// way.
	QuizAnswers, PracticeAnswers int
	// Attempts counts the finished quizzes in the history; Latest is the
	// date of the newest.
	Attempts int
	Latest   time.Time
	// Plan counts the plan items by status.
	Plan map[Status]int
	// Resume, Letters and InterviewAnswers say what the job kit holds: a
	// resume begun, cover letters, and interview answers written.
	Resume           bool
	Letters          int
	InterviewAnswers int
	// Parts names the saved parts this version of the app cannot restore.
	Parts []string
}

// Summarize says what a saved state holds.
func Summarize(s State) Summary {
	sum := Summary{
		QuizAnswers:     len(s.Progress.Answers),
		PracticeAnswers: len(s.Progress.Knowledge),
		Attempts:        len(s.History),
		Plan:            map[Status]int{},
	}
	for _, a := range s.History {
		if a.Date.After(sum.Latest) {
			sum.Latest = a.Date
		}
	}
	for _, e := range s.Plan {
		sum.Plan[e.Status]++
	}
	sum.Resume = !s.Resume.IsEmpty()
	sum.Letters = len(s.Letters)
	for _, a := range s.Interview.Answers {
		if strings.TrimSpace(a.Text) != "" {
			sum.InterviewAnswers++
		}
	}
	return sum
}

// Summary says what the backup holds.
func (b Backup) Summary() Summary {
	sum := Summarize(b.State)
	sum.Made = b.Made
	for name := range b.Parts {
		sum.Parts = append(sum.Parts, name)
	}
	sort.Strings(sum.Parts)
	return sum
}

// Empty is true when nothing is saved.
func (s Summary) Empty() bool {
	return s.QuizAnswers == 0 && s.PracticeAnswers == 0 && s.Attempts == 0 && len(s.Plan) == 0 && len(s.Parts) == 0 &&
		!s.Resume && s.Letters == 0 && s.InterviewAnswers == 0
}

// dateLayout is how the app writes a day, as the plan's history does.
const dateLayout = "2 January 2006"

// Lines says what the data holds in short sentences, dates in loc.
func (s Summary) Lines(loc *time.Location) []string {
	var lines []string
	if !s.Made.IsZero() {
		lines = append(lines, "Made on "+s.Made.In(loc).Format(dateLayout)+".")
	}
	if s.Empty() {
		return append(lines, "Nothing saved.")
	}
	switch {
	case s.QuizAnswers > 0 && s.PracticeAnswers > 0:
		lines = append(lines, fmt.Sprintf("A quiz under way: %s and %s.", count(s.QuizAnswers, "answer", "answers"), count(s.PracticeAnswers, "practice answer", "practice answers")))
	case s.QuizAnswers > 0:
		lines = append(lines, fmt.Sprintf("A quiz under way: %s.", count(s.QuizAnswers, "answer", "answers")))
	case s.PracticeAnswers > 0:
		lines = append(lines, fmt.Sprintf("Practice questions under way: %s.", count(s.PracticeAnswers, "answer", "answers")))
	}
	switch {
	case s.Attempts == 0:
		lines = append(lines, "No finished quizzes.")
	case s.Latest.IsZero():
		lines = append(lines, count(s.Attempts, "finished quiz", "finished quizzes")+".")
	default:
		lines = append(lines, fmt.Sprintf("%s, the latest on %s.", count(s.Attempts, "finished quiz", "finished quizzes"), s.Latest.In(loc).Format(dateLayout)))
	}
	var plan []string
	for _, st := range []Status{Done, Doing, Skipped, ToDo} {
		if n := s.Plan[st]; n > 0 {
			plan = append(plan, fmt.Sprintf("%d %s", n, strings.ToLower(st.Label())))
		}
	}
	if len(plan) == 0 {
		lines = append(lines, "No plan steps marked.")
	} else {
		lines = append(lines, "Plan steps: "+strings.Join(plan, ", ")+".")
	}
	if kit := s.JobKit(); len(kit) > 0 {
		lines = append(lines, "Job kit: "+strings.Join(kit, ", ")+".")
	}
	if len(s.Parts) > 0 {
		lines = append(lines, "Also saved, but this version of the app cannot restore it: "+strings.Join(s.Parts, ", ")+".")
	}
	return lines
}

// JobKit names what the job kit holds, such as "a resume" and "2 cover
// letters", or nothing.
func (s Summary) JobKit() []string {
	var kit []string
	if s.Resume {
		kit = append(kit, "a resume")
	}
	if s.Letters > 0 {
		kit = append(kit, count(s.Letters, "cover letter", "cover letters"))
	}
	if s.InterviewAnswers > 0 {
		kit = append(kit, count(s.InterviewAnswers, "interview answer", "interview answers"))
	}
	return kit
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
