package local

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/data"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode reads a pack from the bytes of local.json and checks it against
// the app's data d (its careers and currencies). It returns either a pack
// that passed every check, or nil and every problem found: a pack is used
// whole or not at all.
//
// It reads in stages, each stopping at its own problems, so a message is
// about the file as written and not a consequence of an earlier one: the
// size, before anything is decoded; whether the file is JSON; the version,
// since another version's fields are not this one's; the shape (unknown
// fields, wrong types), all of it at once; then the values (Validate).
func Decode(b []byte, d *data.Data) (*Pack, []Problem) {
	if len(b) > MaxBytes {
		return nil, []Problem{TooLarge(int64(len(b)))}
	}
	// Notepad on Windows starts a UTF-8 file with a byte-order mark.
	b = bytes.TrimPrefix(b, utf8BOM)
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, []Problem{top.problem("", `the file is empty: a pack starts with { "version": 1, ...`)}
	}
	if !utf8.Valid(b) {
		return nil, []Problem{top.problem("", "not UTF-8 text at line %d: save the file again with the UTF-8 encoding", lineOf(b, invalidUTF8At(b)))}
	}
	raw, problem := parseJSON(b)
	if problem != nil {
		return nil, []Problem{*problem}
	}
	obj, ok := raw.(map[string]any)
	if !ok {
		return nil, []Problem{top.problem("", "the file must hold one group of fields in { }, not %s", jsonKind(raw))}
	}
	if problem := checkVersion(obj); problem != nil {
		return nil, []Problem{*problem}
	}
	s := &shape{}
	s.object(obj, reflect.TypeFor[Pack](), top, "", true)
	if len(s.problems) > 0 {
		return nil, s.problems
	}

	var p Pack
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		// The shape check accepts only what decodes; this is a safety net.
		return nil, []Problem{top.problem("", "cannot read the file: %v", err)}
	}
	if problems := Validate(&p, d); len(problems) > 0 {
		return nil, problems
	}
	p.setAnchors()
	return &p, nil
}

// parseJSON decodes b as one JSON value, keeping numbers as written.
func parseJSON(b []byte) (any, *Problem) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		var syn *json.SyntaxError
		switch {
		case errors.As(err, &syn):
			p := top.problem("", "not JSON at line %d: %s", lineOf(b, syn.Offset), syntaxText(syn))
			return nil, &p
		case errors.Is(err, io.ErrUnexpectedEOF):
			p := top.problem("", "not JSON: the file ends before the pack does (a missing } or ] or \"?)")
			return nil, &p
		}
		p := top.problem("", "not JSON: %v", err)
		return nil, &p
	}
	if _, err := dec.Token(); err != io.EOF {
		p := top.problem("", "not JSON at line %d: there is more after the pack's closing }", lineOf(b, dec.InputOffset()))
		return nil, &p
	}
	return v, nil
}

// syntaxText words a JSON syntax error; the decoder's own words mention
// "literal" and "value", which a counselor may not know.
func syntaxText(e *json.SyntaxError) string {
	msg := e.Error()
	switch {
	case strings.Contains(msg, "after object key:value pair"), strings.Contains(msg, "after array element"):
		return msg + " (a missing comma?)"
	case strings.Contains(msg, "after object key"):
		return msg + ` (a missing ":" between a field's name and its value?)`
	case strings.Contains(msg, "looking for beginning of object key string"):
		return msg + ` (a comma before a "}", or a field name without quotes?)`
	case strings.Contains(msg, "looking for beginning of value"):
		return msg + " (text must be in double quotes; no comma before a closing ] or })"
	}
	return msg
}

func lineOf(b []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(b)))
	return bytes.Count(b[:offset], []byte("\n")) + 1
}

func invalidUTF8At(b []byte) int64 {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return int64(i)
		}
		i += size
	}
	return int64(len(b))
}

// checkVersion checks the version before anything else: the fields of
// another version are not this version's, so their messages would mislead.
func checkVersion(obj map[string]any) *Problem {
	raw, ok := obj["version"]
	if !ok {
		p := top.problem("version", "is required: start the pack with \"version\": %d", Version)
		return &p
	}
	n, ok := raw.(json.Number)
	v, err := strconv.ParseInt(string(n), 10, 64)
	if !ok || err != nil {
		p := top.problem("version", "must be the number %d, not %s", Version, describe(raw))
		return &p
	}
	if v != Version {
		p := top.problem("version", "this app reads version %d packs, and this file is version %d: write it again on the app's /counselor page", Version, v)
		return &p
	}
	return nil
}

// shape checks that a decoded JSON value has the fields and types of a Go
// type, reporting every unknown field and wrong type with its place. The
// standard decoder stops at the first such problem and names it without
// the entry; it also accepts field names in any letter case, which this
// check does not.
type shape struct {
	problems []Problem
}

func (s *shape) fail(where at, field, format string, args ...any) {
	s.problems = append(s.problems, where.problem(field, format, args...))
}

type jsonField struct {
	name string
	typ  reflect.Type
}

func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		out = append(out, jsonField{name: name, typ: f.Type})
	}
	return out
}

// object checks a group of fields against struct type t. At the top level
// of the pack, each list entry and each group becomes an entry of its own
// in the messages; deeper down, fields are named by their path.
func (s *shape) object(obj map[string]any, t reflect.Type, where at, prefix string, topLevel bool) {
	fields := jsonFields(t)
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
		if v, ok := obj[f.name]; ok {
			s.value(v, f.typ, where, prefix+f.name, topLevel)
		}
	}
	var unknown []string
	for k := range obj {
		if !slices.Contains(names, k) {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		hint := "the fields here are " + strings.Join(names, ", ")
		for _, n := range names {
			if strings.EqualFold(n, k) {
				hint = fmt.Sprintf("did you mean %q? Letter case matters", n)
			}
		}
		s.fail(where, prefix+keyText(k), "unknown field: %s", hint)
	}
}

func (s *shape) value(v any, t reflect.Type, where at, field string, topLevel bool) {
	if v == nil {
		return // null is the same as leaving the field out
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		if _, ok := v.(string); !ok {
			s.fail(where, field, "must be text in double quotes, not %s", describe(v))
		}
	case reflect.Int, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			s.fail(where, field, "must be a whole number without quotes, such as 12000, not %s", describe(v))
			return
		}
		if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
			if errors.Is(err, strconv.ErrRange) {
				s.fail(where, field, "the number %s is too large", clip(string(n), 30))
			} else {
				s.fail(where, field, "must be a whole number, such as 12000, not %s (no decimal point)", clip(string(n), 30))
			}
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			hint := ""
			if str, isText := v.(string); isText && t.Elem().Kind() == reflect.String {
				hint = fmt.Sprintf(": write [%q]", clip(str, 60))
			}
			s.fail(where, field, "must be a list in [ ], not %s%s", describe(v), hint)
			return
		}
		if len(list) > MaxList {
			s.fail(where, field, "has %d entries; a list may have at most %d", len(list), MaxList)
			return
		}
		for i, el := range list {
			if topLevel && t.Elem().Kind() == reflect.Struct {
				entry := at{part: field, index: i, name: nameOf(el, field)}
				s.value(el, t.Elem(), entry, "", false)
			} else {
				s.value(el, t.Elem(), where, field+"["+strconv.Itoa(i)+"]", false)
			}
		}
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			s.fail(where, field, "must be a group of fields in { }, not %s", describe(v))
			return
		}
		switch {
		case topLevel:
			s.object(obj, t, at{part: field, index: -1}, "", false)
		case field == "": // an entry of a list at the top level
			s.object(obj, t, where, "", false)
		default:
			s.object(obj, t, where, field+".", false)
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			s.fail(where, field, "must be true or false, not %s", describe(v))
		}
	}
	// Any other kind is left to the standard decoder, which still refuses
	// a wrong type: a pack must never crash the app.
}

// keyText is an unknown field's name as a message shows it: quoted when it
// holds anything but letters, digits and punctuation, so that every
// message stays on one line and shows what is there.
func keyText(k string) string {
	k = clip(k, 60)
	for _, r := range k {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) {
			return strconv.Quote(k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}

// nameOf is the name of a list entry, quoted in messages about it.
func nameOf(entry any, part string) string {
	obj, _ := entry.(map[string]any)
	s, _ := obj[listNameField[part]].(string)
	return strings.TrimSpace(s)
}

// jsonKind names the kind of a decoded JSON value.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "text"
	case json.Number:
		return "a number"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	case map[string]any:
		return "a group of fields"
	}
	return "something else"
}

// describe names a value in a message, quoting short scalars.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return "the text " + strconv.Quote(clip(x, 40))
	case json.Number:
		return "the number " + clip(string(x), 30)
	case bool:
		return strconv.FormatBool(x)
	}
	return jsonKind(v)
}
