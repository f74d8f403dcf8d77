package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/data"
)

// TestCredentialGuideComesFirst: /credentials opens with "which first?",
// then one table with a row per credential, then the contents, then the
// entries.
func TestCredentialGuideComesFirst(t *testing.T) {
	creds := appData().Credentials
	html := render(t, "/credentials")
	if missing, ok := inOrder(html, "<h1>Credentials</h1>", `id="`+whichFirstAnchor+`"`, `id="compare-credentials"`, "<table", "All credentials", `id="`+creds[0].ID+`"`); !ok {
		t.Fatalf("the credential guide is out of order at %q", missing)
	}
	table := html[strings.Index(html, "<table"):strings.Index(html, "</table>")]
	if rows := strings.Count(table, `<tr role="row"`) - 1; rows != len(creds) {
		t.Errorf("the table has %d rows, want one per credential (%d)", rows, len(creds))
	}
	for _, c := range creds {
		if !strings.Contains(table, `href="/credentials#`+c.ID+`"`) {
			t.Errorf("the table has no row for %s", c.Abbr)
		}
	}
	rhit := appData().Credential("rhit")
	fee, _ := rhit.On(data.TopicFee)
	for _, want := range []string{fee[0].Value, "Not in our sources", `href="/about#source-` + fee[0].Source + `"`, `href="/careers/` + rhit.Careers[0] + `"`} {
		if !strings.Contains(table, want) {
			t.Errorf("the table does not show %q", want)
		}
	}
}

// TestCredentialAdvisorAnswers mounts the guide's "which first?" in each
// state: nothing known, saved quiz answers, and its own questions answered.
func TestCredentialAdvisorAnswers(t *testing.T) {
	blank := mountHTML(t, newCredentialAdvisor())
	if !strings.Contains(blank, "Choose where you are with school") || strings.Contains(blank, "First:") {
		t.Error("with nothing answered the guide does not ask, or answers anyway")
	}
	for _, q := range []string{"Where are you with school?", "What work do you want first?", "Do you hold the RHIT already?"} {
		if !strings.Contains(blank, "<legend>"+q+"</legend>") {
			t.Errorf("the guide does not ask %q", q)
		}
	}

	fromQuiz := &credentialAdvisor{loaded: true, fromQuiz: quiz.CredentialSituation{Schooling: quiz.AssociateStudying}, quizSays: true}
	html := mountHTML(t, fromQuiz)
	if missing, ok := inOrder(html, "From your readiness quiz answers:", "First: ", `href="/credentials#rhit"`, "final term"); !ok {
		t.Errorf("the quiz answers give no RHIT answer (%q)", missing)
	}

	own := &credentialAdvisor{loaded: true, own: quiz.CredentialSituation{Schooling: quiz.BachelorDone}, ownSchooling: true}
	html = mountHTML(t, own)
	answer := html[strings.Index(html, `id="which-first-answer"`):]
	if missing, ok := inOrder(answer, "For your answers here:", "First: ", `href="/credentials#rhia"`); !ok {
		t.Errorf("a finished bachelor's does not give the RHIA (%q)", missing)
	}
	if in := regexpFind(html, `<input[^>]*id="cred-schooling-6"[^>]*>`); !strings.Contains(in, " checked") {
		t.Errorf("the chosen answer is not checked: %s", in)
	}
	if n := strings.Count(html, " checked"); n != 1 {
		t.Errorf("%d radios are checked, want the one chosen", n)
	}
}

func TestSearchFindsWhichCredentialFirst(t *testing.T) {
	r := siteIndex().Search("which credential first", 5)
	if len(r.Results) == 0 || r.Results[0].Href() != "/credentials" {
		t.Errorf("searching \"which credential first\" does not lead to the credential guide: %v", r.Results)
	}
}

// TestGlossaryFilesTermsUnderLetters: an A–Z bar, a filter, and each term
// a heading under its letter's heading; the filter hides what it leaves out.
func TestGlossaryFilesTermsUnderLetters(t *testing.T) {
	terms := appData().Glossary
	html := mountHTML(t, newGlossary())
	if n := strings.Count(html, `<h3 class="term-name">`); n != len(terms) {
		t.Errorf("%d terms are headings, want %d", n, len(terms))
	}
	if !strings.Contains(html, `<a href="/glossary#letter-A">A</a>`) || !strings.Contains(html, `<span class="az-none">Q</span>`) {
		t.Error("the A–Z bar does not link A, or links Q, which has no term")
	}
	if missing, ok := inOrder(html, `id="letter-A"`, ">A</h2>", `id="term-aapc"`, `id="letter-B"`); !ok {
		t.Errorf("terms are not filed under their letters (%q)", missing)
	}
	if !strings.Contains(html, `<label for="glossary-filter">Filter terms</label>`) || regexpFind(html, `\shidden[\s>=]`) != "" {
		t.Error("no labelled filter box, or terms hidden with no filter")
	}

	filtered := &glossary{filter: "hip"}
	html = mountHTML(t, filtered)
	matching := 0
	for i := range terms {
		if terms[i].Matches("hip") {
			matching++
		}
	}
	if want := strconv.Itoa(matching) + " of " + strconv.Itoa(len(terms)) + " terms match “hip”"; matching == 0 || !strings.Contains(html, want) {
		t.Errorf("the count does not say %q", want)
	}
	hipaa := regexpFind(html, `<div[^>]*id="term-hipaa"[^>]*>`)
	cca := regexpFind(html, `<div[^>]*id="term-cca"[^>]*>`)
	if strings.Contains(hipaa, " hidden") || !strings.Contains(cca, " hidden") {
		t.Errorf("filtering for hip: HIPAA is %q, CCA is %q", hipaa, cca)
	}
}
