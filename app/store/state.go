// Package store keeps the quiz progress, the attempt history and the plan
// that the app saves in the browser, and the share links that carry a
// result. Saved data outlives app updates and can be damaged, so decoding
// keeps every part it can read and says clearly what it could not. It has
// no go-app import, so it is tested natively.
package store

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Version is the schema version this build writes. Older versions are
// migrated when read. Version 3 added plan targets and notes and the
// timeline choice; a version 2 state reads as a version 3 one without them.
// Version 4 added the job kit (resume, cover letters, interview practice),
// and versions 2 and 3 read as version 4 without it.
const Version = 4

// Storage keys in the browser's local storage.
const (
	// Key holds the state.
	Key = "hitcoach.state"
	// DamagedKey keeps a copy of saved data that could not be read in full,
	// so that nothing is thrown away before the person decides.
	DamagedKey = "hitcoach.state.damaged"
)

// MaxHistory bounds the attempt history; the oldest attempts go first.
const MaxHistory = 50

// Stage is where a person is in the quiz.
type Stage string

const (
	StageIntro     Stage = ""
	StageSelf      Stage = "self"
	StageResult    Stage = "result"
	StageKnowledge Stage = "knowledge"
)

func (s Stage) valid() bool {
	switch s {
	case StageIntro, StageSelf, StageResult, StageKnowledge:
		return true
	}
	return false
}

// Answer is one chosen answer and when it was given.
type Answer struct {
	Choice int
	At     time.Time
}

// Progress is the attempt under way.
type Progress struct {
	Stage Stage
	// Current is the index of the self-assessment question on screen, and
	// KnowledgeCurrent that of the knowledge-check question.
	Current, KnowledgeCurrent int
	Answers                   map[string]Answer
	Knowledge                 map[string]Answer
	Started, Finished         time.Time
	KnowledgeFinished         time.Time
}

// Choices are the answers without their times, as scoring wants them.
func Choices(answers map[string]Answer) map[string]int {
	m := make(map[string]int, len(answers))
	for id, a := range answers {
		m[id] = a.Choice
	}
	return m
}

// Scores are what is kept of a scored quiz: the six figures a history
// entry, a share link and the quiz's summary all carry. The quiz's Summary
// is this type, so a result's scores pass from one to the other whole.
type Scores struct {
	Overall int
	// Areas maps an area id to its percentage.
	Areas map[string]int
	// Level is the placed rank, 0 when not yet at the first level.
	Level                               int
	KnowledgeCorrect, KnowledgeAnswered int
	Careless                            bool
}

// Attempt is a finished attempt as the history keeps it: scores, not
// answers.
type Attempt struct {
	// ID is unique within the history; an attempt made here uses its start
	// time.
	ID      string
	Date    time.Time
	Overall int
	// Areas maps an area id to its percentage.
	Areas map[string]int
	// Level is the placed rank, 0 when not yet at the first level.
	Level                               int
	KnowledgeCorrect, KnowledgeAnswered int
	Careless                            bool
	// Imported marks an attempt that came from a share link.
	Imported bool
}

// NewAttempt is a history entry with the scores. It and Scores are the one
// place the score fields are copied between an attempt and everything else.
func NewAttempt(id string, date time.Time, s Scores) Attempt {
	return Attempt{
		ID: id, Date: date,
		Overall: s.Overall, Areas: s.Areas, Level: s.Level,
		KnowledgeCorrect: s.KnowledgeCorrect, KnowledgeAnswered: s.KnowledgeAnswered,
		Careless: s.Careless,
	}
}

// Scores are the attempt's scores.
func (a Attempt) Scores() Scores {
	return Scores{
		Overall: a.Overall, Areas: a.Areas, Level: a.Level,
		KnowledgeCorrect: a.KnowledgeCorrect, KnowledgeAnswered: a.KnowledgeAnswered,
		Careless: a.Careless,
	}
}

// Status is how far a plan item has got.
type Status string

const (
	ToDo    Status = "todo"
	Doing   Status = "doing"
	Done    Status = "done"
	Skipped Status = "skipped"
)

// Statuses lists every status in the order a plan offers them.
var Statuses = []Status{ToDo, Doing, Done, Skipped}

// Label is the status as a person reads it.
func (s Status) Label() string {
	switch s {
	case Doing:
		return "Doing"
	case Done:
		return "Done"
	case Skipped:
		return "Skipped"
	}
	return "To do"
}

func (s Status) valid() bool {
	for _, x := range Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// PlanEntry is what the person set on one plan item. Text is kept so an
// item still reads well after the quiz data behind it changes.
type PlanEntry struct {
	ID   string
	Text string
	// Status is "" until the person chooses one, so an entry made for a
	// target month or a note does not hide a status the answers suggest.
	Status  Status
	Updated time.Time
	// Target is the month the person means to finish the item by; zero
	// when none.
	Target Month
	// Note is the person's short note, at most MaxNoteLength characters.
	Note string
}

// Pace is how the person means to study.
type Pace string

const (
	FullTime Pace = "full-time"
	PartTime Pace = "part-time"
)

func (p Pace) valid() bool { return p == "" || p == FullTime || p == PartTime }

// TimelineChoice is what the timeline is built from besides the answers:
// how fast, from when, and along which education pathway (an id of the
// main career's pathways). Each part is empty until chosen.
type TimelineChoice struct {
	Pace    Pace
	Start   Month
	Pathway string
}

// State is everything the app saves.
type State struct {
	Progress Progress
	History  []Attempt
	Plan     []PlanEntry
	Timeline TimelineChoice
	// The job kit (jobkit.go): optional, never in a share link.
	Resume    Resume
	Letters   []CoverLetter
	Interview Interview
	// MigratedFrom is the older schema version the state was read from, or
	// 0. It is not saved.
	MigratedFrom int
}

// Answer records a self-assessment answer, starting the attempt if needed.
func (p *Progress) Answer(id string, choice int, now time.Time) {
	if p.Answers == nil {
		p.Answers = map[string]Answer{}
	}
	if p.Started.IsZero() {
		p.Started = now
	}
	if p.Stage == StageIntro {
		p.Stage = StageSelf
	}
	p.Answers[id] = Answer{Choice: choice, At: now}
}

// AnswerKnowledge records a knowledge-check answer.
func (p *Progress) AnswerKnowledge(id string, choice int, now time.Time) {
	if p.Knowledge == nil {
		p.Knowledge = map[string]Answer{}
	}
	p.Knowledge[id] = Answer{Choice: choice, At: now}
}

// AttemptID is the history id of the attempt under way.
func (p *Progress) AttemptID() string {
	return formatTime(p.Started)
}

// SaveAttempt adds an attempt to the history, or replaces the one with the
// same id, and keeps the history in date order within MaxHistory.
func (s *State) SaveAttempt(a Attempt) {
	replaced := false
	for i := range s.History {
		if s.History[i].ID == a.ID {
			s.History[i] = a
			replaced = true
		}
	}
	if !replaced {
		s.History = append(s.History, a)
	}
	sort.SliceStable(s.History, func(i, j int) bool { return s.History[i].Date.Before(s.History[j].Date) })
	if n := len(s.History); n > MaxHistory {
		s.History = append([]Attempt(nil), s.History[n-MaxHistory:]...)
	}
}

// Latest is the most recent attempt, or nil.
func (s *State) Latest() *Attempt {
	if len(s.History) == 0 {
		return nil
	}
	return &s.History[len(s.History)-1]
}

// StatusOf is a plan item's status; to do when it was never set.
func (s *State) StatusOf(id string) Status {
	return s.StatusOr(id, ToDo)
}

// StatusOr is the status the person chose for a plan item, or fallback
// when they have chosen none: pass Done for an item the answers pre-mark,
// so the answers start it as done and the person's own choice wins once
// made.
func (s *State) StatusOr(id string, fallback Status) Status {
	if e := s.Entry(id); e != nil && e.Status != "" {
		return e.Status
	}
	return fallback
}

// Entry is the saved entry of a plan item, or nil.
func (s *State) Entry(id string) *PlanEntry {
	for i := range s.Plan {
		if s.Plan[i].ID == id {
			return &s.Plan[i]
		}
	}
	return nil
}

// entry is the item's entry, made when missing, with its text refreshed.
func (s *State) entry(id, text string) *PlanEntry {
	e := s.Entry(id)
	if e == nil {
		s.Plan = append(s.Plan, PlanEntry{ID: id})
		e = &s.Plan[len(s.Plan)-1]
	}
	if text != "" {
		e.Text = text
	}
	return e
}

// SetStatus saves a plan item's status and text.
func (s *State) SetStatus(id, text string, st Status, now time.Time) {
	e := s.entry(id, text)
	e.Status, e.Updated = st, now
}

// SetTarget saves the month a plan item is meant to be done by; the zero
// month clears it.
func (s *State) SetTarget(id, text string, m Month, now time.Time) {
	e := s.entry(id, text)
	e.Target, e.Updated = m, now
}

// SetNote saves a plan item's note, tidied by CleanNote. A note longer than
// MaxNoteLength is not saved: the error says so, and the person keeps the
// text they typed to shorten it.
func (s *State) SetNote(id, text, note string, now time.Time) error {
	note = CleanNote(note)
	if err := CheckNote(note); err != nil {
		return err
	}
	e := s.entry(id, text)
	e.Note, e.Updated = note, now
	return nil
}

// MaxNoteLength bounds a plan note, in characters. With every step of a
// plan set and one note of this length in the widest characters, the share
// link still fits MaxLinkLength (TestShareLinkFitsWithALongNote).
const MaxNoteLength = 140

// CheckNote says why a note cannot be saved, or nil.
func CheckNote(note string) error {
	if n := utf8.RuneCountInString(note); n > MaxNoteLength {
		//lint:ignore ST1005 the message is shown to the student as it is
		return fmt.Errorf("This note is %d characters long. Notes can be up to %d characters, so that a plan fits in a share link; shorten it by %d.", n, MaxNoteLength, n-MaxNoteLength)
	}
	return nil
}

// CleanNote makes a note one line of plain text: runs of spaces, tabs and
// line breaks become one space, other control characters go, and invalid
// UTF-8 becomes the replacement character.
func CleanNote(note string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(note, "\uFFFD") {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// PlanCount is how much of a plan is done.
type PlanCount struct {
	Done, Total int
}

// Text is the count as the plan's progress line says it: "5 of 13 done".
func (c PlanCount) Text() string {
	return strconv.Itoa(c.Done) + " of " + strconv.Itoa(c.Total) + " done"
}

// Percent is the share done, rounded down, for the progress bar.
func (c PlanCount) Percent() int {
	if c.Total <= 0 {
		return 0
	}
	return c.Done * 100 / c.Total
}

// Count counts the plan items with these ids: done ones against all but the
// skipped ones, since a step the person chose to skip is not left to do.
// preDone names the items the answers mark done (quiz.PreMarks), which
// count as done until the person chooses another status.
func (s *State) Count(ids []string, preDone map[string]string) PlanCount {
	var c PlanCount
	for _, id := range ids {
		fallback := ToDo
		if _, ok := preDone[id]; ok {
			fallback = Done
		}
		switch s.StatusOr(id, fallback) {
		case Done:
			c.Done++
			c.Total++
		case Skipped:
		default:
			c.Total++
		}
	}
	return c
}

// RestartQuiz forgets the attempt under way; the history and plan stay.
func (s *State) RestartQuiz() {
	s.Progress = Progress{}
}
