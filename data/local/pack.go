// Package local reads, checks and writes a counselor's pack: local.json, an
// optional file a school or career center puts beside the app's index.html
// to add its own programs, employers, pay figures, notes, plan steps, FAQs,
// contact and shared-computer setting, without Go or a rebuild.
//
// It is pure logic with no go-app import, tested natively. The app fetches
// the file and hands its bytes to Decode; the /counselor page builds a Pack
// from its form, checks it with Validate and downloads Encode's output; the
// command line checks a file with CheckFile. A pack is used whole or not at
// all: Decode returns either a pack that passed every check or the list of
// problems, never a part of a pack.
//
// Everything in a pack is untrusted text. This package never produces
// markup: it returns the pack's words as Go strings, and the UI must show
// them as text (go-app's Text escapes them). Links are only https:, http:,
// mailto: or tel:, and text that looks like an HTML tag is refused, so a
// pack cannot add a script, a style or a request to another host.
//
// README.md beside this file documents the format for counselors.
package local

// FileName is the pack's file name, beside index.html under the base path.
const FileName = "local.json"

// Version is the format version this package reads and writes.
const Version = 1

// Limits. A pack is a page of local facts, not a database: the limits keep
// a mistaken or hostile file from slowing down a cheap phone.
const (
	MaxBytes  = 256 << 10 // the whole file, checked before decoding
	MaxText   = 2000      // characters in a long text: a welcome, a note, an answer
	MaxShort  = 200       // characters in a name, a title, a label or a question
	MaxList   = 200       // entries in any list
	MaxAmount = 100_000_000
	MaxIdle   = 240 // minutes of inactivity before answers are cleared
)

// Pack is the content of local.json, format version 1. Fields marked
// `json:"-"` are not in the file: Decode derives them.
type Pack struct {
	Version        int             `json:"version"`
	Organization   Organization    `json:"organization"`
	Contact        *Contact        `json:"contact,omitempty"`
	Welcome        string          `json:"welcome,omitempty"`
	Programs       []Program       `json:"programs,omitempty"`
	Employers      []Employer      `json:"employers,omitempty"`
	Pay            []Pay           `json:"pay,omitempty"`
	Notes          []Note          `json:"notes,omitempty"`
	PlanSteps      []PlanStep      `json:"planSteps,omitempty"`
	FAQs           []FAQ           `json:"faqs,omitempty"`
	SharedComputer *SharedComputer `json:"sharedComputer,omitempty"`
}

// Organization is who provides the pack: every local fact is shown as
// provided by it.
type Organization struct {
	Name    string `json:"name"`
	Region  string `json:"region,omitempty"`
	Website string `json:"website,omitempty"`
}

// Contact is the person a student can talk to.
type Contact struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
	Hours string `json:"hours,omitempty"`
}

// Program is local schooling that leads to one or more careers.
type Program struct {
	Name        string   `json:"name"`
	Institution string   `json:"institution"`
	City        string   `json:"city,omitempty"`
	Award       string   `json:"award,omitempty"`
	Careers     []string `json:"careers"`
	Length      string   `json:"length,omitempty"`
	Cost        *Cost    `json:"cost,omitempty"`
	Accredited  string   `json:"accredited,omitempty"`
	URL         string   `json:"url,omitempty"`
	Source      string   `json:"source"`
	AsOf        string   `json:"asOf"`

	Anchor string `json:"-"`
}

// Cost is what a whole program costs, in whole units of a currency. Min
// and Max are pointers because 0 is a real cost (a free program) and a
// missing figure must not read as one.
type Cost struct {
	Min      *int64 `json:"min"`
	Max      *int64 `json:"max"`
	Currency string `json:"currency"`
}

// Employer is a local employer that hires for the careers it names.
type Employer struct {
	Name    string   `json:"name"`
	City    string   `json:"city,omitempty"`
	Careers []string `json:"careers"`
	URL     string   `json:"url,omitempty"`

	Anchor string `json:"-"`
}

// Pay is a local pay figure for one career: a range (Min and Max), a
// median, or both. 0 means not given: pay is never 0.
type Pay struct {
	Career   string `json:"career"`
	Label    string `json:"label"`
	Min      int64  `json:"min,omitempty"`
	Max      int64  `json:"max,omitempty"`
	Median   int64  `json:"median,omitempty"`
	Currency string `json:"currency"`
	Period   Period `json:"period"`
	Source   string `json:"source"`
	URL      string `json:"url,omitempty"`
	AsOf     string `json:"asOf"`

	Anchor string `json:"-"`
}

// Period is what a pay figure is per.
type Period string

const (
	PerYear  Period = "year"
	PerMonth Period = "month"
	PerWeek  Period = "week"
	PerHour  Period = "hour"
)

// Periods lists the periods a pay figure may be given for.
var Periods = []Period{PerYear, PerMonth, PerWeek, PerHour}

// Note is a counselor's note shown on a career's page.
type Note struct {
	Career string `json:"career"`
	Text   string `json:"text"`

	Anchor string `json:"-"`
}

// PlanStep is a local step added to every student's plan.
type PlanStep struct {
	Title  string `json:"title"`
	Detail string `json:"detail,omitempty"`
	URL    string `json:"url,omitempty"`

	Anchor string `json:"-"`
}

// FAQ is a local question with the organization's answer.
type FAQ struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`

	Anchor string `json:"-"`
}

// SharedComputer says whether the app forgets a student's answers, for
// computers that several students use.
type SharedComputer struct {
	Mode Mode `json:"mode"`
	// IdleMinutes is set with ModeIdle only: answers are cleared after this
	// many minutes without a key press or a tap.
	IdleMinutes int `json:"idleMinutes,omitempty"`
}

// Mode is a shared-computer mode.
type Mode string

const (
	// ModeOff keeps answers in the browser, as without a pack.
	ModeOff Mode = "off"
	// ModeSession keeps answers until the browser is closed.
	ModeSession Mode = "session"
	// ModeIdle also clears them after IdleMinutes without activity.
	ModeIdle Mode = "idle"
)

// Modes lists the shared-computer modes.
var Modes = []Mode{ModeOff, ModeSession, ModeIdle}

// Shared returns the pack's shared-computer setting; off when there is no
// pack or the pack sets none.
func (p *Pack) Shared() SharedComputer {
	if p == nil || p.SharedComputer == nil {
		return SharedComputer{Mode: ModeOff}
	}
	return *p.SharedComputer
}
