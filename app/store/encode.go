package store

import (
	"encoding/json"
	"time"
)

// The saved format. Field names are short but readable, because a person
// may look at them in the browser's developer tools.
type wireState struct {
	Version  int           `json:"version"`
	Progress wireProgress  `json:"progress"`
	History  []wireAttempt `json:"history"`
	Plan     []wirePlan    `json:"plan"`
	Timeline *wireTimeline `json:"timeline,omitempty"`
	// The job kit (jobkit_wire.go).
	Resume    *wireResume    `json:"resume,omitempty"`
	Letters   []wireLetter   `json:"letters,omitempty"`
	Interview *wireInterview `json:"interview,omitempty"`
}

type wireProgress struct {
	Stage             string                `json:"stage,omitempty"`
	Current           int                   `json:"current"`
	KnowledgeCurrent  int                   `json:"knowledgeCurrent"`
	Answers           map[string]wireAnswer `json:"answers,omitempty"`
	Knowledge         map[string]wireAnswer `json:"knowledge,omitempty"`
	Started           string                `json:"started,omitempty"`
	Finished          string                `json:"finished,omitempty"`
	KnowledgeFinished string                `json:"knowledgeFinished,omitempty"`
}

type wireAnswer struct {
	Choice int    `json:"choice"`
	At     string `json:"at,omitempty"`
}

type wireAttempt struct {
	ID                string         `json:"id"`
	Date              string         `json:"date"`
	Overall           int            `json:"overall"`
	Areas             map[string]int `json:"areas"`
	Level             int            `json:"level"`
	KnowledgeCorrect  int            `json:"knowledgeCorrect,omitempty"`
	KnowledgeAnswered int            `json:"knowledgeAnswered,omitempty"`
	Careless          bool           `json:"careless,omitempty"`
	Imported          bool           `json:"imported,omitempty"`
}

type wirePlan struct {
	ID      string `json:"id"`
	Text    string `json:"text,omitempty"`
	Status  string `json:"status,omitempty"`
	Updated string `json:"updated,omitempty"`
	Target  string `json:"target,omitempty"`
	Note    string `json:"note,omitempty"`
}

type wireTimeline struct {
	Pace    string `json:"pace,omitempty"`
	Start   string `json:"start,omitempty"`
	Pathway string `json:"pathway,omitempty"`
}

// Encode writes the state in the current schema version.
func Encode(s State) []byte {
	w := wireState{
		Version: Version,
		Progress: wireProgress{
			Stage:             string(s.Progress.Stage),
			Current:           s.Progress.Current,
			KnowledgeCurrent:  s.Progress.KnowledgeCurrent,
			Answers:           wireAnswers(s.Progress.Answers),
			Knowledge:         wireAnswers(s.Progress.Knowledge),
			Started:           formatTime(s.Progress.Started),
			Finished:          formatTime(s.Progress.Finished),
			KnowledgeFinished: formatTime(s.Progress.KnowledgeFinished),
		},
		History: []wireAttempt{},
		Plan:    []wirePlan{},
	}
	for _, a := range s.History {
		areas := a.Areas
		if areas == nil {
			areas = map[string]int{}
		}
		w.History = append(w.History, wireAttempt{
			ID: a.ID, Date: formatTime(a.Date), Overall: a.Overall, Areas: areas, Level: a.Level,
			KnowledgeCorrect: a.KnowledgeCorrect, KnowledgeAnswered: a.KnowledgeAnswered,
			Careless: a.Careless, Imported: a.Imported,
		})
	}
	for _, e := range s.Plan {
		w.Plan = append(w.Plan, wirePlan{ID: e.ID, Text: e.Text, Status: string(e.Status), Updated: formatTime(e.Updated), Target: e.Target.String(), Note: e.Note})
	}
	if t := s.Timeline; t != (TimelineChoice{}) {
		w.Timeline = &wireTimeline{Pace: string(t.Pace), Start: t.Start.String(), Pathway: t.Pathway}
	}
	w.Resume, w.Letters, w.Interview = encodeJobKit(s)
	// Every value above is a string, a number, a bool or a map of them, so
	// marshalling cannot fail.
	b, _ := json.Marshal(w)
	return b
}

func wireAnswers(m map[string]Answer) map[string]wireAnswer {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]wireAnswer, len(m))
	for id, a := range m {
		out[id] = wireAnswer{Choice: a.Choice, At: formatTime(a.At)}
	}
	return out
}

// formatTime writes a time in UTC with its full precision, or "" for the
// zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
