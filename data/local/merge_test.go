package local

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func examplePack(t testing.TB) *Pack {
	t.Helper()
	p, problems := Decode(example(t), appData(t))
	if len(problems) > 0 {
		t.Fatal(Report(problems))
	}
	return p
}

func names[T any](items []T, name func(T) string) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, name(it))
	}
	return out
}

func TestForCareer(t *testing.T) {
	p := examplePack(t)
	for _, tc := range []struct {
		slug                            string
		programs, employers, pay, notes []string
	}{
		{data.MainSlug, []string{"Riverbend College HIM"}, []string{"Riverbend General Hospital"}, []string{"Starting pay at Riverbend hospitals"}, []string{data.MainSlug}},
		{"medical-coder", []string{"Medical Coding Certificate"}, []string{"Riverbend General Hospital"}, []string{"Medical coders in Riverbend County"}, []string{}},
		{"medical-records-technician", []string{"Riverbend College HIM"}, []string{}, []string{}, []string{}},
		{"medical-administrative-assistant", []string{}, []string{}, []string{}, []string{}},
	} {
		n := p.ForCareer(tc.slug)
		got := [][]string{
			names(n.Programs, func(x Program) string { return x.Name }),
			names(n.Employers, func(x Employer) string { return x.Name }),
			names(n.Pay, func(x Pay) string { return x.Label }),
			names(n.Notes, func(x Note) string { return x.Career }),
		}
		want := [][]string{tc.programs, tc.employers, tc.pay, tc.notes}
		for i := range got {
			if !slices.Equal(got[i], want[i]) {
				t.Errorf("%s: part %d: got %q, want %q", tc.slug, i, got[i], want[i])
			}
		}
		total := len(tc.programs) + len(tc.employers) + len(tc.pay) + len(tc.notes)
		if n.Count() != total || n.Empty() != (total == 0) {
			t.Errorf("%s: Count %d, Empty %v; want %d", tc.slug, n.Count(), n.Empty(), total)
		}
	}
}

// No local.json is a nil pack; every helper must work on it.
func TestNilPackHasNothing(t *testing.T) {
	var p *Pack
	if !p.ForCareer(data.MainSlug).Empty() || p.SearchEntries(appData(t), nil) != nil || p.ProvidedBy() != "" {
		t.Error("a nil pack should have no content")
	}
	if s := p.Shared(); s.Mode != ModeOff {
		t.Errorf("no pack: shared computer %+v, want off", s)
	}
}

func TestAnchors(t *testing.T) {
	p := examplePack(t)
	got := []string{p.Programs[0].Anchor, p.Programs[1].Anchor, p.Employers[0].Anchor, p.Pay[0].Anchor, p.Notes[0].Anchor, p.PlanSteps[0].Anchor, p.FAQs[0].Anchor}
	want := []string{
		"local-program-riverbend-college-him",
		"local-program-medical-coding-certificate",
		"local-employer-riverbend-general-hospital",
		"local-pay-starting-pay-at-riverbend-hospitals",
		"local-note-health-information-technician",
		"local-step-book-a-talk-with-the-career-counselor",
		"local-faq-can-i-take-college-classes-while-still-in-high",
	}
	if !slices.Equal(got, want) {
		t.Errorf("anchors\n got %q\nwant %q", got, want)
	}

	// Equal names, names without Latin letters and names equal to a
	// number stay unique.
	q := &Pack{Programs: []Program{{Name: "HIM"}, {Name: "him!"}, {Name: "Программа"}, {Name: "2"}, {Name: "3"}, {Name: "HIM-2"}}}
	q.setAnchors()
	got = names(q.Programs, func(x Program) string { return x.Anchor })
	want = []string{"local-program-him", "local-program-him-2", "local-program-3", "local-program-2", "local-program-3-2", "local-program-him-2-2"}
	if !slices.Equal(got, want) {
		t.Errorf("anchors\n got %q\nwant %q", got, want)
	}
	// Anchors must be usable as element ids and never clash with a career
	// page's own.
	for _, a := range got {
		if !strings.HasPrefix(a, "local-") || strings.ContainsAny(a, " #\"'<>") {
			t.Errorf("bad anchor %q", a)
		}
	}
	for _, c := range appData(t).Careers {
		for _, s := range c.Sections() {
			if strings.HasPrefix(s.ID, "local-") {
				t.Errorf("career section %q uses the local prefix", s.ID)
			}
		}
	}
}

func dollars(currency string, n int64) string { return "$" + strconv.FormatInt(n, 10) }

func TestFigureTexts(t *testing.T) {
	p := examplePack(t)
	for _, tc := range []struct{ got, want string }{
		{p.Programs[0].Cost.Text(dollars), "$8000–$11000"},
		{p.Programs[1].Cost.Text(dollars), "$2500"},
		{p.Programs[1].Cost.Text(nil), "2,500 USD"},
		{p.Pay[0].Text(dollars), "$17–$21 an hour"},
		{p.Pay[1].Text(dollars), "median $41000 a year"},
		{Pay{Min: 38000, Max: 45000, Median: 41000, Currency: "USD", Period: PerYear}.Text(dollars), "$38000–$45000 a year, median $41000"},
		{PerMonth.Text(), "a month"},
		{Citation("Riverbend County wage survey", "May 2024"), "Riverbend County wage survey, as of May 2024"},
		{Citation("Phone call", "not stated"), "Phone call, date not stated"},
		{p.ProvidedBy(), "Provided by Riverbend College Career Center"},
		{p.Summary(), "Riverbend College Career Center: 2 programs, 1 employer, 2 pay figures, 1 note, 2 plan steps, 1 FAQ, a contact, a welcome; shared computer: session"},
		{(&Pack{Organization: Organization{Name: "X"}, SharedComputer: &SharedComputer{Mode: ModeIdle, IdleMinutes: 10}}).Summary(), "X: no local content; shared computer: idle (10 minutes)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestSearchEntries(t *testing.T) {
	p := examplePack(t)
	entries := p.SearchEntries(appData(t), dollars)
	var got []string
	for _, e := range entries {
		got = append(got, string(e.Kind)+" "+e.Title+" | "+e.Context+" | "+e.Href()+" | "+strings.Join(e.Body, " / "))
	}
	want := []string{
		"organization Riverbend College Career Center | Riverbend County (a fictional example) | /#local-welcome | Welcome, Riverbend students. This is an example pack: every name and figure in it is made up.",
		"contact Talk to Sam Rivera | Career counselor, Riverbend College Career Center | /plan#local-contact | Monday to Friday, 9:00 to 3:00, room B12 / careers@riverbend.example / +1 555-0100 ext. 12",
		"program Riverbend College HIM | Riverbend College, Riverbend | /careers/health-information-technician#local-program-riverbend-college-him | Award: Associate of Applied Science in Health Information Technology. Length: 2 years full time. Accredited: CAHIIM. / Cost: $8000–$11000 (Riverbend College catalog (example figure), 2025-26 catalog). / Provided by Riverbend College Career Center.",
		"program Medical Coding Certificate | Riverbend Adult Learning Center, Riverbend | /careers/medical-coder#local-program-medical-coding-certificate | Award: Certificate. Length: 9 months, evenings. / Cost: $2500 (Phone call to the center (example figure), as of May 2025). / Provided by Riverbend College Career Center.",
		"employer Riverbend General Hospital | Riverbend | /careers/health-information-technician#local-employer-riverbend-general-hospital | Hires for: Health Information Technician, Medical Coder. / Provided by Riverbend College Career Center.",
		"pay Starting pay at Riverbend hospitals | Health Information Technician | /careers/health-information-technician#local-pay-starting-pay-at-riverbend-hospitals | $17–$21 an hour (Riverbend County wage survey (example figure), as of 2024). / Provided by Riverbend College Career Center.",
		"pay Medical coders in Riverbend County | Medical Coder | /careers/medical-coder#local-pay-medical-coders-in-riverbend-county | median $41000 a year (Riverbend County wage survey (example figure), as of May 2024). / Provided by Riverbend College Career Center.",
		"note A note from Riverbend College Career Center | Health Information Technician | /careers/health-information-technician#local-note-health-information-technician | Riverbend General takes two students each summer for a paid placement in its records office. Ask Sam in room B12 before March.",
		"plan-step Book a talk with the career counselor | Riverbend College Career Center | /plan#local-step-book-a-talk-with-the-career-counselor | Bring your quiz result and your plan. / Provided by Riverbend College Career Center.",
		"plan-step Visit the Riverbend College open day | Riverbend College Career Center | /plan#local-step-visit-the-riverbend-college-open-day | Held each spring. Bring a parent or guardian if you can. / Provided by Riverbend College Career Center.",
		"faq Can I take college classes while still in high school? | Riverbend College Career Center | /careers/health-information-technician#local-faq-can-i-take-college-classes-while-still-in-high | Yes: ask Sam about dual enrollment at Riverbend College. / Provided by Riverbend College Career Center.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries:\n got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	// A program is found by the careers it names, not only the first.
	if !slices.Contains(entries[2].Names, "Medical Records Technician") {
		t.Errorf("program names %q should include its second career", entries[2].Names)
	}
}
