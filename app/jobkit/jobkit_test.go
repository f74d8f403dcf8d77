package jobkit

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

var (
	d   = data.MustLoad()
	q   = data.MustLoadQuiz()
	kit = data.MustLoadJobKit()
	hit = d.Main()
)

// every answers each question with choice pick(question), clamped.
func every(pick int) map[string]int {
	a := map[string]int{}
	for _, qu := range q.Questions {
		a[qu.ID] = min(pick, len(qu.Choices)-1)
	}
	return a
}

// Systems and code sets a line may only name when the student entered
// them.
var entryOnly = []string{"Epic", "Cerner", "Meditech", "ICD-10-CM", "CPT", "HCPCS"}

func TestNoAnswersNoSuggestions(t *testing.T) {
	in := Input{Resume: store.Resume{Systems: "Epic", Codes: "CPT", Skills: "SQL"}}
	if got := Suggest(kit, q, hit, in); len(got) != 0 {
		t.Errorf("with no finished quiz, suggestions %+v", got)
	}
	// Answers of an attempt under way confirm nothing.
	var s store.State
	s.Progress.Answer("data-sql", 3, time.Now())
	if in := InputFrom(s, hit); in.Answers != nil || len(Suggest(kit, q, hit, in)) != 0 {
		t.Errorf("an unfinished quiz gave answers %v", in.Answers)
	}
	s.Progress.Finished = time.Now()
	if in := InputFrom(s, hit); len(Suggest(kit, q, hit, in)) != 1 {
		t.Errorf("a finished quiz's SQL answer gave %+v", Suggest(kit, q, hit, in))
	}
}

// Every suggestion is the data's line, filled in only with what the student
// entered, backed by the answers the student gave, and drawn from a duty or
// skill of the career.
func TestSuggestionsComeOnlyFromTheDataAndTheStudent(t *testing.T) {
	for pick := 0; pick <= 5; pick++ {
		for _, r := range []store.Resume{{}, {Systems: "Meditech", Codes: "ICD-10-CM; CPT"}} {
			answers := every(pick)
			got := Suggest(kit, q, hit, Input{Answers: answers, Resume: r})
			for _, s := range got {
				rule := ruleOf(t, s.ID)
				if strings.ContainsAny(s.Text, "{}") {
					t.Errorf("%s: placeholder left in %q", s.ID, s.Text)
				}
				// The text is the rule's, with entries in place of placeholders.
				want := rule.Plain
				if s.Entry != "" {
					want = strings.NewReplacer("{systems}", data.JoinAnd(listItems(r.Systems)), "{codes}", data.JoinAnd(listItems(r.Codes))).Replace(rule.Text)
				} else if want == "" {
					want = rule.Text
				}
				if s.Text != want {
					t.Errorf("%s: text %q, want %q", s.ID, s.Text, want)
				}
				for _, name := range entryOnly {
					if strings.Contains(s.Text, name) && !strings.Contains(r.Systems+r.Codes, name) {
						t.Errorf("%s claims %s, which the student never entered: %q", s.ID, name, s.Text)
					}
				}
				if len(s.Because) != len(rule.When) {
					t.Errorf("%s: %d reasons for %d conditions", s.ID, len(s.Because), len(rule.When))
				}
				for i, c := range rule.When {
					qu := q.Question(c.Question)
					if s.Because[i].Question != qu.Text || s.Because[i].Answer != qu.Choices[answers[c.Question]].Label {
						t.Errorf("%s: reason %+v is not the student's answer to %s", s.ID, s.Because[i], c.Question)
					}
				}
				if s.DrawnFrom == "" || !(slices.Contains(hit.Responsibilities, s.DrawnFrom) || hit.SkillNamed(strings.SplitN(s.DrawnFrom, ":", 2)[0]) != nil) {
					t.Errorf("%s: drawn from %q, which is no duty or skill of the career", s.ID, s.DrawnFrom)
				}
			}
		}
	}
}

func ruleOf(t *testing.T, id string) data.BulletRule {
	t.Helper()
	for _, b := range kit.Bullets {
		if b.ID == id {
			return b
		}
	}
	t.Fatalf("no rule %q", id)
	return data.BulletRule{}
}

func TestSuggestionsNameTheSystemsEntered(t *testing.T) {
	answers := map[string]int{"ehr-use": 3, "ehr-tasks": 2, "coding-systems": 2}
	got := Suggest(kit, q, hit, Input{Answers: answers, Resume: store.Resume{Systems: "Epic, Meditech", Codes: "ICD-10-CM, CPT"}})
	texts := map[string]Suggestion{}
	for _, s := range got {
		texts[s.ID] = s
	}
	if s := texts["ehr-update"]; s.Text != "Updated patients' records and filed scanned documents in the right place in Epic and Meditech." || s.Entry != "Systems you have used: Epic and Meditech" {
		t.Errorf("ehr-update = %+v", s)
	}
	if s := texts["coding-practice"]; !strings.Contains(s.Text, "in ICD-10-CM and CPT with") {
		t.Errorf("coding-practice = %+v", s)
	}
	if len(got) != 2 {
		t.Errorf("got %d suggestions, want 2: %+v", len(got), got)
	}
	plain := Suggest(kit, q, hit, Input{Answers: answers})
	for _, s := range plain {
		if s.Entry != "" || strings.Contains(s.Text, "Epic") {
			t.Errorf("without entries, %+v", s)
		}
	}
}

func TestCredentialAndEducationSuggestionsTakeTargetsFromThePlan(t *testing.T) {
	target := store.NewMonth(2026, time.July)
	in := Input{Answers: map[string]int{"cert-rhit": 2, "edu-training": 2}, Targets: map[int]store.Month{2: target, 1: store.NewMonth(2026, time.May)}}
	creds := SuggestCredentials(d, kit, q, hit, in)
	if len(creds) != 1 || !creds[0].Credential.Planned || creds[0].Credential.Date != target || !strings.Contains(creds[0].Credential.Name, "(RHIT)") || !strings.Contains(creds[0].Target, "July 2026") {
		t.Errorf("credentials = %+v", creds)
	}
	edu := SuggestEducation(kit, q, hit, in)
	if len(edu) != 1 || !edu[0].Education.Studying || edu[0].Education.End != store.NewMonth(2026, time.May) || edu[0].Education.School != "" {
		t.Errorf("education = %+v", edu)
	}
	in.Answers = map[string]int{"cert-rhit": 3, "edu-training": 4}
	creds = SuggestCredentials(d, kit, q, hit, in)
	if len(creds) != 1 || creds[0].Credential.Planned || !creds[0].Credential.Date.IsZero() || creds[0].Because[0].Answer != "I hold the RHIT" {
		t.Errorf("held credential = %+v", creds)
	}
	if edu := SuggestEducation(kit, q, hit, in); len(edu) != 1 || edu[0].Education.Studying || !edu[0].Education.End.IsZero() {
		t.Errorf("finished education = %+v", edu)
	}
	if len(SuggestCredentials(d, kit, q, hit, Input{})) != 0 || len(SuggestEducation(kit, q, hit, Input{})) != 0 {
		t.Error("suggestions without answers")
	}
}

func TestInputFromReadsPlanTargets(t *testing.T) {
	var s store.State
	s.SetTarget("step-2", "Get certified", store.NewMonth(2026, time.March), time.Now())
	in := InputFrom(s, hit)
	if in.Targets[2] != store.NewMonth(2026, time.March) || len(in.Targets) != 1 {
		t.Errorf("targets = %v", in.Targets)
	}
}

func keywordNames(c Coverage) (present, missing []string) {
	for _, m := range c.Present {
		present = append(present, m.Label)
	}
	for _, k := range c.Missing {
		missing = append(missing, k.Label)
	}
	return present, missing
}

func TestKeywordCoverageToleratesCasePluralsAndAcronyms(t *testing.T) {
	kws := CareerKeywords(d, kit, hit)
	for _, tc := range []struct {
		text, keyword string
		found         bool
	}{
		{"Updated electronic health records daily", "EHR systems", true},
		{"E.H.R. data entry", "EHR systems", true},
		{"EHRs", "EHR systems", true},
		{"Epic", "EHR systems", true},
		{"ehr", "EHR systems", true},
		{"healthier", "EHR systems", false},
		{"ICD-10 diagnosis coding", "ICD-10-CM", true},
		{"icd10cm", "ICD-10-CM", true},
		{"CPT codes", "CPT", true},
		{"cpt® code sets", "CPT", true},
		{"HIPAA privacy rule", "HIPAA", true},
		{"hipaa", "HIPAA", true},
		// A misspelling is found by search, but not by a hiring manager.
		{"hippa", "HIPAA", false},
		{"Wrote SQL queries", "SQL", true},
		{"structured query language", "SQL", true},
		{"sequel", "SQL", false},
		{"Met every deadline", "Time management", true},
		{"Medical Billing", "Medical billing and reimbursement", true},
		{"Release of information", "Release of information", true},
		{"HL7 interfaces", "HL7 and FHIR", true},
		{"fire safety", "HL7 and FHIR", false},
	} {
		var k Keyword
		for _, kw := range kws {
			if kw.Label == tc.keyword {
				k = kw
			}
		}
		if k.Label == "" {
			t.Fatalf("no keyword %q", tc.keyword)
		}
		if got := k.Found(NewText(tc.text)) != ""; got != tc.found {
			t.Errorf("%q in %q: found %v, want %v (forms %q)", tc.keyword, tc.text, got, tc.found, k.Forms)
		}
	}
}

// Every skill and tool of the career is behind some keyword, and the check
// lists a missing one until it is added.
func TestKeywordCheckListsAMissingSkillUntilAdded(t *testing.T) {
	kws := CareerKeywords(d, kit, hit)
	for _, n := range hit.SkillsAndTools() {
		if !slices.ContainsFunc(kws, func(k Keyword) bool { return slices.Contains(k.From, n.Name) }) {
			t.Errorf("no keyword stands for %q", n.Name)
		}
	}
	text := "Epic EHR, ICD-10-CM and CPT coding, HIPAA."
	present, missing := keywordNames(Check(kws, text))
	if !slices.Contains(present, "EHR systems") || !slices.Contains(present, "HIPAA") || !slices.Contains(missing, "SQL") {
		t.Fatalf("present %q, missing %q", present, missing)
	}
	if len(present)+len(missing) != len(kws) {
		t.Errorf("%d present and %d missing of %d keywords", len(present), len(missing), len(kws))
	}
	present, missing = keywordNames(Check(kws, text+" Basic SQL."))
	if slices.Contains(missing, "SQL") || !slices.Contains(present, "SQL") {
		t.Errorf("SQL still missing after it was added: %q", missing)
	}
}

func TestDefaultKeywordsForACareerWithoutRules(t *testing.T) {
	c := &data.Career{Slug: "x", TechnicalSkills: []data.Named{{Name: "Health data standards (HL7, FHIR)"}}, Tools: []data.Named{{Name: "Encoders"}}}
	kws := CareerKeywords(d, kit, c)
	if len(kws) != 2 || !reflect.DeepEqual(kws[0].Forms, []string{"Health data standards", "HL7", "FHIR"}) {
		t.Fatalf("keywords = %+v", kws)
	}
	present, missing := keywordNames(Check(kws, "Used an encoder; sent FHIR messages"))
	if len(present) != 2 || len(missing) != 0 {
		t.Errorf("present %q, missing %q", present, missing)
	}
}

func TestTermFormsLeaveOutMisspellings(t *testing.T) {
	for id, want := range map[string][2][]string{
		"hipaa":     {{"HIPAA", "Health Insurance Portability and Accountability Act", "hipaa privacy rule"}, {"hippa", "hipa", "hippaa"}},
		"icd-10-cm": {{"ICD-10-CM", "icd10", "icd-10", "icd-10-cm codes"}, {"idc-10", "icd", "diagnosis codes"}},
		"rcm":       {{"RCM", "Revenue cycle management", "revenue cycle"}, {"claims", "billing", "medical billing"}},
		"fhir":      {{"FHIR", "hl7 fhir"}, {"fire", "fihr", "fhr"}},
	} {
		forms := TermForms(d.Term(id))
		for _, f := range want[0] {
			if !slices.Contains(forms, f) {
				t.Errorf("%s: %q is not a form (%q)", id, f, forms)
			}
		}
		for _, f := range want[1] {
			if slices.Contains(forms, f) {
				t.Errorf("%s: %q counts as a form", id, f)
			}
		}
	}
}

func TestPracticeOrderIsWeakestFirstUnratedFirstAndStable(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e", "f"}
	ratings := map[string]int{"b": 3, "c": 1, "e": 1, "f": 2}
	got := PracticeOrder(ids, ratings)
	if want := []string{"a", "d", "c", "e", "f", "b"}; !slices.Equal(got, want) {
		t.Errorf("order = %q, want %q", got, want)
	}
	if !slices.Equal(ids, []string{"a", "b", "c", "d", "e", "f"}) {
		t.Error("the order changed its input")
	}
	all := map[string]int{"a": 2, "b": 2, "c": 2, "d": 1, "e": 3, "f": 2}
	if got := PracticeOrder(ids, all); !slices.Equal(got, []string{"d", "a", "b", "c", "f", "e"}) {
		t.Errorf("all rated: %q", got)
	}
}

func sampleResume() store.Resume {
	return store.Resume{
		Name: "Ana Lopez", Email: "ana@example.org", Phone: "555-0100", Location: "Tucson, AZ",
		Headline: "Health Information Technician",
		Education: []store.Education{
			{School: "Pima Community College", Program: "Associate degree in Health Information Technology", Start: store.NewMonth(2024, time.August), End: store.NewMonth(2026, time.May), Studying: true},
		},
		Credentials: []store.HeldCredential{{Name: "Registered Health Information Technician (RHIT)", Planned: true, Date: store.NewMonth(2026, time.July)}, {Name: "CPR", Date: store.NewMonth(2024, time.March)}},
		Experience: []store.Experience{
			{Role: "Volunteer", Employer: "Northside Clinic", Start: store.NewMonth(2024, time.January), Current: true, Details: "- Filed scanned documents in Epic.\n* Answered phones."},
		},
		Highlights: "Handled requests for patients' health information under supervision, following HIPAA.\nWrote SQL queries that select and filter rows.\nTracked data in spreadsheets with filters, formulas and simple charts.\nCoded practice cases in ICD-10-CM with code books or coding software.",
		Skills:     "Attention to detail", Systems: "Epic", Codes: "ICD-10-CM",
	}
}

func TestResumeDocumentAndPlainText(t *testing.T) {
	doc := ResumeDocument(sampleResume())
	text := doc.PlainText()
	for _, want := range []string{
		"Ana Lopez\nTucson, AZ | 555-0100 | ana@example.org\n",
		"EDUCATION\nAssociate degree in Health Information Technology, Pima Community College (August 2024 to May 2026 (expected))",
		"CREDENTIALS\nRegistered Health Information Technician (RHIT) (Expected July 2026)\nCPR (Earned March 2024)",
		"Volunteer, Northside Clinic (January 2024 to present)\n- Filed scanned documents in Epic.\n- Answered phones.",
		"SKILLS AND SYSTEMS\nSkills: Attention to detail\nSystems: Epic\nCoding systems: ICD-10-CM",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("plain text lacks %q:\n%s", want, text)
		}
	}
	if empty := ResumeDocument(store.Resume{Education: []store.Education{{}}}); !empty.IsEmpty() || empty.PlainText() != "" {
		t.Errorf("an empty resume gives %+v", empty)
	}
}

func TestLetterDraftUsesTheResumeAndTheJob(t *testing.T) {
	kws := append(CareerKeywords(d, kit, hit), CredentialKeywords(d)...)
	job := Job{Title: "Health Information Clerk", Employer: "Banner Health", Requirements: "Experience with SQL\nRelease of information under HIPAA"}
	letter := LetterDraft(hit, sampleResume(), job, kws)
	for _, want := range []string{
		"Dear hiring manager,",
		"I am applying for the Health Information Clerk job at Banner Health.",
		"What I would bring to the job:\n- Handled requests for patients' health information under supervision, following HIPAA.\n- Wrote SQL queries that select and filter rows.\n- ",
		"I hold CPR (earned March 2024). I am working towards Registered Health Information Technician (RHIT) by July 2026.",
		"My training: Associate degree in Health Information Technology at Pima Community College, to finish in May 2026.",
		"Yours sincerely,\nAna Lopez",
	} {
		if !strings.Contains(letter, want) {
			t.Errorf("letter lacks %q:\n%s", want, letter)
		}
	}
	if n := strings.Count(letter, "\n- "); n != MaxStrengths {
		t.Errorf("%d strengths, want %d", n, MaxStrengths)
	}
	// Without requirements, the resume's first lines lead.
	s := Strengths(sampleResume(), Job{}, kws)
	if len(s) != MaxStrengths || !strings.HasPrefix(s[0], "Handled requests") || !strings.HasPrefix(s[2], "Tracked data") {
		t.Errorf("strengths without requirements = %q", s)
	}
	// With SQL asked for first, the SQL line leads.
	if s := Strengths(sampleResume(), Job{Requirements: "SQL"}, kws); !strings.HasPrefix(s[0], "Wrote SQL") {
		t.Errorf("strengths for SQL = %q", s)
	}
}

func TestRequirementsTheResumeLacks(t *testing.T) {
	kws := append(CareerKeywords(d, kit, hit), CredentialKeywords(d)...)
	reqs := "RHIT required\n• Experience with Cerner or Epic; knowledge of HL7\n2 years of experience\nCCS or CPC preferred"
	got := CheckRequirements(kws, ResumeDocument(sampleResume()).PlainText(), reqs)
	want := []Requirement{
		{Line: "knowledge of HL7", Missing: []string{"HL7 and FHIR"}},
		{Line: "CCS or CPC preferred", Missing: []string{"CCS", "CPC"}},
	}
	if !reflect.DeepEqual(got.Lacking, want) || got.Checked != 4 || got.Unchecked != 1 {
		t.Errorf("check = %+v", got)
	}
}

func TestParseMonth(t *testing.T) {
	may := store.NewMonth(2026, time.May)
	for in, want := range map[string]store.Month{"2026-05": may, "2026-5": may, "05/2026": may, "5/2026": may, "May 2026": may, "may, 2026": may, "Sept 2026": store.NewMonth(2026, time.September), "": 0} {
		got, err := ParseMonth(in)
		if err != nil || got != want {
			t.Errorf("ParseMonth(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"2026-13", "13/2026", "Mai 2026", "soon", "1850-01"} {
		if _, err := ParseMonth(in); err == nil {
			t.Errorf("ParseMonth(%q) accepted", in)
		}
	}
}

func TestLinesAndHasLine(t *testing.T) {
	text := "- Wrote SQL queries.\n\n  • Tracked data  "
	if got := lines(text); !slices.Equal(got, []string{"Wrote SQL queries.", "Tracked data"}) {
		t.Errorf("lines = %q", got)
	}
	if !HasLine(text, "wrote sql queries") || HasLine(text, "Wrote SQL") {
		t.Error("HasLine does not compare whole lines")
	}
	if got := AddLine("a\n", "b"); got != "a\nb" {
		t.Errorf("AddLine = %q", got)
	}
}
