package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Problem is one part of the saved data that could not be read, in words a
// person can follow.
type Problem struct {
	// Where names the part, such as "history entry 3, overall score".
	Where string
	Issue string
}

func (p Problem) String() string { return p.Where + ": " + p.Issue }

// DecodeError lists the parts of the saved data that could not be read. The
// state returned with it holds everything else.
type DecodeError struct {
	Problems []Problem
}

func (e *DecodeError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	n := len(e.Problems)
	word := "problems"
	if n == 1 {
		word = "problem"
	}
	return fmt.Sprintf("saved data: %d %s: %s", n, word, strings.Join(parts, "; "))
}

// Limits on saved values; anything outside them is damage, not data.
const (
	maxIndex  = 999
	maxChoice = 99
	maxLevel  = 10
	maxCount  = 1000
	// maxIDLength bounds a plan item or pathway id; real ones are under 40.
	maxIDLength = 60
)

// Decode reads saved state of any schema version. It never gives up on the
// whole because of a part: it returns every part it could read, and a
// *DecodeError naming each part it could not. Empty input is a fresh state.
func Decode(b []byte) (State, error) {
	d := &decoder{}
	s := d.state(b)
	if len(d.problems) > 0 {
		return s, &DecodeError{Problems: d.problems}
	}
	return s, nil
}

type decoder struct {
	problems []Problem
}

func (d *decoder) fail(where, format string, args ...any) {
	d.problems = append(d.problems, Problem{Where: where, Issue: fmt.Sprintf(format, args...)})
}

// member is one member of a JSON object. A partial member is the one the
// data was cut off or damaged in; its value is whatever of it there is.
type member struct {
	key     string
	value   json.RawMessage
	partial bool
}

var errNotObject = errors.New("not a JSON object")
var errNotList = errors.New("not a JSON list")

// members splits a JSON object into its members. When the object is cut off
// or damaged, it returns the members before the damage, then the damaged
// one marked partial, and the error.
func members(raw []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errNotObject
	}
	var ms []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ms, err
		}
		key, _ := tok.(string)
		start := dec.InputOffset()
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			rest := bytes.TrimSpace(raw[start:])
			rest = bytes.TrimSpace(bytes.TrimPrefix(rest, []byte(":")))
			ms = append(ms, member{key: key, value: rest, partial: true})
			return ms, err
		}
		ms = append(ms, member{key: key, value: v})
	}
	if _, err := dec.Token(); err != nil {
		return ms, err
	}
	return ms, nil
}

// elements splits a JSON list into its elements, stopping at the first
// damaged one.
func elements(raw []byte) ([]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, errNotList
	}
	var els []json.RawMessage
	for dec.More() {
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return els, err
		}
		els = append(els, v)
	}
	if _, err := dec.Token(); err != nil {
		return els, err
	}
	return els, nil
}

// kindOf names the kind of JSON value raw starts with.
func kindOf(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch c := raw[0]; {
	case c == '{':
		return "a group of fields"
	case c == '[':
		return "a list"
	case c == '"':
		return "text"
	case c == 't' || c == 'f':
		return "true or false"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "the number " + strconv.Quote(string(firstToken(raw)))
	}
	return "unreadable characters"
}

func firstToken(raw []byte) []byte {
	end := bytes.IndexAny(raw, ",}] \t\r\n")
	if end < 0 {
		end = len(raw)
	}
	if end > 20 {
		end = 20
	}
	return raw[:end]
}

// damage describes how a stream of JSON broke off.
func damage(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "is cut off"
	}
	return "is damaged"
}

func (d *decoder) state(b []byte) State {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return State{}
	}
	ms, err := members(b)
	if errors.Is(err, errNotObject) {
		d.fail("saved data", "is not in a format this app can read, so none of it could be used")
		return State{}
	}
	fields := map[string]member{}
	for _, m := range ms {
		fields[m.key] = m
	}
	if err != nil && (len(ms) == 0 || !ms[len(ms)-1].partial) {
		after := "at its start"
		if len(ms) > 0 {
			after = "after “" + ms[len(ms)-1].key + "”"
		}
		d.fail("saved data", "%s %s; everything before that was kept", damage(err), after)
	}

	version := 0
	if m, ok := fields["version"]; ok {
		if v, ok := d.integer("version", m, 1, 1<<30); ok {
			version = v
		}
	}
	if version == 0 {
		// Version 1 had no nested progress; its keys give it away.
		version = Version
		for _, k := range []string{"current", "answers", "scores", "done"} {
			if _, ok := fields[k]; ok {
				version = 1
			}
		}
	}
	if version > Version {
		d.fail("version", "the data was saved by a newer version of the app (schema %d) and was read as version %d, so newer parts may be missing", version, Version)
		version = Version
	}
	if version == 1 {
		s := d.v1(fields)
		s.MigratedFrom = 1
		return s
	}
	// Versions 3 and 4 only added parts, so versions 2 and 3 read as
	// version 4 without them; nothing is changed, so nothing is reported as
	// migrated.
	s := d.v3(fields)
	d.jobKit(fields, &s)
	return s
}

// history reads a list of past attempts, keeping every readable one.
func (d *decoder) history(name string, m member) []Attempt {
	var out []Attempt
	for i, raw := range d.list(name, m) {
		if a, ok := d.attempt(fmt.Sprintf("history entry %d", i+1), raw); ok {
			out = append(out, a)
		}
	}
	return out
}

func (d *decoder) v3(f map[string]member) State {
	var s State
	if m, ok := f["progress"]; ok {
		s.Progress = d.progress(m)
	}
	if m, ok := f["history"]; ok {
		s.History = d.history("history", m)
	}
	if m, ok := f["plan"]; ok {
		for i, raw := range d.list("plan", m) {
			if e, ok := d.planEntry(fmt.Sprintf("plan item %d", i+1), raw); ok {
				s.Plan = append(s.Plan, e)
			}
		}
	}
	if m, ok := f["timeline"]; ok {
		s.Timeline = d.timeline(m)
	}
	return s
}

func (d *decoder) timeline(m member) TimelineChoice {
	var t TimelineChoice
	for _, f := range d.object("timeline", m) {
		switch f.key {
		case "pace":
			if v, ok := d.text("timeline, pace", f); ok {
				if p := Pace(v); p.valid() {
					t.Pace = p
				} else {
					d.fail("timeline, pace", "%q is neither full-time nor part-time; choose again", truncate(v, 20))
				}
			}
		case "start":
			t.Start, _ = d.month("timeline, start month", f)
		case "pathway":
			if v, ok := d.text("timeline, pathway", f); ok {
				if v == "" || (len(v) <= maxIDLength && isAreaID(v)) {
					t.Pathway = v
				} else {
					d.fail("timeline, pathway", "%q is not a pathway id; choose again", truncate(v, 20))
				}
			}
		}
	}
	return t
}

func (d *decoder) month(where string, m member) (Month, bool) {
	s, ok := d.text(where, m)
	if !ok {
		return 0, false
	}
	mo, err := ParseMonth(s)
	if err != nil {
		d.fail(where, "%q %v", truncate(s, 20), err)
		return 0, false
	}
	return mo, true
}

// note reads a plan note. One longer than a note may be is damage; its
// start is kept.
func (d *decoder) note(where string, m member) string {
	s, ok := d.text(where, m)
	if !ok {
		return ""
	}
	s = CleanNote(s)
	if r := []rune(s); len(r) > MaxNoteLength {
		d.fail(where, "is %d characters long, more than the %d a note may have; the first %d were kept", len(r), MaxNoteLength, MaxNoteLength)
		s = string(r[:MaxNoteLength])
	}
	return s
}

func (d *decoder) progress(m member) Progress {
	var p Progress
	for _, f := range d.object("quiz progress", m) {
		switch f.key {
		case "stage":
			if v, ok := d.text("quiz progress, stage", f); ok {
				if st := Stage(v); st.valid() {
					p.Stage = st
				} else {
					d.fail("quiz progress, stage", "%q is not a stage of the quiz", v)
				}
			}
		case "current":
			p.Current, _ = d.integer("quiz progress, current question", f, 0, maxIndex)
		case "knowledgeCurrent":
			p.KnowledgeCurrent, _ = d.integer("quiz progress, current practice question", f, 0, maxIndex)
		case "answers":
			p.Answers = d.answers("answers", f)
		case "knowledge":
			p.Knowledge = d.answers("practice answers", f)
		case "started":
			p.Started, _ = d.when("quiz progress, start time", f)
		case "finished":
			p.Finished, _ = d.when("quiz progress, finish time", f)
		case "knowledgeFinished":
			p.KnowledgeFinished, _ = d.when("quiz progress, knowledge check finish time", f)
		}
	}
	if p.Stage == StageIntro && len(p.Answers) > 0 {
		p.Stage = StageSelf
	}
	return p
}

func (d *decoder) answers(where string, m member) map[string]Answer {
	out := map[string]Answer{}
	for _, f := range d.object(where, m) {
		at := where + ", question “" + f.key + "”"
		var a Answer
		var ok bool
		if first(f.value) == '{' {
			hasChoice := false
			for _, p := range d.object(at, f) {
				switch p.key {
				case "choice":
					hasChoice = true
					a.Choice, ok = d.integer(at+", choice", p, 0, maxChoice)
				case "at":
					a.At, _ = d.when(at+", time", p)
				}
			}
			if !hasChoice {
				d.fail(at, "has no choice; the question will be asked again")
			}
		} else {
			a.Choice, ok = d.integer(at, f, 0, maxChoice)
		}
		if ok {
			out[f.key] = a
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (d *decoder) attempt(where string, raw json.RawMessage) (Attempt, bool) {
	var a Attempt
	hasDate, hasOverall := false, false
	for _, f := range d.object(where, member{value: raw}) {
		switch f.key {
		case "id":
			a.ID, _ = d.text(where+", id", f)
		case "date":
			a.Date, hasDate = d.when(where+", date", f)
			hasDate = hasDate && !a.Date.IsZero()
		case "overall":
			a.Overall, hasOverall = d.integer(where+", overall score", f, 0, 100)
		case "areas":
			a.Areas = d.scores(where+", area scores", f)
		case "level":
			a.Level, _ = d.integer(where+", level", f, 0, maxLevel)
		case "knowledgeCorrect":
			a.KnowledgeCorrect, _ = d.integer(where+", knowledge check", f, 0, maxCount)
		case "knowledgeAnswered":
			a.KnowledgeAnswered, _ = d.integer(where+", knowledge check", f, 0, maxCount)
		case "careless":
			a.Careless, _ = d.flag(where+", careless", f)
		case "imported":
			a.Imported, _ = d.flag(where+", imported", f)
		}
	}
	if !hasDate || !hasOverall {
		d.fail(where, "has no readable date or overall score, so it was left out")
		return a, false
	}
	if a.KnowledgeCorrect > a.KnowledgeAnswered {
		d.fail(where+", knowledge check", "has more right answers than answers; the knowledge check was left out")
		a.KnowledgeCorrect, a.KnowledgeAnswered = 0, 0
	}
	if a.ID == "" {
		a.ID = formatTime(a.Date)
	}
	return a, true
}

func (d *decoder) scores(where string, m member) map[string]int {
	out := map[string]int{}
	for _, f := range d.object(where, m) {
		if v, ok := d.integer(where+", “"+f.key+"”", f, 0, 100); ok {
			out[f.key] = v
		}
	}
	return out
}

func (d *decoder) planEntry(where string, raw json.RawMessage) (PlanEntry, bool) {
	var e PlanEntry
	for _, f := range d.object(where, member{value: raw}) {
		switch f.key {
		case "id":
			e.ID, _ = d.text(where+", id", f)
		case "text":
			e.Text, _ = d.text(where+", text", f)
		case "status":
			if v, ok := d.text(where+", status", f); ok {
				if st := Status(v); st == "" || st.valid() {
					e.Status = st
				} else {
					e.Status = ToDo
					d.fail(where+", status", "%q is not to do, doing, done or skipped; it was set back to to do", v)
				}
			}
		case "updated":
			e.Updated, _ = d.when(where+", time", f)
		case "target":
			e.Target, _ = d.month(where+", target month", f)
		case "note":
			e.Note = d.note(where+", note", f)
		}
	}
	if e.ID == "" {
		d.fail(where, "has no id, so it cannot be matched to your plan and was left out")
		return e, false
	}
	return e, true
}

// v1 is the schema before the progress was grouped: answers were bare choice
// indexes, the history was "scores" and the plan a list of done item ids.
func (d *decoder) v1(f map[string]member) State {
	var s State
	p := &s.Progress
	if m, ok := f["current"]; ok {
		p.Current, _ = d.integer("current question", m, 0, maxIndex)
	}
	if m, ok := f["answers"]; ok {
		p.Answers = d.answers("answers", m)
	}
	if m, ok := f["started"]; ok {
		p.Started, _ = d.when("start time", m)
	}
	if m, ok := f["finished"]; ok {
		p.Finished, _ = d.when("finish time", m)
	}
	switch {
	case !p.Finished.IsZero():
		p.Stage = StageResult
	case len(p.Answers) > 0 || !p.Started.IsZero():
		p.Stage = StageSelf
	}
	if m, ok := f["scores"]; ok {
		s.History = d.history("scores", m)
	}
	if m, ok := f["done"]; ok {
		for i, raw := range d.list("done plan items", m) {
			if id, ok := d.text(fmt.Sprintf("done plan item %d", i+1), member{value: raw}); ok && id != "" {
				s.Plan = append(s.Plan, PlanEntry{ID: id, Status: Done})
			}
		}
	}
	return s
}

// object reads the members of an object value, reporting a value of
// another kind or one that is cut off.
func (d *decoder) object(where string, m member) []member {
	ms, err := members(m.value)
	switch {
	case errors.Is(err, errNotObject):
		d.fail(where, "should be a group of fields but is %s; it was left out", kindOf(m.value))
		return nil
	case err != nil:
		d.fail(where, "%s; the parts before that were kept", damage(err))
	}
	return ms
}

// list reads the elements of a list value, reporting a value of another
// kind or one that is cut off.
func (d *decoder) list(where string, m member) []json.RawMessage {
	els, err := elements(m.value)
	switch {
	case errors.Is(err, errNotList):
		d.fail(where, "should be a list but is %s; it was left out", kindOf(m.value))
		return nil
	case err != nil:
		d.fail(where, "%s after %d %s; those were kept", damage(err), len(els), pluralEntries(len(els)))
	}
	return els
}

func pluralEntries(n int) string {
	if n == 1 {
		return "entry"
	}
	return "entries"
}

func (d *decoder) integer(where string, m member, min, max int) (int, bool) {
	if m.partial {
		d.fail(where, "is cut off")
		return 0, false
	}
	var v int
	if err := json.Unmarshal(m.value, &v); err != nil {
		d.fail(where, "should be a whole number but is %s", kindOf(m.value))
		return 0, false
	}
	if v < min || v > max {
		d.fail(where, "%d is out of range (%d to %d)", v, min, max)
		return 0, false
	}
	return v, true
}

func (d *decoder) text(where string, m member) (string, bool) {
	if m.partial {
		d.fail(where, "is cut off")
		return "", false
	}
	var v string
	if err := json.Unmarshal(m.value, &v); err != nil {
		d.fail(where, "should be text but is %s", kindOf(m.value))
		return "", false
	}
	return v, true
}

func (d *decoder) flag(where string, m member) (bool, bool) {
	if m.partial {
		d.fail(where, "is cut off")
		return false, false
	}
	var v bool
	if err := json.Unmarshal(m.value, &v); err != nil {
		d.fail(where, "should be true or false but is %s", kindOf(m.value))
		return false, false
	}
	return v, true
}

// when reads a time; an empty string is the zero time.
func (d *decoder) when(where string, m member) (time.Time, bool) {
	s, ok := d.text(where, m)
	if !ok {
		return time.Time{}, false
	}
	if s == "" {
		return time.Time{}, true
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		// Version 1 saved days without a time.
		if t, err = time.Parse(time.DateOnly, s); err != nil {
			d.fail(where, "%q is not a date and time", truncate(s, 40))
			return time.Time{}, false
		}
	}
	t = t.UTC()
	// A time that cannot be written back is no time at all.
	if y := t.Year(); y < 1 || y > 9999 {
		d.fail(where, "%q is out of range", truncate(s, 40))
		return time.Time{}, false
	}
	return t, true
}

func first(raw []byte) byte {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return 0
	}
	return raw[0]
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
