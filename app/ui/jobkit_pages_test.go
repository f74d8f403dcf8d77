package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Search finds each tool of the job kit by the words a student would use,
// through the page table's search words.
func TestSearchFindsEachJobKitTool(t *testing.T) {
	for q, path := range map[string]string{
		"resume":              "/resume",
		"cv":                  "/resume",
		"cover letter":        "/cover-letter",
		"interview questions": "/interview",
		"interview":           "/interview",
	} {
		r := siteIndex().Search(q, 20)
		found := -1
		for i, res := range r.Results {
			if res.Href() == path {
				found = i
				break
			}
		}
		if found < 0 || found > 2 {
			var got []string
			for _, res := range r.Results {
				got = append(got, res.Href())
			}
			t.Errorf("searching %q lists %s at %d, want among the first three: %q", q, path, found, got)
		}
	}
}

type resumeHost struct{ *resumeBuilder }

func (h *resumeHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

type letterHost struct{ *coverLetter }

func (h *letterHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

type interviewHost struct{ *interviewPractice }

func (h *interviewHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

// finishedQuiz is a state whose quiz is finished: preparing for the RHIT
// with a target on the plan, studying for an associate degree, writing
// SQL joins, releasing information under supervision.
func finishedQuiz() *store.State {
	var s store.State
	answers := map[string]int{
		"edu-training": 2, "cert-rhit": 2, "data-sql": 3, "privacy-release": 2, "privacy-hipaa": 2,
	}
	for id, c := range answers {
		s.Progress.Answer(id, c, day)
	}
	s.Progress.Finished = day
	s.Progress.Stage = store.StageResult
	s.SetTarget(quiz.StepItemID(2), "Get certified", store.NewMonth(2026, time.July), day)
	return &s
}

// do runs f as the component's own handler would, then draws the result.
func do(e app.TestEngine, ctx app.Context, f func()) {
	ctx.Dispatch(func(app.Context) { f() })
	e.ConsumeAll()
}

func TestResumeSuggestsLinesFromAFinishedQuizAndAddsThePickedOne(t *testing.T) {
	mem := useMemoryStore(t, finishedQuiz())
	b := newResumeBuilder()
	e := mount(t, &resumeHost{b})
	p := htmlOf(b)
	if _, ok := p.byID("resume-no-quiz"); ok {
		t.Error("the page asks for a quiz that is finished")
	}
	wantText(t, p,
		"Wrote SQL queries that join tables and group results for reports.",
		"You answered “I can join tables and group results for a report” to “Can you pull data out of a database with SQL?”.",
		"From the job: “Basic SQL queries: Pulling data out of databases — mostly needed in advanced or data-focused roles.”",
		"Credential: Registered Health Information Technician (RHIT) — Expected July 2026",
		"Your plan: “Get certified” by July 2026",
		"Education: Associate degree in health information",
	)
	if _, ok := p.byID("resume-suggest-sql-join"); !ok {
		t.Fatal("no button adds the SQL line")
	}

	do(e, b.mounted, func() { b.addLine("sql-join") })
	p = htmlOf(b)
	if v, _ := p.attr("resume-highlights", "value"); v != "Wrote SQL queries that join tables and group results for reports." {
		t.Errorf("key lines field = %q", v)
	}
	if el, _ := p.byID("resume-suggest-sql-join"); el.name != "p" {
		t.Error("the added line still offers to be added")
	}
	if got := mem.saved(t).Resume.Highlights; !strings.Contains(got, "Wrote SQL queries that join") {
		t.Errorf("saved key lines = %q", got)
	}
	// Added twice, it is there once.
	do(e, b.mounted, func() { b.addLine("sql-join") })
	if got := mem.saved(t).Resume.Highlights; strings.Count(got, "Wrote SQL") != 1 {
		t.Errorf("the line was added twice: %q", got)
	}

	do(e, b.mounted, func() { b.addCredentialAt("0") })
	saved := mem.saved(t).Resume.Credentials
	if len(saved) != 1 || !saved[0].Planned || saved[0].Date != store.NewMonth(2026, time.July) {
		t.Fatalf("credentials = %+v", saved)
	}
	p = htmlOf(b)
	if !strings.Contains(p.textOf("resume-doc-credentials"), "") || !p.has("Registered Health Information Technician (RHIT)") || !p.has("Expected July 2026") {
		t.Error("the resume does not name the credential and its date")
	}
}

func TestResumeWithoutAFinishedQuizSuggestsNothing(t *testing.T) {
	s := finishedQuiz()
	s.Progress.Finished = time.Time{}
	useMemoryStore(t, s)
	b := newResumeBuilder()
	mount(t, &resumeHost{b})
	p := htmlOf(b)
	if _, ok := p.byID("resume-no-quiz"); !ok {
		t.Error("the page does not say to finish the quiz")
	}
	for _, id := range []string{"resume-suggested-lines", "resume-suggested-entries"} {
		if _, ok := p.byID(id); ok {
			t.Errorf("%s is listed before the quiz is finished", id)
		}
	}
}

// keywordList is the keywords listed in the list with the id.
func (p page) keywordList(id string) []string {
	s := string(p)
	at := strings.Index(s, `id="`+id+`"`)
	if at < 0 {
		return nil
	}
	end := strings.Index(s[at:], "</ul>")
	if end < 0 {
		return nil
	}
	var out []string
	for _, el := range page(s[at : at+end]).elements() {
		if k, ok := el.attrs["data-keyword"]; ok {
			out = append(out, k)
		}
	}
	return out
}

func TestResumeKeywordCheckFollowsTheFields(t *testing.T) {
	useMemoryStore(t, nil)
	b := newResumeBuilder()
	e := mount(t, &resumeHost{b})
	p := htmlOf(b)
	if got := p.keywordList("keywords-missing"); len(got) != len(careerKeywords()) {
		t.Errorf("an empty resume lacks %d keywords, want all %d", len(got), len(careerKeywords()))
	}
	do(e, b.mounted, func() { b.setField("resume-skills", "HIPAA, electronic health records") })
	p = htmlOf(b)
	if missing := p.keywordList("keywords-missing"); !contains(missing, "SQL") || contains(missing, "HIPAA") || contains(missing, "EHR systems") {
		t.Errorf("missing = %q", missing)
	}
	if present := p.keywordList("keywords-present"); !contains(present, "HIPAA") || !contains(present, "EHR systems") {
		t.Errorf("present = %q", present)
	}
	wantText(t, p, "found as “Electronic health record”")
	do(e, b.mounted, func() { b.setField("resume-systems", "SQL Server") })
	if missing := htmlOf(b).keywordList("keywords-missing"); contains(missing, "SQL") {
		t.Errorf("SQL is still missing once added: %q", missing)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestResumeEntriesAreEditedAddedAndRemovedByKey(t *testing.T) {
	mem := useMemoryStore(t, nil)
	b := newResumeBuilder()
	e := mount(t, &resumeHost{b})
	do(e, b.mounted, func() { b.addEntry(entryEducation, nil) })
	do(e, b.mounted, func() { b.addEntry(entryEducation, nil) })
	keys := b.keys[entryEducation]
	if len(keys) != 2 {
		t.Fatalf("keys = %v", keys)
	}
	edit := func(key int, field, value string, on bool) {
		b.mounted.NewActionWithValue(actionResumeEntry, entryEdit{Kind: entryEducation, Key: key, Field: field, Value: value, On: on, Finished: true})
		e.ConsumeAll()
	}
	edit(keys[0], "school", "First College ", false)
	// Typing never rewrites the field under the student's fingers: it
	// keeps the value the page gave it (here, none), not the saved one,
	// which has lost its trailing space.
	if v, _ := htmlOf(b).attr(entryFieldID(entryEducation, keys[0], "school"), "value"); v != "" {
		t.Errorf("typing rewrote the field to %q", v)
	}
	edit(keys[1], "school", "Second College", false)
	endID := entryFieldID(entryEducation, keys[1], "end")
	// While it is typed, a month not yet finished is no mistake.
	b.mounted.NewActionWithValue(actionResumeEntry, entryEdit{Kind: entryEducation, Key: keys[1], Field: "end", Value: "May 2"})
	e.ConsumeAll()
	if _, bad := htmlOf(b).attr(endID, "aria-invalid"); bad {
		t.Error("a month is called unreadable while it is typed")
	}
	edit(keys[1], "end", "2026-13", false)
	p := htmlOf(b)
	if _, bad := p.attr(endID, "aria-invalid"); !bad || !p.has("This month could not be read: write the month as 2026-05 or May 2026.") {
		t.Error("an unreadable month is not flagged")
	}
	edit(keys[1], "end", "May 2026", false)
	edit(keys[1], "studying", "", true)
	if _, bad := htmlOf(b).attr(endID, "aria-invalid"); bad {
		t.Error("the month's message stays once it reads")
	}
	got := mem.saved(t).Resume.Education
	if len(got) != 2 || got[1].School != "Second College" || got[1].End != store.NewMonth(2026, time.May) || !got[1].Studying {
		t.Fatalf("education = %+v", got)
	}

	// Removing the first keeps the second's fields its own.
	b.mounted.NewActionWithValue(actionResumeRemove, entryRef{Kind: entryEducation, Key: keys[0]})
	e.ConsumeAll()
	p = htmlOf(b)
	if v, _ := p.attr(entryFieldID(entryEducation, keys[1], "school"), "value"); v != "Second College" {
		t.Errorf("the remaining entry shows %q", v)
	}
	if _, ok := p.byID(entryFieldID(entryEducation, keys[0], "school")); ok {
		t.Error("the removed entry is still drawn")
	}
	if got := mem.saved(t).Resume.Education; len(got) != 1 || got[0].School != "Second College" {
		t.Errorf("education after removal = %+v", got)
	}
	wantText(t, p, "Second College", "May 2026 (expected)")
}

func TestResumeListsAreBounded(t *testing.T) {
	useMemoryStore(t, nil)
	b := newResumeBuilder()
	e := mount(t, &resumeHost{b})
	for i := 0; i < store.MaxExperience+2; i++ {
		do(e, b.mounted, func() { b.addEntry(entryExperience, nil) })
	}
	if n := len(b.state.Resume.Experience); n != store.MaxExperience {
		t.Errorf("%d jobs, want at most %d", n, store.MaxExperience)
	}
	if el, _ := htmlOf(b).byID("resume-add-exp"); el.name != "p" {
		t.Error("the add button stays once the list is full")
	}
}

func resumeForLetters() *store.State {
	s := finishedQuiz()
	s.Resume = store.Resume{
		Name: "Ana Lopez", Email: "ana@example.org",
		Highlights:  "Handled requests for patients' health information under supervision, following HIPAA.\nWrote SQL queries that join tables and group results for reports.",
		Credentials: []store.HeldCredential{{Name: "Registered Health Information Technician (RHIT)", Planned: true, Date: store.NewMonth(2026, time.July)}},
		Systems:     "Epic",
	}
	return s
}

func TestCoverLetterDraftsFromTheResumeAndSaysWhatItLacks(t *testing.T) {
	mem := useMemoryStore(t, resumeForLetters())
	c := newCoverLetter()
	e := mount(t, &letterHost{c})
	if _, ok := htmlOf(c).byID("letter-no-resume"); ok {
		t.Error("a filled resume is called empty")
	}
	do(e, c.mounted, func() {
		c.setField("letter-job", "Health Information Clerk")
		c.setField("letter-employer", "Banner Health")
		c.setField("letter-requirements", "RHIT preferred\nExperience with Cerner and HL7 interfaces\nKnowledge of ICD-10-CM coding\n2 years in a clinic")
	})
	do(e, c.mounted, c.writeDraft)
	p := htmlOf(c)
	body, _ := p.attr("letter-body", "value")
	for _, want := range []string{"I am applying for the Health Information Clerk job at Banner Health.", "- Handled requests", "I am working towards Registered Health Information Technician (RHIT) by July 2026.", "Yours sincerely,\nAna Lopez"} {
		if !strings.Contains(body, want) {
			t.Errorf("the letter lacks %q:\n%s", want, body)
		}
	}
	wantText(t, p, "“Experience with Cerner and HL7 interfaces”: your resume does not mention", "HL7 and FHIR", "“Knowledge of ICD-10-CM coding”: your resume does not mention", "The app could not check one line of the requirements")
	if p.has("“RHIT preferred”") {
		t.Error("RHIT is on the resume, yet called missing")
	}
	saved := mem.saved(t).Letters
	if len(saved) != 1 || saved[0].Employer != "Banner Health" || !strings.Contains(saved[0].Body, "Banner Health") {
		t.Fatalf("letters = %+v", saved)
	}

	// A second draft asks before it replaces the letter.
	do(e, c.mounted, func() { c.setField("letter-body", "My own words.") })
	do(e, c.mounted, c.writeDraft)
	if _, ok := htmlOf(c).byID("letter-replace"); !ok {
		t.Fatal("no question before an edited letter is replaced")
	}
	if mem.saved(t).Letters[0].Body != "My own words." {
		t.Error("the edited letter was replaced before the student said yes")
	}
	do(e, c.mounted, c.replaceDraft)
	if !strings.HasPrefix(mem.saved(t).Letters[0].Body, "Dear hiring manager,") {
		t.Error("yes did not replace the letter")
	}

	// A new letter leaves the first one saved.
	do(e, c.mounted, func() { c.startNewLetter() })
	do(e, c.mounted, func() { c.setField("letter-job", "Coder") })
	if got := mem.saved(t).Letters; len(got) != 2 || got[1].JobTitle != "Coder" || got[0].Employer != "Banner Health" {
		t.Errorf("letters = %+v", got)
	}
}

func TestCoverLetterSaysWhenTheResumeIsEmpty(t *testing.T) {
	useMemoryStore(t, nil)
	c := newCoverLetter()
	mount(t, &letterHost{c})
	p := htmlOf(c)
	if _, ok := p.byID("letter-no-resume"); !ok {
		t.Error("an empty resume is not mentioned")
	}
	wantText(t, p, "Paste the job's requirements above")
}

func TestInterviewRoundSavesAndOffersTheWeakestFirst(t *testing.T) {
	mem := useMemoryStore(t, nil)
	ip := newInterviewPractice()
	e := mount(t, &interviewHost{ip})
	ids := questionIDs()
	if got := htmlOf(ip).textOf("interview-first"); got != jobKitData().Question(ids[0]).Text {
		t.Errorf("before any rating the round starts with %q", got)
	}
	do(e, ip.mounted, func() { ip.begin(ip.order()) })
	weakest := ids[3]
	for i, id := range ids {
		p := htmlOf(ip)
		if got := p.textOf("interview-text"); got != jobKitData().Question(id).Text {
			t.Fatalf("question %d shows %q, want %s", i+1, got, id)
		}
		if _, ok := p.byID("interview-covers"); ok {
			t.Fatal("the points show before they are asked for")
		}
		do(e, ip.mounted, func() { ip.answer("My answer to " + id) })
		do(e, ip.mounted, ip.showPoints)
		rating := 2
		if id == weakest {
			rating = 1
		}
		ip.mounted.NewActionWithValue(actionInterviewRate, choice{Key: id, Value: string(rune('0' + rating))})
		e.ConsumeAll()
		do(e, ip.mounted, ip.nextQuestion)
	}
	s := mem.saved(t)
	if a := s.Interview.Answers[weakest]; a.Rating != 1 || a.Text != "My answer to "+weakest {
		t.Errorf("saved answer = %+v", a)
	}
	if len(s.Interview.Ratings()) != len(ids) {
		t.Errorf("%d ratings saved of %d", len(s.Interview.Ratings()), len(ids))
	}

	// Mounted afresh, as after a reload, the round starts with the weakest.
	again := newInterviewPractice()
	mount(t, &interviewHost{again})
	if got := htmlOf(again).textOf("interview-first"); got != jobKitData().Question(weakest).Text {
		t.Errorf("after a reload the round starts with %q, want the weakest", got)
	}
}

func TestInterviewPointsLinkToTheKnowledgeCheck(t *testing.T) {
	useMemoryStore(t, nil)
	ip := newInterviewPractice()
	e := mount(t, &interviewHost{ip})
	do(e, ip.mounted, func() { ip.begin([]string{"minimum-necessary"}) })
	do(e, ip.mounted, ip.showPoints)
	p := htmlOf(ip)
	kq := quizData().KnowledgeQuestion("k-minimum-necessary")
	wantText(t, p, "From the knowledge check: ", kq.Explanation)
	if !strings.Contains(string(p), `href="/glossary#term-hipaa"`) {
		t.Error("the knowledge check's link is not shown")
	}
	if _, ok := p.byID("rating-minimum-necessary-1"); !ok {
		t.Error("no rating once the points are shown")
	}
}

func TestJobKitCalloutLinksToEachTool(t *testing.T) {
	p := htmlOf(jobKitCallout("verdict-kit"))
	for _, want := range []string{`href="/resume"`, `href="/cover-letter"`, `href="/interview"`, `id="verdict-kit"`} {
		if !strings.Contains(string(p), want) {
			t.Errorf("the callout lacks %s: %s", want, p)
		}
	}
	if len(jobKitCalloutLabels) != len(jobKitPaths) {
		t.Error("each page of the kit needs a label")
	}
}
