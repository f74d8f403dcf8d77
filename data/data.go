// Package data embeds the app's career data, decodes it into typed values and
// validates it. The JSON files beside this file are the single source of every
// fact the app shows; see README.md for how to edit them. The wasm does not
// embed them: it starts from generated.go, the same values written as Go by
// `go generate` after they pass validation.
package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/gendata

// Data is every fact the app knows.
type Data struct {
	Sources     []Source
	Careers     []Career
	Credentials []Credential
	Glossary    []Term
	Currencies  []Currency
	// CountryFigures are the pay figures by country and level, from
	// countrypay.json.
	CountryFigures []CountryFigures

	careerBySlug  map[string]*Career
	sourceByID    map[string]*Source
	credByID      map[string]*Credential
	termByID      map[string]*Term
	currByCode    map[string]*Currency
	countryByCode map[string]*CountryFigures
}

// MainSlug is the slug of the career the app is about.
const MainSlug = "health-information-technician"

// ReservedSlugs are names under /careers/ that are pages of their own, such
// as the comparison at /careers/compare. A career with one of them as its
// slug would have its guide at the same address, so validation refuses it;
// the app's page table checks that each such page is listed here.
var ReservedSlugs = []string{"compare"}

var (
	loadOnce sync.Once
	loaded   *Data
	loadErr  error
)

// Load returns the data, decoded and validated once: from the embedded JSON
// natively, from generated.go in the wasm.
func Load() (*Data, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

// MustLoad is Load for program start-up, where bad data is a build defect.
func MustLoad() *Data {
	d, err := Load()
	if err != nil {
		panic(err)
	}
	return d
}

// Decode reads the data files from fsys: sources.json, credentials.json,
// glossary.json, currencies.json, countrypay.json and careers/*.json. It returns every
// problem it finds, each naming the file, the entry and the field.
func Decode(fsys fs.FS) (*Data, error) {
	d := &Data{}
	var errs []error
	decode := func(name string, v any) {
		if err := decodeFile(fsys, name, v); err != nil {
			errs = append(errs, err)
		}
	}
	decode("sources.json", &d.Sources)
	decode("credentials.json", &d.Credentials)
	decode("glossary.json", &d.Glossary)
	decode("currencies.json", &d.Currencies)
	decode("countrypay.json", &d.CountryFigures)

	names, err := fs.Glob(fsys, "careers/*.json")
	if err != nil {
		errs = append(errs, err)
	}
	sort.Strings(names)
	files := make(map[string]string) // slug -> file name
	for _, name := range names {
		var c Career
		if err := decodeFile(fsys, name, &c); err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := files[c.Slug]; dup {
			errs = append(errs, &FieldError{File: name, Entry: c.Slug, Field: "slug", Problem: "duplicate slug, also used in " + prev})
			continue
		}
		files[c.Slug] = name
		d.Careers = append(d.Careers, c)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// The main career leads every list.
	sort.SliceStable(d.Careers, func(i, j int) bool {
		return d.Careers[i].Slug == MainSlug && d.Careers[j].Slug != MainSlug
	})
	d.index()
	if err := d.validate(files); err != nil {
		return nil, err
	}
	return d, nil
}

func decodeFile(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return &FieldError{File: name, Problem: "cannot read: " + err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &FieldError{File: name, Problem: describeJSONError(b, err)}
	}
	if dec.More() {
		return &FieldError{File: name, Problem: "unexpected content after the top-level value"}
	}
	return nil
}

// describeJSONError turns a decoder error into a message with a line number.
func describeJSONError(b []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at line %d: %v", lineOf(b, syn.Offset), syn)
	case errors.As(err, &typ):
		return fmt.Sprintf("wrong type at line %d: field %s must be %s, not %s", lineOf(b, typ.Offset), typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "file is empty or truncated"
	}
	return err.Error()
}

func lineOf(b []byte, offset int64) int {
	if offset > int64(len(b)) {
		offset = int64(len(b))
	}
	return bytes.Count(b[:offset], []byte("\n")) + 1
}

// FieldError is one problem in the data, located as precisely as possible.
type FieldError struct {
	File    string
	Entry   string
	Field   string
	Problem string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("data/")
	b.WriteString(e.File)
	if e.Entry != "" {
		fmt.Fprintf(&b, ": entry %q", e.Entry)
	}
	if e.Field != "" {
		b.WriteString(": field ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Problem)
	return b.String()
}

func (d *Data) index() {
	d.careerBySlug = make(map[string]*Career, len(d.Careers))
	for i := range d.Careers {
		d.careerBySlug[d.Careers[i].Slug] = &d.Careers[i]
	}
	d.sourceByID = make(map[string]*Source, len(d.Sources))
	for i := range d.Sources {
		d.sourceByID[d.Sources[i].ID] = &d.Sources[i]
	}
	d.credByID = make(map[string]*Credential, len(d.Credentials))
	for i := range d.Credentials {
		d.credByID[d.Credentials[i].ID] = &d.Credentials[i]
	}
	d.termByID = make(map[string]*Term, len(d.Glossary))
	for i := range d.Glossary {
		d.termByID[d.Glossary[i].ID] = &d.Glossary[i]
	}
	d.currByCode = make(map[string]*Currency, len(d.Currencies))
	for i := range d.Currencies {
		d.currByCode[d.Currencies[i].Code] = &d.Currencies[i]
	}
	d.countryByCode = make(map[string]*CountryFigures, len(d.CountryFigures))
	for i := range d.CountryFigures {
		d.countryByCode[d.CountryFigures[i].Country] = &d.CountryFigures[i]
	}
}

// Career returns the career with the slug, or nil.
func (d *Data) Career(slug string) *Career { return d.careerBySlug[slug] }

// Main returns the Health Information Technician career.
func (d *Data) Main() *Career { return d.careerBySlug[MainSlug] }

// Source returns the source with the id, or nil.
func (d *Data) Source(id string) *Source { return d.sourceByID[id] }

// Credential returns the credential with the id, or nil.
func (d *Data) Credential(id string) *Credential { return d.credByID[id] }

// Term returns the glossary term with the id, or nil.
func (d *Data) Term(id string) *Term { return d.termByID[id] }

// Currency returns the currency with the ISO code, or nil.
func (d *Data) Currency(code string) *Currency { return d.currByCode[code] }

// AsOfText words the period a figure refers to for a reader. A point in
// time reads "as of May 2023"; a source that gives none reads "date not
// stated (2025 guide)", since "as of not stated" reads like a slip. Anything
// else (a range such as "2023-33", "from January 1, 2025", "current AHIMA
// table", a survey's name) already reads as a phrase and is kept as written:
// "as of" in front of it would not.
func AsOfText(asOf string) string {
	if strings.HasPrefix(asOf, "not stated") {
		return "date " + asOf
	}
	point, _, _ := strings.Cut(asOf, " (")
	if isPointInTime(point) {
		return "as of " + asOf
	}
	return asOf
}

// isPointInTime reports whether s is a year, a month and year, or a full
// date: "2024", "May 2023", "Aug 24, 2020", "April 14, 2020".
func isPointInTime(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || !isYear(words[len(words)-1]) {
		return false
	}
	switch len(words) {
	case 1:
		return true
	case 2:
		return isMonth(words[0])
	case 3:
		day, ok := strings.CutSuffix(words[1], ",")
		return isMonth(words[0]) && ok && len(day) <= 2 && isDigits(day)
	}
	return false
}

func isYear(s string) bool { return len(s) == 4 && isDigits(s) }

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isMonth(s string) bool {
	s = strings.TrimSuffix(s, ".")
	for _, m := range [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if s == m || s == m[:3] {
			return true
		}
	}
	return false
}

// TermAnchor is the anchor of a glossary term on /glossary.
func TermAnchor(id string) string { return "term-" + id }

// Href returns the app-relative URL a link points at, without any sub-path
// prefix.
func (l Link) Href() string {
	p := l.Page
	if l.Career != "" {
		p = "/careers/" + l.Career
	}
	if l.Section != "" {
		p += "#" + l.Section
	}
	return p
}
