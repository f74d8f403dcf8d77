package data

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// notStudentText are the string fields the walk skips, as "Type.Field":
// ids, slugs, anchors and currency or country codes. The student never
// reads them, and an id such as "onet-online-29-2072-00-medical-records"
// would otherwise look like an occupation code.
var notStudentText = map[string]bool{
	"Source.ID": true, "Source.URL": true,
	"Career.Slug": true, "Career.Credentials": true, "Career.Related": true,
	"Fact.Source": true, "Pathway.ID": true, "Pathway.Source": true,
	"LevelPay.Currency": true, "LevelPay.Source": true,
	"CountryPay.Code": true, "CountryPay.Source": true,
	"PayRange.Currency": true, "Money.Currency": true,
	"Link.Career": true, "Link.Page": true, "Link.Section": true,
	"Comparison.Career": true, "FAQ.ID": true, "PayFact.ID": true,
	"Credential.ID": true, "Credential.Careers": true, "Term.ID": true,
	"Currency.Code": true, "Rate.Source": true,
	"QuizArea.ID": true, "QuizArea.Pathways": true, "QuizArea.Credentials": true, "QuizArea.FAQs": true,
	"QuizQuestion.ID": true, "QuizQuestion.Area": true,
	"KnowledgeQuestion.ID": true, "KnowledgeQuestion.Area": true,
	"AnswerCondition.Question": true, "KeywordRule.Career": true, "KeywordRule.Terms": true, "BulletRule.ID": true,
	"InterviewQuestion.ID": true, "InterviewQuestion.Kind": true, "InterviewQuestion.Area": true,
	"AnswerPoint.Knowledge": true, "CredentialRule.Credential": true, "EducationRule.ID": true,
}

// aboutOnly are the fields shown only on /about, where occupation codes may
// stay (research wording may not). A source's publisher, date and note are
// listed there. A source's title is not among them: every citation on every
// page shows it.
//
// A career's classification holds its occupation codes. Today
// app/ui/career_article.go prints it on the career page ("Occupation
// code: …"); that line is to move to /about (issue 19), so the field is
// counted as /about text here.
var aboutOnly = map[string]bool{
	"Source.Publisher": true, "Source.Date": true, "Source.Note": true,
	"Career.Classification": true,
}

// researchWording is what a research note says and a student should not
// read: "the guide" reads as this app (name the Himalayas guide or the HIT
// blog instead), "our copy" and "excerpt" describe our notes rather than
// the source, "third-party page" does not say whose page it is.
var researchWording = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bour copy\b`),
	regexp.MustCompile(`(?i)\bthe guide gives\b`),
	regexp.MustCompile(`(?i)\bthe guide\b`),
	regexp.MustCompile(`(?i)\bthird[- ]party page`),
	// "third-party guide", "a third-party prep site": whose?
	regexp.MustCompile(`(?i)\bthird[- ]party\b`),
	regexp.MustCompile(`(?i)\bour sources\b`),
	regexp.MustCompile(`(?i)\bstored (copy|page|edition|version)`),
	regexp.MustCompile(`(?i)\bexcerpt`),
	regexp.MustCompile(`(?i)\bproviso\b`),
}

// occupationCode is a U.S. occupation code ("SOC 29-2072", a bare "29-2072"
// or O*NET's "29-2072.00") or the name of the classification before a
// code or a space ("SOC "). Codes belong on /about; the glossary may name
// the classification in its entry that explains it, but give no code.
var (
	occupationCode = regexp.MustCompile(`SOC \d|\b\d{2}-\d{4}(\.\d{2})?\b`)
	socName        = regexp.MustCompile(`\bSOC `)
)

// studentText is one string a student reads, with where it sits and
// whether it is shown only on /about.
type studentText struct {
	path, text string
	about      bool
}

// studentTexts returns every string reachable from v that a student reads.
func studentTexts(path string, v reflect.Value) []studentText {
	return walkTexts(path, v, false)
}

func walkTexts(path string, v reflect.Value, about bool) []studentText {
	switch v.Kind() {
	case reflect.String:
		return []studentText{{path, v.String(), about}}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return walkTexts(path, v.Elem(), about)
	case reflect.Slice, reflect.Array:
		var out []studentText
		for i := range v.Len() {
			out = append(out, walkTexts(fmt.Sprintf("%s[%d]", path, i), v.Index(i), about)...)
		}
		return out
	case reflect.Struct:
		var out []studentText
		t := v.Type()
		for i := range v.NumField() {
			f := t.Field(i)
			key := t.Name() + "." + f.Name
			if !f.IsExported() || notStudentText[key] {
				continue
			}
			out = append(out, walkTexts(path+"."+f.Name, v.Field(i), about || aboutOnly[key])...)
		}
		return out
	}
	return nil
}

// wordingProblems returns what in a text reads like a research note, or
// like an occupation code where codes are not shown.
func wordingProblems(s studentText) []string {
	var found []string
	for _, re := range researchWording {
		found = append(found, re.FindAllString(s.text, -1)...)
	}
	if !s.about {
		found = append(found, occupationCode.FindAllString(s.text, -1)...)
		if !strings.HasPrefix(s.path, "Data.Glossary") {
			found = append(found, socName.FindAllString(s.text, -1)...)
		}
	}
	return found
}

// The texts a student reads name their sources and carry no research
// wording or occupation codes (those stay on /about).
func TestStudentTextsReadPlainly(t *testing.T) {
	texts := studentTexts("Data", reflect.ValueOf(MustLoad()))
	texts = append(texts, studentTexts("Quiz", reflect.ValueOf(MustLoadQuiz()))...)
	texts = append(texts, studentTexts("JobKit", reflect.ValueOf(MustLoadJobKit()))...)
	if len(texts) < 3000 {
		t.Fatalf("found only %d texts in the data; the walk is broken", len(texts))
	}
	bad := 0
	for _, s := range texts {
		if found := wordingProblems(s); len(found) > 0 {
			bad++
			t.Errorf("%s has %q: %q", s.path, found, s.text)
		}
	}
	if bad > 0 {
		t.Logf("%d of %d texts read like research notes", bad, len(texts))
	}
}

// The walk must find the fields a student reads, skip ids, and mark the
// /about ones; the check must catch each kind of wording. Otherwise the
// test above proves nothing.
func TestStudentTextsWalkAndCheck(t *testing.T) {
	d := &Data{
		Sources: []Source{{ID: "x-29-2072", Title: "O*NET – 29-2072.00 Specialists", Note: "Our copy is undated; SOC 29-2072."}},
		Careers: []Career{{Slug: "s", Classification: "SOC 29-2072", Summary: "The guide gives no year.",
			Pay:      &Headline{Fact: Fact{Label: "Median (SOC 11-9111)", Source: "onet-29-2072", Note: "Third-party page."}},
			Overview: []string{"Seen in an excerpt; the proviso applies.", "Stored in the SOC system."}}},
		Glossary: []Term{{ID: "soc", Term: "SOC", Definition: "The SOC system gives each job a code."}},
	}
	var got []string
	for _, s := range studentTexts("Data", reflect.ValueOf(d)) {
		if s.text == "" {
			continue
		}
		got = append(got, fmt.Sprintf("%s about=%v %q", s.path, s.about, wordingProblems(s)))
	}
	want := []string{
		`Data.Sources[0].Title about=false ["29-2072.00"]`,
		`Data.Sources[0].Note about=true ["Our copy"]`,
		`Data.Careers[0].Summary about=false ["The guide gives" "The guide"]`,
		`Data.Careers[0].Classification about=true []`,
		`Data.Careers[0].Overview[0] about=false ["excerpt" "proviso"]`,
		`Data.Careers[0].Overview[1] about=false ["SOC "]`,
		`Data.Careers[0].Pay.Fact.Label about=false ["SOC 1" "SOC "]`,
		`Data.Careers[0].Pay.Fact.Note about=false ["Third-party page" "Third-party"]`,
		`Data.Glossary[0].Term about=false []`,
		`Data.Glossary[0].Definition about=false []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk found\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
