package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mountHTML renders a component in go-app's test engine and returns its HTML.
func mountHTML(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// inOrder reports the first of texts that is missing from html, or comes
// before the one listed ahead of it.
func inOrder(html string, texts ...string) (string, bool) {
	at := 0
	for _, s := range texts {
		i := strings.Index(html[at:], s)
		if i < 0 {
			return s, false
		}
		at += i + len(s)
	}
	return "", true
}

// TestCareerPageAnswersFirst: before the contents and the sections, the
// page says what the job pays, what training takes, the credential, the
// outlook and the first step, each from the data.
func TestCareerPageAnswersFirst(t *testing.T) {
	hit := appData().Main()
	html := render(t, careerPath(hit.Slug))
	growth := hit.Outlook[hit.MainOutlook()]
	if missing, ok := inOrder(html,
		"<h1>"+hit.Title+"</h1>",
		`id="at-a-glance"`,
		"Typical pay", hit.Pay.Value, data.AsOfText(hit.Pay.AsOf),
		"Time and cost to train", "6–24 months", "US$2,000–US$30,000",
		"Main credential", `href="/credentials#rhit"`, "RHIT",
		"Outlook", growth.Value,
		"First step", `href="/careers/`+hit.Slug+`#step-1"`, hit.Steps[0].Title, `href="/quiz"`,
		`id="contents"`,
		`id="`+data.SectionOverview+`"`,
	); !ok {
		t.Errorf("the HIT page does not answer first: %q is missing or out of place", missing)
	}
}

// A career whose data lacks a figure says so, and invents none.
func TestCareerSummarySaysWhatIsMissing(t *testing.T) {
	for slug, want := range map[string][]string{
		"health-information-systems-technician": {"No pay figure for this job in our sources", "Not in our sources for this job"},
		"medical-administrative-assistant":      {"No credential is listed for this job in our sources", "No step-by-step route for this job in our sources"},
	} {
		glance := mountHTML(t, &glanceHost{ISlug: slug})
		for _, w := range want {
			if !strings.Contains(glance, w) {
				t.Errorf("%s: the summary does not say %q", slug, w)
			}
		}
		if strings.Contains(glance, "6–24 months") {
			t.Errorf("%s: the summary shows the HIT's training time", slug)
		}
	}
}

type glanceHost struct {
	app.Compo
	ISlug string
}

func (h *glanceHost) Render() app.UI { return careerGlance(appData().Career(h.ISlug)) }

// detailsTag finds a disclosure's opening tag by its name.
func detailsTag(html, name string) string {
	return regexp.MustCompile(`<details[^>]*data-disclosure="` + regexp.QuoteMeta(name) + `"[^>]*>`).FindString(html)
}

// TestSectionsAreClosedUntilOpened: every section but key facts is a
// closed disclosure headed by its title; the article's open set opens one.
func TestSectionsAreClosedUntilOpened(t *testing.T) {
	hit := appData().Main()
	closed := mountHTML(t, newCareerArticle().Slug(hit.Slug))
	for _, s := range hit.Sections() {
		tag := detailsTag(closed, s.ID)
		if s.ID == data.SectionKeyFacts {
			if tag != "" {
				t.Error("key facts, a short section of its own, closes")
			}
			continue
		}
		if tag == "" || strings.Contains(tag, " open") {
			t.Errorf("section %s is not a closed disclosure: %q", s.ID, tag)
		}
	}
	open := mountHTML(t, &careerArticle{ISlug: hit.Slug, openSlug: hit.Slug, open: map[string]bool{data.SectionPay: true}})
	if tag := detailsTag(open, data.SectionPay); !strings.Contains(tag, " open") {
		t.Errorf("the open set does not open the pay section: %q", tag)
	}
	if tag := detailsTag(open, data.SectionFAQ); strings.Contains(tag, " open") {
		t.Errorf("opening pay opened the FAQ: %q", tag)
	}
	// An open set read for another career opens nothing here.
	other := mountHTML(t, &careerArticle{ISlug: hit.Slug, openSlug: "medical-coder", open: map[string]bool{data.SectionPay: true}})
	if tag := detailsTag(other, data.SectionPay); strings.Contains(tag, " open") {
		t.Errorf("another career's open sections open this one's: %q", tag)
	}
	if !strings.Contains(closed, ">Back to top</a>") {
		t.Error("no Back to top link")
	}
}

// TestTopicsLeadWithTheirMainFigure: the pay and outlook sections show
// one figure, then one disclosure with the others and their sources.
func TestTopicsLeadWithTheirMainFigure(t *testing.T) {
	for _, c := range appData().Careers {
		html := mountHTML(t, newCareerArticle().Slug(c.Slug))
		if c.Pay != nil && len(c.Pay.SourcesDiffer) > 0 {
			if missing, ok := inOrder(html, `id="pay"`, c.Pay.Value, `data-disclosure="pay-more"`, "More figures and their sources", "Sources differ", c.Pay.SourcesDiffer[0].Value); !ok {
				t.Errorf("%s: pay does not lead with %s and keep the rest behind one disclosure (%q)", c.Slug, c.Pay.Value, missing)
			}
		}
		if strings.Count(html, `data-disclosure="pay-more"`) > 1 {
			t.Errorf("%s: more than one disclosure of other pay figures", c.Slug)
		}
		if main := c.MainOutlook(); main >= 0 && len(c.Outlook) > 1 {
			other := c.Outlook[0]
			if main == 0 {
				other = c.Outlook[1]
			}
			if missing, ok := inOrder(html, `id="outlook"`, c.Outlook[main].Label, `data-disclosure="outlook-more"`, other.Label); !ok {
				t.Errorf("%s: the outlook does not lead with its main figure (%q)", c.Slug, missing)
			}
		}
	}
}

// Occupation codes are shown on the about page, and on no career page.
func TestOccupationCodesOnlyOnAbout(t *testing.T) {
	about := render(t, "/about")
	for _, c := range appData().Careers {
		if strings.Contains(render(t, careerPath(c.Slug)), "Occupation code") {
			t.Errorf("%s shows its occupation code", c.Slug)
		}
		if c.Classification != "" && !strings.Contains(about, app.HTMLString(app.Text(c.Classification))) {
			t.Errorf("/about does not list the occupation code of %s", c.Slug)
		}
	}
	if !strings.Contains(about, `id="`+occupationCodesAnchor+`"`) {
		t.Error("/about has no occupation codes section")
	}
}

func regexpFind(s, re string) string { return regexp.MustCompile(re).FindString(s) }
