package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// examplePackBytes is the fictional example pack of data/local/README.md.
func examplePackBytes(t *testing.T) []byte {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "data", "local", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := bytes.Cut(readme, []byte("## A complete example"))
	_, rest, _ = bytes.Cut(rest, []byte("```json\n"))
	block, _, _ := bytes.Cut(rest, []byte("```"))
	return block
}

// usePack makes s the app's local.json state for the test.
func usePack(t *testing.T, s packState) {
	t.Helper()
	old := packNow.Load()
	setLocal(s)
	t.Cleanup(func() { packNow.Store(old) })
}

func useExamplePack(t *testing.T) *local.Pack {
	t.Helper()
	s := readPack(examplePackBytes(t))
	if s.status != packUsed {
		t.Fatalf("the example pack is refused: %s", local.Report(s.problems))
	}
	usePack(t, s)
	return s.pack
}

// packHost runs a pack view's OnMount in the test engine, as the browser
// would, with the view's own context, which it keeps to send actions and
// ask for a redraw.
type packHost struct {
	mounter
	ctx app.Context
}

type mounter interface {
	app.Composer
	OnMount(app.Context)
}

func (h *packHost) OnPreRender(ctx app.Context) {
	h.ctx = ctx
	h.mounter.OnMount(ctx)
}

// A career page's "Near you" part draws nothing until a pack arrives, then
// draws it on actionLocalPack: the pack is known only in the browser.
func TestNearYouFollowsThePack(t *testing.T) {
	usePack(t, packState{status: packNone})
	n := newNearYou().Slug(data.MainSlug)
	h := &packHost{mounter: n}
	e := mount(t, h)
	if p := htmlOf(n); p.has("Near you") || p.has("Riverbend") {
		t.Fatalf("with no pack the part shows something:\n%s", p)
	}

	pack := useExamplePack(t)
	h.ctx.NewAction(actionLocalPack)
	e.ConsumeAll()
	p := htmlOf(n)
	for _, want := range []string{
		"Near you",
		"Riverbend College HIM", "Riverbend College, Riverbend", "Accredited: CAHIIM", "US$8,000–US$11,000",
		"Source: Riverbend College catalog (example figure) · 2025-26 catalog. Provided by Riverbend College Career Center.",
		"Starting pay at Riverbend hospitals: ", "US$17–US$21 an hour",
		"Source: Riverbend County wage survey (example figure) · as of 2024. Provided by Riverbend College Career Center.",
		"Nationally: U.S. national median pay, $47,160. ",
		"Riverbend General Hospital", "Hires for: Health Information Technician, Medical Coder.",
		"A note from Riverbend College Career Center", "paid placement",
	} {
		if !p.has(want) {
			t.Errorf("the part lacks %q", want)
		}
	}
	for _, id := range []string{nearYouID, pack.Programs[0].Anchor, pack.Pay[0].Anchor, pack.Employers[0].Anchor, pack.Notes[0].Anchor} {
		if _, ok := p.byID(id); !ok {
			t.Errorf("no element with id %q, which search links to", id)
		}
	}
	// A web link opens in a new tab with no opener; a mail link is left
	// to the browser.
	if rel, _ := attrOfHref(p, "https://riverbend.example/him", "rel"); rel != "noopener noreferrer" {
		t.Errorf("the program's link has rel %q", rel)
	}
	if target, _ := attrOfHref(p, "https://riverbend.example/him", "target"); target != "_blank" {
		t.Errorf("the program's link opens in %q", target)
	}

	// A career the pack does not name shows nothing.
	other := newNearYou().Slug("medical-administrative-assistant")
	mount(t, &packHost{mounter: other})
	if p := htmlOf(other); p.has("Near you") {
		t.Errorf("a career the pack does not name shows the part")
	}
}

// attrOfHref is an attribute of the first link to href.
func attrOfHref(p page, href, name string) (string, bool) {
	for _, el := range p.elements() {
		if el.name == "a" && el.attrs["href"] == href {
			v, ok := el.attrs[name]
			return v, ok
		}
	}
	return "", false
}

// Whatever reaches the page, a pack's words are text and its links are
// links only to the web, email or a phone.
func TestPackContentStaysText(t *testing.T) {
	hostile := &local.Pack{
		Version:      1,
		Organization: local.Organization{Name: `<img src=x onerror=alert(1)>`, Website: "javascript:alert(1)"},
		Welcome:      "<script>alert(1)</script>",
		Programs: []local.Program{{Name: `<b onclick="x()">HIM</b>`, Institution: "R", Careers: []string{data.MainSlug},
			URL: "data:text/html,<script>alert(1)</script>", Source: "s", AsOf: "2024", Anchor: "local-program-him"}},
	}
	usePack(t, packState{status: packUsed, pack: hostile})
	for _, c := range []app.Composer{newNearYou().Slug(data.MainSlug), newLocalWelcome()} {
		mount(t, &packHost{mounter: c.(mounter)})
		p := string(htmlOf(c))
		for _, bad := range []string{"<img", "<script", "<b ", `href="javascript:`, `href="data:`} {
			if strings.Contains(p, bad) {
				t.Errorf("%T draws %q:\n%s", c, bad, p)
			}
		}
		if !strings.Contains(p, "&lt;") {
			t.Errorf("%T does not show the pack's angle brackets as text:\n%s", c, p)
		}
	}
}

func TestTalkToAndThePlanSteps(t *testing.T) {
	pack := useExamplePack(t)
	v := newTalkTo()
	mount(t, &packHost{mounter: v})
	p := htmlOf(v)
	for _, want := range []string{"Talk to Sam Rivera", "Career counselor, Riverbend College Career Center", "Monday to Friday, 9:00 to 3:00, room B12", "Email careers@riverbend.example", "Call +1 555-0100 ext. 12"} {
		if !p.has(want) {
			t.Errorf("the contact lacks %q:\n%s", want, p)
		}
	}
	if _, ok := attrOfHref(p, "tel:+1-555-0100", "rel"); !ok {
		t.Errorf("no tel: link to +1-555-0100:\n%s", p)
	}
	if _, ok := p.byID(local.ContactAnchor); !ok {
		t.Errorf("no element %q, which search links to", local.ContactAnchor)
	}

	plan := newLocalPlan()
	mount(t, &packHost{mounter: plan})
	p = htmlOf(plan)
	for _, s := range pack.PlanSteps {
		if _, ok := p.byID(s.Anchor); !ok || !p.has(s.Title) {
			t.Errorf("the plan lacks the step %q", s.Title)
		}
	}
	if !p.has("Steps from Riverbend College Career Center") || !p.has("Talk to Sam Rivera") {
		t.Errorf("the plan's local part:\n%s", p)
	}
	if _, ok := p.byID("shared-on"); !ok {
		t.Errorf("the plan does not offer shared-computer mode:\n%s", p)
	}
}

func TestLocalFAQsJoinTheMainCareer(t *testing.T) {
	pack := useExamplePack(t)
	for slug, want := range map[string]bool{local.FAQCareer: true, "medical-coder": false} {
		f := newLocalFAQs().Career(slug)
		mount(t, &packHost{mounter: f})
		_, ok := htmlOf(f).byID(pack.FAQs[0].Anchor)
		if ok != want {
			t.Errorf("%s: the local question is shown: %v, want %v", slug, ok, want)
		}
	}
}

func TestHomeAndCareersIndex(t *testing.T) {
	useExamplePack(t)
	w := newLocalWelcome()
	mount(t, &packHost{mounter: w})
	if p := htmlOf(w); !p.has("Riverbend College Career Center") || !p.has("Welcome, Riverbend students.") {
		t.Errorf("the welcome:\n%s", p)
	}
	c := newLocalCareers()
	mount(t, &packHost{mounter: c})
	p := htmlOf(c)
	for _, want := range []string{"Health Information Technician", " — 1 program, 1 pay figure, 1 employer, 1 note", "Medical Coder"} {
		if !p.has(want) {
			t.Errorf("the careers index lacks %q:\n%s", want, p)
		}
	}
}

// The search finds the pack once it is in use, and only then.
func TestSiteIndexTakesThePack(t *testing.T) {
	usePack(t, packState{status: packNone})
	if r := siteIndex().Search("riverbend college", 5); r.Total != 0 {
		t.Fatalf("without a pack riverbend college finds %q", r.Results[0].Title)
	}
	pack := useExamplePack(t)
	r := siteIndex().Search("riverbend college", 5)
	if r.Total == 0 {
		t.Fatal("with the pack riverbend college finds nothing")
	}
	found := false
	for _, res := range r.Results {
		found = found || res.Href() == careerPath(data.MainSlug)+"#"+pack.Programs[0].Anchor
	}
	if !found {
		t.Errorf("riverbend college does not find the program: %+v", r.Results)
	}
}

// The counselor page names each problem of a refused pack.
func TestCounselorStatusNamesEachProblem(t *testing.T) {
	b := bytes.Replace(examplePackBytes(t), []byte(`"https://riverbend.example/him"`), []byte(`"javascript:alert(1)"`), 1)
	s := readPack(b)
	if s.status != packRefused {
		t.Fatal("a javascript: link was accepted")
	}
	usePack(t, s)
	v := newPackStatusView()
	mount(t, &packHost{mounter: v})
	p := htmlOf(v)
	for _, want := range []string{"Not used.", `programs[0] "Riverbend College HIM": `, "url", "must start with https:, http:, mailto: or tel:"} {
		if !p.has(want) {
			t.Errorf("the status lacks %q:\n%s", want, p)
		}
	}
}

// The form checks as the counselor types, puts each problem beside its
// field, and only downloads a pack the app would use.
func TestPackEditorChecksAsYouType(t *testing.T) {
	ed := newPackEditor()
	h := &packHost{mounter: ed}
	e := mount(t, h)
	p := htmlOf(ed)
	if _, ok := p.byID("pack-organization-name-problem"); !ok {
		t.Errorf("an empty form does not mark the organization's name:\n%.3000s", p)
	}
	ed.form.Set("organization.name", "Riverbend College Career Center")
	ed.form.Add("programs")
	ed.form.Set("programs[0].url", "javascript:alert(1)")
	ed.check()
	h.ctx.Update()
	e.ConsumeAll()
	p = htmlOf(ed)
	if _, ok := p.byID("pack-organization-name-problem"); ok {
		t.Error("the organization's name is still marked once typed")
	}
	if got := p.textOf("pack-programs-0-url-problem"); got != "" {
		t.Errorf("a problem list holds text directly: %q", got)
	}
	if !strings.Contains(string(p), "must start with https:, http:, mailto: or tel:") {
		t.Errorf("the javascript: link is not marked:\n%.4000s", p)
	}
	if _, ok := p.attr("pack-programs-0-url", "aria-invalid"); !ok {
		t.Error("the link field is not marked invalid")
	}
	if _, ok := p.attr("pack-organization-name", "aria-invalid"); ok {
		t.Error("the name field is marked invalid once typed")
	}
	ed.onDownload(app.Context{}, event())
	if !strings.HasPrefix(ed.message, "Not downloaded") {
		t.Errorf("a pack with problems downloads: %q", ed.message)
	}

	// Opening a valid file fills the form; downloading it then works.
	ed.load("local.json", examplePackBytes(t))
	if len(ed.problems) != 0 || ed.form.Organization.Name != "Riverbend College Career Center" || len(ed.form.Programs) != 2 {
		t.Fatalf("opening the example: %q, %d problems", ed.message, len(ed.problems))
	}
	ed.onDownload(app.Context{}, event())
	if !strings.HasPrefix(ed.message, "Downloaded local.json") {
		t.Errorf("a valid pack does not download: %q", ed.message)
	}
	// A file with a wrong field opens what can be read, and lists the
	// file's problems.
	ed.load("bad.json", bytes.Replace(examplePackBytes(t), []byte(`"city": "Riverbend",`), []byte(`"town": "Riverbend",`), 1))
	if len(ed.openProblems) == 0 || !strings.Contains(local.Report(ed.openProblems), "unknown field") || len(ed.form.Programs) != 2 {
		t.Errorf("opening a file with a wrong field: %q, problems %q", ed.message, local.Report(ed.openProblems))
	}
	// Not JSON leaves the form as it was.
	ed.load("notes.txt", []byte("hello"))
	if !strings.HasPrefix(ed.message, "Could not open notes.txt") || len(ed.form.Programs) != 2 {
		t.Errorf("opening a file that is not JSON: %q", ed.message)
	}
}

func TestSharedFlag(t *testing.T) {
	for _, s := range []sharedSetting{
		{mode: local.ModeSession, byPack: true},
		{mode: local.ModeIdle, idleMinutes: 20, byPack: true},
	} {
		if got := parseSharedFlag(sharedFlag(s)); got != s {
			t.Errorf("%+v reads back as %+v", s, got)
		}
	}
	for _, v := range []string{"", "off", "idle", "idle:0", "idle:999", "sometimes"} {
		if got := parseSharedFlag(v); got.on() {
			t.Errorf("%q reads as %+v", v, got)
		}
	}
}

func TestLinksOnlyToTheWebMailAndPhone(t *testing.T) {
	for u, want := range map[string]linkKind{
		"https://a.example": linkWeb, "HTTP://a.example": linkWeb, "mailto:a@b.example": linkMail, "tel:+1-555": linkPhone,
		"javascript:alert(1)": linkNone, "data:text/html,x": linkNone, "/careers": linkNone, "": linkNone, "vbscript:x": linkNone,
	} {
		if got := kindOfLink(u); got != want {
			t.Errorf("kindOfLink(%q) = %v, want %v", u, got, want)
		}
	}
	for phone, want := range map[string]string{"+1 555-0100 ext. 12": "tel:+1-555-0100", "(555) 010 0100": "tel:555-010-0100", "555.0100 x4": "tel:555-0100"} {
		if got := telHref(phone); got != want {
			t.Errorf("telHref(%q) = %q, want %q", phone, got, want)
		}
	}
}

func TestFieldID(t *testing.T) {
	for key, want := range map[string]string{"welcome": "pack-welcome", "programs[0].cost.min": "pack-programs-0-cost-min", "pay[12]": "pack-pay-12"} {
		if got := fieldID(key); got != want {
			t.Errorf("fieldID(%q) = %q, want %q", key, got, want)
		}
	}
}
