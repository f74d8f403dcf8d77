//go:build !wasm

package jobkit

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// pickNearlyReady answers as a student close to a first job: studying for
// an associate degree, preparing for the RHIT, practised in an EHR and
// with coding, knows HIPAA; the strongest answer elsewhere.
func pickNearlyReady(qu data.QuizQuestion) int {
	switch qu.ID {
	case "edu-training", "cert-rhit", "ehr-use", "coding-systems", "privacy-hipaa", "privacy-release", "edu-experience":
		return map[string]int{"edu-training": 2, "cert-rhit": 2, "ehr-use": 2, "coding-systems": 2, "privacy-hipaa": 2, "privacy-release": 2, "edu-experience": 1}[qu.ID]
	}
	return len(qu.Choices) - 1
}

// A resume built from a finished quiz: the suggestions its answers
// support, picked and completed by the student, print on one page of
// Letter and of A4 and name the student's credentials.
func TestResumeFromAFinishedQuizPrintsOnOnePage(t *testing.T) {
	tb := freshTab(t, "/quiz")
	answerQuiz(t, tb, pickNearlyReady)

	tb.OpenSaved("/resume")
	if exists(tb, "#resume-no-quiz") {
		t.Fatal("the resume asks for the quiz that was just finished")
	}
	typeInto(tb, "resume-name", "Ana Lopez")
	typeInto(tb, "resume-email", "ana.lopez@example.org")
	typeInto(tb, "resume-phone", "(520) 555-0100")
	typeInto(tb, "resume-location", "Tucson, AZ")
	typeInto(tb, "resume-headline", "Health Information Technician")
	typeInto(tb, "resume-summary", "Detail-minded student finishing an accredited HIT program, ready for a first job in health information.")
	typeInto(tb, "resume-systems", "Epic, Meditech")
	typeInto(tb, "resume-codes", "ICD-10-CM, CPT")
	typeInto(tb, "resume-skills", "Attention to detail, medical terminology, Excel")

	// The credential and the education the answers support.
	tb.Click("#resume-suggest-cred-0")
	tb.WaitFor("the credential entry", `document.querySelector("#resume-cred fieldset.resume-entry") !== null`)
	credDate := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#resume-cred fieldset.resume-entry input[type=month]").id`))
	fill(tb, credDate, "2026-07")
	tb.Click("#resume-suggest-edu-0")
	tb.WaitFor("the education entry", `document.querySelector("#resume-edu fieldset.resume-entry") !== null`)
	eduSchool := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#resume-edu fieldset.resume-entry input[id$='-school']").id`))
	typeInto(tb, eduSchool, "Pima Community College")
	fill(tb, strings.TrimSuffix(eduSchool, "school")+"start", "2024-08")
	fill(tb, strings.TrimSuffix(eduSchool, "school")+"end", "2026-05")

	// Every suggested line, as a student who picks them all.
	ids := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#resume-suggested-lines button")].map(b => b.id)`))
	if len(ids) < 4 {
		t.Fatalf("only %d lines suggested: %q", len(ids), ids)
	}
	for _, id := range ids {
		tb.Click("#" + id)
		tb.WaitFor(id+" to be added", `document.querySelector("#`+id+`").tagName === "P"`)
	}
	if v := valueOf(tb, "resume-highlights"); !strings.Contains(v, "in Epic and Meditech in a course or a simulated lab.") {
		t.Errorf("the key lines do not name the systems entered: %q", v)
	}
	addExperience(tb)

	// Saved, and shown after a reload as typed.
	tb.ReloadSaved()
	if v := valueOf(tb, "resume-name"); v != "Ana Lopez" {
		t.Errorf("after a reload the name reads %q", v)
	}
	s := savedState(t, tb)
	if len(s.Resume.Credentials) != 1 || !s.Resume.Credentials[0].Planned || s.Resume.Credentials[0].Date.String() != "2026-07" {
		t.Errorf("saved credentials = %+v", s.Resume.Credentials)
	}

	doc := textOf(tb, "#resume-doc")
	for _, want := range []string{"Ana Lopez", "Registered Health Information Technician (RHIT)", "Expected July 2026", "Pima Community College", "May 2026 (expected)", "Front desk volunteer"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the resume does not show %q:\n%s", want, doc)
		}
	}
	// Printed, the resume is all there is on the page.
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	shown := e2e.Run(tb, chromedp.Evaluate[[]bool](`["#resume-doc", ".site-header", "#resume-form", "#resume-keywords", "h1"].map(s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; })`))
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	if !shown[0] || shown[1] || shown[2] || shown[3] || shown[4] {
		t.Errorf("printed, [resume, header, form, keyword check, h1] show %v; want the resume alone", shown)
	}
	for _, p := range papers {
		n := printedPages(tb, p.width, p.height)
		t.Logf("the resume prints on %d page(s) of %s", n, p.name)
		if n != 1 {
			t.Errorf("the resume prints on %d pages of %s, want 1", n, p.name)
		}
	}
	text := valueOf(tb, "resume-text")
	if !strings.Contains(text, "CREDENTIALS\nRegistered Health Information Technician (RHIT) (Expected July 2026)") {
		t.Errorf("the plain text lacks the credential:\n%s", text)
	}
	// Copying opens the plain text, selects it and says what happened.
	tb.Click("#resume-copy")
	tb.WaitFor("the copy to be reported", `document.getElementById("resume-copied").innerText !== ""`)
	if sel := e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.activeElement; return e.id + ":" + (e.selectionEnd - e.selectionStart === e.value.length) })()`)); sel != "resume-text:true" {
		t.Errorf("after Copy, focus and selection are %q, want the whole plain text selected", sel)
	}
}

func addExperience(tb *e2e.Tab) {
	tb.Click("#resume-add-exp")
	tb.WaitFor("the experience entry", `document.querySelector("#resume-exp fieldset.resume-entry") !== null`)
	role := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#resume-exp fieldset.resume-entry input[id$='-role']").id`))
	prefix := strings.TrimSuffix(role, "role")
	typeInto(tb, role, "Front desk volunteer")
	typeInto(tb, prefix+"employer", "Northside Clinic")
	fill(tb, prefix+"start", "2024-01")
	tb.Click("label[for='" + prefix + "current']")
	fill(tb, prefix+"details", "Checked patient details at check-in.\nFiled scanned documents.")
}

// The keyword check lists a skill the resume lacks, and stops listing it
// once the student adds it, as they type.
func TestKeywordCheckListsAMissingSkillUntilAdded(t *testing.T) {
	tb := freshTab(t, "/resume")
	missing := `[...document.querySelectorAll("#keywords-missing li")].map(li => li.dataset.keyword)`
	present := `[...document.querySelectorAll("#keywords-present li")].map(li => li.dataset.keyword)`
	if got := e2e.Run(tb, chromedp.Evaluate[[]string](missing)); !contains(got, "SQL") || !contains(got, "HIPAA") {
		t.Fatalf("an empty resume's missing keywords: %q", got)
	}
	typeInto(tb, "resume-skills", "HIPAA, electronic health records")
	tb.WaitFor("HIPAA to be found", `!`+missing+`.includes("HIPAA")`)
	if got := e2e.Run(tb, chromedp.Evaluate[[]string](missing)); !contains(got, "SQL") {
		t.Errorf("SQL is no longer listed before it is added: %q", got)
	}
	typeInto(tb, "resume-skills", ", basic SQL queries")
	tb.WaitFor("SQL to be found", `!`+missing+`.includes("SQL")`)
	if got := e2e.Run(tb, chromedp.Evaluate[[]string](present)); !contains(got, "SQL") || !contains(got, "EHR systems") {
		t.Errorf("present keywords: %q", got)
	}
	if got := textOf(tb, "#keywords-count"); !strings.HasPrefix(got, "3 of ") {
		t.Errorf("the count reads %q", got)
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
