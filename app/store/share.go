package store

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
	"time"
)

// Shared is a result as a share link carries it: scores, the level and the
// date, never the answers.
type Shared struct {
	Date    time.Time // the day, in UTC
	Overall int
	// Areas maps an area id to its percentage.
	Areas                               map[string]int
	Level                               int
	KnowledgeCorrect, KnowledgeAnswered int
	Careless                            bool
}

// ShareVersion is the share-link format this build writes and reads.
const ShareVersion = 1

// ShareParam names the share token in a URL fragment: /plan#share=TOKEN.
const ShareParam = "share"

// MaxShareLength bounds a token; a real one is a few hundred characters.
const MaxShareLength = 4096

// The link format is base64url (no padding) of compact JSON: the version,
// a CRC-32 of the result's JSON as it appears in the link, and the result.
type shareEnvelope struct {
	V int             `json:"v"`
	C string          `json:"c"`
	R json.RawMessage `json:"r"`
}

type shareResult struct {
	D string         `json:"d"`
	O int            `json:"o"`
	A map[string]int `json:"a"`
	L int            `json:"l"`
	K [2]int         `json:"k"`
	X bool           `json:"x,omitempty"`
}

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
	r := shareResult{
		D: s.Date.UTC().Format(time.DateOnly),
		O: s.Overall,
		A: s.Areas,
		L: s.Level,
		K: [2]int{s.KnowledgeCorrect, s.KnowledgeAnswered},
		X: s.Careless,
	}
	if r.A == nil {
		r.A = map[string]int{}
	}
	rb, _ := json.Marshal(r)
	env, _ := json.Marshal(shareEnvelope{V: ShareVersion, C: checksum(rb), R: rb})
	return base64.RawURLEncoding.EncodeToString(env)
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
	if env.V != ShareVersion {
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
	if len(r.A) > 50 {
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
	return Shared{
		Date:              date,
		Overall:           r.O,
		Areas:             areas,
		Level:             r.L,
		KnowledgeCorrect:  r.K[0],
		KnowledgeAnswered: r.K[1],
		Careless:          r.X,
	}, nil
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

// Attempt turns a shared result into a history entry.
func (s Shared) Attempt() Attempt {
	return Attempt{
		ID:                "shared-" + checksum([]byte(EncodeShare(s))),
		Date:              s.Date,
		Overall:           s.Overall,
		Areas:             s.Areas,
		Level:             s.Level,
		KnowledgeCorrect:  s.KnowledgeCorrect,
		KnowledgeAnswered: s.KnowledgeAnswered,
		Careless:          s.Careless,
		Imported:          true,
	}
}

// Share is the shareable part of an attempt.
func (a Attempt) Share() Shared {
	return Shared{
		Date:              a.Date.UTC().Truncate(24 * time.Hour),
		Overall:           a.Overall,
		Areas:             a.Areas,
		Level:             a.Level,
		KnowledgeCorrect:  a.KnowledgeCorrect,
		KnowledgeAnswered: a.KnowledgeAnswered,
		Careless:          a.Careless,
	}
}
