// Package store keeps the quiz progress, the attempt history and the plan
// that the app saves in the browser, and the share links that carry a
// result. Saved data outlives app updates and can be damaged, so decoding
// keeps every part it can read and says clearly what it could not. It has
// no go-app import, so it is tested natively.
package store

import (
	"sort"
	"time"
)

// Version is the schema version this build writes. Older versions are
// migrated when read.
const Version = 2

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

// PlanEntry is the saved status of one plan item. Text is kept so an item
// still reads well after the quiz data behind it changes.
type PlanEntry struct {
	ID      string
	Text    string
	Status  Status
	Updated time.Time
}

// State is everything the app saves.
type State struct {
	Progress Progress
	History  []Attempt
	Plan     []PlanEntry
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
	for _, e := range s.Plan {
		if e.ID == id {
			return e.Status
		}
	}
	return ToDo
}

// SetStatus saves a plan item's status and text.
func (s *State) SetStatus(id, text string, st Status, now time.Time) {
	for i := range s.Plan {
		if s.Plan[i].ID == id {
			s.Plan[i].Status, s.Plan[i].Updated = st, now
			if text != "" {
				s.Plan[i].Text = text
			}
			return
		}
	}
	s.Plan = append(s.Plan, PlanEntry{ID: id, Text: text, Status: st, Updated: now})
}

// RestartQuiz forgets the attempt under way; the history and plan stay.
func (s *State) RestartQuiz() {
	s.Progress = Progress{}
}
