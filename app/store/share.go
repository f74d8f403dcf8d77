package store

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"time"
)

// Shared is a result as a share link carries it: scores, the level and the
// date, never the answers; and since format 2, what the person set on
// their plan.
type Shared struct {
	Date time.Time // the day, in UTC
	Scores
	// Plan holds the plan items the person has done something with, in the
	// plan's order: items still to do with no target or note are left out.
	Plan     []SharedItem
	Timeline TimelineChoice
}

// SharedItem is one plan item as a share link carries it: the status with
// any pre-mark applied, the target month and the note.
type SharedItem struct {
	ID     string
	Status Status
	Target Month
	Note   string
}

// ShareVersion is the share-link format this build writes. It reads every
// format back to 1, so links shared before plans were carried still open.
const ShareVersion = 2

// ShareParam names the share token in a URL fragment: /plan#share=TOKEN.
const ShareParam = "share"

// MaxShareLength bounds a token the decoder reads: twice the longest link
// the app makes, so a damaged or hostile one costs nothing.
const MaxShareLength = 4096

// MaxLinkLength is the longest share link the app offers: longer links
// fail in some browsers and messaging apps.
const MaxLinkLength = 2000

// Limits on a shared plan; anything beyond them is damage.
const (
	maxSharedItems = 50
	maxSharedAreas = 50
)

// The link format is base64url (no padding) of compact JSON: the version,
// a CRC-32 of the result's JSON as it appears in the link, and the result.
type shareEnvelope struct {
	V int             `json:"v"`
	C string          `json:"c"`
	R json.RawMessage `json:"r"`
}

// shareResult is the result in a link. P and T are format 2's plan:
// P lists items as [id, status letter, target month, note] and T the
// timeline as [pace letter, start month, pathway], each without trailing
// empty parts.
type shareResult struct {
	D string         `json:"d"`
	O int            `json:"o"`
	A map[string]int `json:"a"`
	L int            `json:"l"`
	K [2]int         `json:"k"`
	X bool           `json:"x,omitempty"`
	P [][]string     `json:"p,omitempty"`
	T []string       `json:"t,omitempty"`
}

// Letters for statuses and paces in a link.
var (
	statusLetters = map[Status]string{ToDo: "t", Doing: "i", Done: "d", Skipped: "s"}
	paceLetters   = map[Pace]string{FullTime: "f", PartTime: "p"}
)

// ShareError says in plain words why a share link cannot be opened.
type ShareError struct {
	Reason string
}

func (e *ShareError) Error() string { return e.Reason }

func shareFailure(format string, args ...any) error {
	return &ShareError{Reason: fmt.Sprintf(format, args...)}
}

// Share-link failures a person can act on.
var (
	ErrShareEmpty      = &ShareError{"This share link holds no result. Ask for the whole link again."}
	ErrShareTooLong    = &ShareError{"This share link is far longer than any the app makes, so it was not opened."}
	ErrShareCharacters = &ShareError{"This share link contains characters a share link never has. It may have been changed; ask for the link again."}
	ErrShareIncomplete = &ShareError{"This share link is incomplete or damaged: it may have been cut off when it was copied. Ask for the whole link again."}
	ErrShareChecksum   = &ShareError{"This share link does not pass its check: part of it was changed or lost when it was copied. Ask for the link again."}
)

// isAreaID reports whether id is lower-case letters and digits in words
// joined by single hyphens, as quiz area ids are. Hand-written because
// compiling a regexp at start-up cost the wasm more than the check.
func isAreaID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// EncodeShare makes the token for a share link.
func EncodeShare(s Shared) string {
	r := shareScores(s.Date, s.Scores)
	for _, it := range s.Plan {
		r.P = append(r.P, trimEmpty([]string{it.ID, statusLetter(it.Status), it.Target.String(), it.Note}))
	}
	if t := s.Timeline; t != (TimelineChoice{}) {
		r.T = trimEmpty([]string{paceLetters[t.Pace], t.Start.String(), t.Pathway})
	}
	return envelope(ShareVersion, r)
}

func shareScores(date time.Time, sc Scores) shareResult {
	r := shareResult{
		D: date.UTC().Format(time.DateOnly),
		O: sc.Overall,
		A: sc.Areas,
		L: sc.Level,
		K: [2]int{sc.KnowledgeCorrect, sc.KnowledgeAnswered},
		X: sc.Careless,
	}
	if r.A == nil {
		r.A = map[string]int{}
	}
	return r
}

// envelope writes a token. It is put together by hand so the result's
// bytes, which the checksum covers, are exactly those in the link: without
// HTML escaping, which would write each "<" or "&" in a note as six
// characters.
func envelope(version int, r shareResult) string {
	var rb bytes.Buffer
	enc := json.NewEncoder(&rb)
	enc.SetEscapeHTML(false)
	// Strings, numbers and a map of them cannot fail to encode.
	_ = enc.Encode(r)
	body := bytes.TrimSuffix(rb.Bytes(), []byte("\n"))
	env := `{"v":` + strconv.Itoa(version) + `,"c":"` + checksum(body) + `","r":` + string(body) + `}`
	return base64.RawURLEncoding.EncodeToString([]byte(env))
}

func statusLetter(st Status) string {
	if l, ok := statusLetters[st]; ok {
		return l
	}
	return statusLetters[ToDo]
}

// trimEmpty drops the empty strings at the end of a list.
func trimEmpty(parts []string) []string {
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

func checksum(b []byte) string {
	return fmt.Sprintf("%08x", crc32.ChecksumIEEE(b))
}

// DecodeShare reads a share token. Every failure is a *ShareError that says
// what is wrong with the link.
func DecodeShare(token string) (Shared, error) {
	token = strings.TrimSpace(token)
	// Padding is not written, but a person or a tool may add it back.
	token = strings.TrimRight(token, "=")
	switch {
	case token == "":
		return Shared{}, ErrShareEmpty
	case len(token) > MaxShareLength:
		return Shared{}, ErrShareTooLong
	}
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		var bad base64.CorruptInputError
		if errors.As(err, &bad) && int(bad) < len(token) && !isBase64URL(token[bad]) {
			return Shared{}, ErrShareCharacters
		}
		return Shared{}, ErrShareIncomplete
	}
	var env shareEnvelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return Shared{}, ErrShareIncomplete
	}
	if env.V == 0 || len(env.R) == 0 || env.C == "" {
		return Shared{}, ErrShareIncomplete
	}
	if env.V > ShareVersion {
		return Shared{}, shareFailure("This share link was made by a newer version of the app (format %d). Update the app to open it.", env.V)
	}
	if env.V < 1 {
		return Shared{}, shareFailure("This share link uses format %d, which this app does not know.", env.V)
	}
	if checksum(env.R) != env.C {
		return Shared{}, ErrShareChecksum
	}
	var r shareResult
	if err := json.Unmarshal(env.R, &r); err != nil {
		return Shared{}, shareFailure("This share link holds a result this app cannot read: %s.", plainJSONError(err))
	}
	return r.shared()
}

func isBase64URL(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

func plainJSONError(err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("“%s” should be %s", typ.Field, typ.Type)
	}
	return "it is not well formed"
}

func (r shareResult) shared() (Shared, error) {
	date, err := time.Parse(time.DateOnly, r.D)
	if err != nil {
		return Shared{}, shareFailure("This share link has no valid date (%q).", truncate(r.D, 20))
	}
	if r.O < 0 || r.O > 100 {
		return Shared{}, shareFailure("This share link gives an overall score of %d%%, which is impossible.", r.O)
	}
	if r.L < 0 || r.L > maxLevel {
		return Shared{}, shareFailure("This share link gives career level %d, which does not exist.", r.L)
	}
	if r.K[0] < 0 || r.K[1] < 0 || r.K[0] > r.K[1] || r.K[1] > maxCount {
		return Shared{}, shareFailure("This share link gives an impossible knowledge-check score (%d right out of %d).", r.K[0], r.K[1])
	}
	if len(r.A) > maxSharedAreas {
		return Shared{}, shareFailure("This share link has %d area scores, far more than the quiz has.", len(r.A))
	}
	areas := make(map[string]int, len(r.A))
	for id, p := range r.A {
		if len(id) > 40 || !isAreaID(id) {
			return Shared{}, shareFailure("This share link names an area this app cannot read (%q).", truncate(id, 20))
		}
		if p < 0 || p > 100 {
			return Shared{}, shareFailure("This share link gives the area %q a score of %d%%, which is impossible.", id, p)
		}
		areas[id] = p
	}
	s := Shared{
		Date:   date,
		Scores: Scores{Overall: r.O, Areas: areas, Level: r.L, KnowledgeCorrect: r.K[0], KnowledgeAnswered: r.K[1], Careless: r.X},
	}
	if s.Plan, err = r.plan(); err != nil {
		return Shared{}, err
	}
	if s.Timeline, err = r.timeline(); err != nil {
		return Shared{}, err
	}
	return s, nil
}

func (r shareResult) plan() ([]SharedItem, error) {
	if len(r.P) > maxSharedItems {
		return nil, shareFailure("This share link has %d plan items, far more than a plan has.", len(r.P))
	}
	var items []SharedItem
	seen := map[string]bool{}
	for i, p := range r.P {
		n := i + 1
		if len(p) < 2 || len(p) > 4 {
			return nil, shareFailure("This share link holds plan item %d in a form this app cannot read.", n)
		}
		id := p[0]
		if len(id) > maxIDLength || !isAreaID(id) {
			return nil, shareFailure("This share link names a plan item this app cannot read (%q).", truncate(id, 20))
		}
		if seen[id] {
			return nil, shareFailure("This share link gives plan item %q twice.", id)
		}
		seen[id] = true
		it := SharedItem{ID: id}
		for st, l := range statusLetters {
			if p[1] == l {
				it.Status = st
			}
		}
		if it.Status == "" {
			return nil, shareFailure("This share link gives plan item %q a status this app does not know (%q).", id, truncate(p[1], 10))
		}
		if len(p) > 2 {
			m, err := ParseMonth(p[2])
			if err != nil {
				return nil, shareFailure("This share link gives plan item %q a target month this app cannot read (%q).", id, truncate(p[2], 10))
			}
			it.Target = m
		}
		if len(p) > 3 {
			it.Note = CleanNote(p[3])
			if err := CheckNote(it.Note); err != nil {
				return nil, shareFailure("This share link gives plan item %q a note longer than %d characters, more than a note can have.", id, MaxNoteLength)
			}
		}
		items = append(items, it)
	}
	return items, nil
}

func (r shareResult) timeline() (TimelineChoice, error) {
	var t TimelineChoice
	if len(r.T) > 3 {
		return t, shareFailure("This share link holds a timeline in a form this app cannot read.")
	}
	parts := append(append([]string(nil), r.T...), "", "", "")
	if parts[0] != "" {
		for p, l := range paceLetters {
			if parts[0] == l {
				t.Pace = p
			}
		}
		if t.Pace == "" {
			return t, shareFailure("This share link gives a pace of study this app does not know (%q).", truncate(parts[0], 10))
		}
	}
	m, err := ParseMonth(parts[1])
	if err != nil {
		return t, shareFailure("This share link gives a start month this app cannot read (%q).", truncate(parts[1], 10))
	}
	t.Start = m
	if id := parts[2]; id != "" {
		if len(id) > maxIDLength || !isAreaID(id) {
			return t, shareFailure("This share link names a pathway this app cannot read (%q).", truncate(id, 20))
		}
		t.Pathway = id
	}
	return t, nil
}

// ShareToken finds the share token in a URL fragment such as
// "share=TOKEN", with or without the leading "#".
func ShareToken(fragment string) (string, bool) {
	fragment = strings.TrimPrefix(fragment, "#")
	for _, part := range strings.Split(fragment, "&") {
		if v, ok := strings.CutPrefix(part, ShareParam+"="); ok {
			return v, true
		}
	}
	return "", false
}

// Attempt turns a shared result into a history entry. Its id comes from the
// scores alone, written as a format 1 link, so a result imported from an
// older link and again from a newer one is one entry.
func (s Shared) Attempt() Attempt {
	a := NewAttempt("shared-"+checksum([]byte(envelope(1, shareScores(s.Date, s.Scores)))), s.Date, s.Scores)
	a.Imported = true
	return a
}

// Share is the shareable part of an attempt: its day and scores. The plan
// is added with State.SharedPlan.
func (a Attempt) Share() Shared {
	return Shared{Date: a.Date.UTC().Truncate(24 * time.Hour), Scores: a.Scores()}
}

// SharedPlan is the plan to put in a share link: for each item id in the
// plan's order, the status (with the answers' pre-marks, as Count takes
// them), the target month and the note. Items still to do with neither
// target nor note are left out, as a link's reader assumes them.
func (s *State) SharedPlan(ids []string, preDone map[string]string) []SharedItem {
	var out []SharedItem
	for _, id := range ids {
		fallback := ToDo
		if _, ok := preDone[id]; ok {
			fallback = Done
		}
		it := SharedItem{ID: id, Status: s.StatusOr(id, fallback)}
		if e := s.Entry(id); e != nil {
			it.Target, it.Note = e.Target, e.Note
		}
		if it.Status == ToDo && it.Target.IsZero() && it.Note == "" {
			continue
		}
		out = append(out, it)
	}
	return out
}

// ShareFit says whether a share link fits MaxLinkLength.
type ShareFit struct {
	// Length is the whole link's length; NotesLength how much of it the
	// notes take.
	Length, NotesLength int
	Fits                bool
}

// FitShare measures the link that prefix (the address up to and including
// "#share=") and the shared result make.
func FitShare(prefix string, s Shared) ShareFit {
	f := ShareFit{Length: len(prefix) + len(EncodeShare(s))}
	f.Fits = f.Length <= MaxLinkLength
	bare := s
	bare.Plan = make([]SharedItem, len(s.Plan))
	for i, it := range s.Plan {
		it.Note = ""
		bare.Plan[i] = it
	}
	f.NotesLength = f.Length - len(prefix) - len(EncodeShare(bare))
	return f
}

// Problem says, when the link does not fit, how long it is and what to
// shorten; "" when it fits.
func (f ShareFit) Problem() string {
	if f.Fits {
		return ""
	}
	over := f.Length - MaxLinkLength
	msg := fmt.Sprintf("This plan is too large to share by link: the link would be %s characters, and links over %s do not open in every browser.", thousands(f.Length), thousands(MaxLinkLength))
	if f.NotesLength >= over {
		return msg + fmt.Sprintf(" Your notes take %s of them: shorten or remove notes by about %s characters to share it.", thousands(f.NotesLength), thousands(over))
	}
	return msg + " Print the plan instead."
}

// thousands writes n with commas between thousands.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
