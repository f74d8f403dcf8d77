//go:build !wasm

package jobkit

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
)

// jobAdvert is requirements as a student pastes them from an advert.
const jobAdvert = `Requirements:
• RHIT credential preferred
• Experience with an EHR such as Cerner; knowledge of HL7 interfaces
• Working knowledge of ICD-10-CM and CPT coding
• Familiar with HIPAA and release of information
• 2 years of experience in a medical office`

// A cover letter for a pasted job: a draft in plain words from the
// resume, what the job asks that the resume lacks, one printed page on
// Letter and A4, and what the student writes kept over a reload.
func TestCoverLetterForAPastedJobPrintsOnOnePage(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	save(tb, filledState())
	tb.OpenSaved("/cover-letter")
	if exists(tb, "#letter-no-resume") {
		t.Fatal("a filled resume is called empty")
	}
	typeInto(tb, "letter-job", "Health Information Technician I")
	typeInto(tb, "letter-employer", "Banner Health")
	fill(tb, "letter-requirements", jobAdvert)
	tb.Click("#letter-write")
	tb.WaitFor("the draft", `document.getElementById("letter-body").value.startsWith("Dear hiring manager,")`)
	body := valueOf(tb, "letter-body")
	for _, want := range []string{
		"I am applying for the Health Information Technician I job at Banner Health.",
		"What I would bring to the job:\n- ",
		"Registered Health Information Technician (RHIT) by July 2026",
		"My training: Associate degree in Health Information Technology at Pima Community College, to finish in May 2026.",
		"Yours sincerely,\nAna Lopez",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the letter lacks %q:\n%s", want, body)
		}
	}
	gaps := textOf(tb, "#letter-gaps")
	if !strings.Contains(gaps, "knowledge of HL7 interfaces") || !strings.Contains(gaps, "HL7 and FHIR") {
		t.Errorf("the lacking requirements do not name HL7:\n%s", gaps)
	}
	if strings.Contains(gaps, "RHIT credential preferred") || strings.Contains(gaps, "Familiar with HIPAA") {
		t.Errorf("requirements the resume meets are called lacking:\n%s", gaps)
	}
	if !strings.Contains(gaps, "could not check") {
		t.Errorf("the years of experience are not left to the student:\n%s", gaps)
	}

	// The student edits the letter; the edit is what prints, and it stays.
	typeInto(tb, "letter-body", "\n\nP.S. I can start in June.")
	tb.WaitText("#letter-doc", "P.S. I can start in June.")
	tb.ReloadSaved()
	if v := valueOf(tb, "letter-body"); !strings.HasSuffix(v, "P.S. I can start in June.") {
		t.Errorf("after a reload the letter ends %q", v[max(0, len(v)-60):])
	}
	if s := savedState(t, tb); len(s.Letters) != 1 || s.Letters[0].Employer != "Banner Health" || !strings.Contains(s.Letters[0].Requirements, "HL7") {
		t.Errorf("saved letters = %+v", s.Letters)
	}

	tb.Click("#letter-copy")
	tb.WaitFor("the copy to be reported", `document.getElementById("letter-copied").innerText !== ""`)

	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	shown := e2e.Run(tb, chromedp.Evaluate[[]bool](`["#letter-doc", ".site-header", "#letter-form", "#letter-body", "#letter-gaps"].map(s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; })`))
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	if !shown[0] || shown[1] || shown[2] || shown[3] || shown[4] {
		t.Errorf("printed, [letter, header, form, text box, gaps] show %v; want the letter alone", shown)
	}
	for _, p := range papers {
		n := printedPages(tb, p.width, p.height)
		t.Logf("the cover letter prints on %d page(s) of %s", n, p.name)
		if n != 1 {
			t.Errorf("the cover letter prints on %d pages of %s, want 1", n, p.name)
		}
	}
}

// filledState is a saved state with a resume filled in, as a student
// leaves it on /resume.
func filledState() store.State {
	var s store.State
	s.Resume = store.Resume{
		Name: "Ana Lopez", Email: "ana.lopez@example.org", Phone: "(520) 555-0100", Location: "Tucson, AZ",
		Headline: "Health Information Technician",
		Summary:  "Detail-minded student finishing an accredited HIT program, ready for a first job in health information.",
		Education: []store.Education{{School: "Pima Community College", Program: "Associate degree in Health Information Technology",
			Start: store.NewMonth(2024, time.August), End: store.NewMonth(2026, time.May), Studying: true}},
		Credentials: []store.HeldCredential{
			{Name: "Registered Health Information Technician (RHIT)", Planned: true, Date: store.NewMonth(2026, time.July)},
			{Name: "CPR and First Aid", Date: store.NewMonth(2024, time.March)},
		},
		Experience: []store.Experience{{Role: "Front desk volunteer", Employer: "Northside Clinic", Start: store.NewMonth(2024, time.January), Current: true,
			Details: "Checked patient details at check-in.\nFiled scanned documents in the right place."}},
		Highlights: "Handled requests for patients' health information under supervision, following HIPAA.\n" +
			"Practised EHR tasks in Epic and Meditech in a course or a simulated lab.\n" +
			"Coded practice cases in ICD-10-CM and CPT with code books or coding software.\n" +
			"Wrote SQL queries that join tables and group results for reports.\n" +
			"Tracked data in spreadsheets with filters, formulas and simple charts.\n" +
			"Read clinical notes and medical abbreviations with ease.\n" +
			"Check every entry again, with a set routine, before moving on.",
		Skills: "Attention to detail, medical terminology, Excel", Systems: "Epic, Meditech", Codes: "ICD-10-CM, CPT",
	}
	return s
}
