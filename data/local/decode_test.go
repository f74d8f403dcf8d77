package local

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestReadmeExampleIsValid(t *testing.T) {
	p, problems := Decode(example(t), appData(t))
	if len(problems) > 0 {
		t.Fatalf("the README's example should be valid:\n%s", Report(problems))
	}
	if p.Organization.Name != "Riverbend College Career Center" || len(p.Programs) != 2 || len(p.Employers) != 1 ||
		len(p.Pay) != 2 || len(p.Notes) != 1 || len(p.PlanSteps) != 2 || len(p.FAQs) != 1 || p.Shared().Mode != ModeSession {
		t.Errorf("decoded the wrong content: %+v", p)
	}
	if c := p.Programs[0].Cost; c == nil || *c.Min != 8000 || *c.Max != 11000 || c.Currency != "USD" {
		t.Errorf("cost not decoded: %+v", c)
	}
}

// The README lists the career slugs and currencies a counselor may use;
// they must be the data's.
func TestReadmeListsTheCareersAndCurrencies(t *testing.T) {
	d := appData(t)
	readme := string(mustRead(t, "README.md"))
	_, slugPart, _ := strings.Cut(readme, "by their slug, one of:")
	slugPart, _, _ = strings.Cut(slugPart, "(The message")
	var listed []string
	for _, f := range strings.Split(slugPart, "`") {
		if f = strings.TrimSpace(f); f != "" && !strings.ContainsAny(f, ",.") {
			listed = append(listed, f)
		}
	}
	slices.Sort(listed)
	var want []string
	for _, c := range d.Careers {
		want = append(want, c.Slug)
	}
	slices.Sort(want)
	if !slices.Equal(listed, want) {
		t.Errorf("README lists careers %v; the data has %v", listed, want)
	}
	_, currPart, _ := strings.Cut(readme, "**Currencies** are one of")
	currPart, _, _ = strings.Cut(currPart, ".")
	var codes, wantCodes []string
	for i, f := range strings.Split(currPart, "`") {
		if i%2 == 1 {
			codes = append(codes, f)
		}
	}
	for _, c := range d.Currencies {
		wantCodes = append(wantCodes, c.Code)
	}
	if !slices.Equal(codes, wantCodes) {
		t.Errorf("README lists currencies %v; the data has %v", codes, wantCodes)
	}
}

func TestDecodeFileProblems(t *testing.T) {
	d := appData(t)
	big := append([]byte(`{"version": 1, "welcome": "`), bytes.Repeat([]byte("a"), MaxBytes)...)
	big = append(big, `"}`...)
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"too large", string(big), []string{"the file is 262,173 bytes; a pack may be at most 262,144 bytes (256 KB): shorten its texts or lists"}},
		{"empty", "", []string{`the file is empty: a pack starts with { "version": 1, ...`}},
		{"blank", " \n\t", []string{`the file is empty: a pack starts with { "version": 1, ...`}},
		{"not UTF-8", "{\"version\": 1,\n\"welcome\": \"caf\xe9\"}", []string{"not UTF-8 text at line 2: save the file again with the UTF-8 encoding"}},
		{"not JSON", "Riverbend College", []string{"not JSON at line 1: invalid character 'R' looking for beginning of value (text must be in double quotes; no comma before a closing ] or })"}},
		{"comma before }", "{\"version\": 1,\n}", []string{`not JSON at line 2: invalid character '}' looking for beginning of object key string (a comma before a "}", or a field name without quotes?)`}},
		{"missing comma", "{\"version\": 1\n\"welcome\": \"hi\"}", []string{"not JSON at line 2: invalid character '\"' after object key:value pair (a missing comma?)"}},
		{"cut off", `{"version": 1, "organization": {"name": "Riverbend"`, []string{`not JSON: the file ends before the pack does (a missing } or ] or "?)`}},
		{"two values", "{\"version\": 1}\n{}", []string{"not JSON at line 2: there is more after the pack's closing }"}},
		{"a list", `[{"version": 1}]`, []string{"the file must hold one group of fields in { }, not a list"}},
		{"no version", `{"organization": {"name": "Riverbend"}}`, []string{`field version: is required: start the pack with "version": 1`}},
		{"version as text", `{"version": "1"}`, []string{`field version: must be the number 1, not the text "1"`}},
		{"version 1.5", `{"version": 1.5}`, []string{`field version: must be the number 1, not the number 1.5`}},
		{"unknown version", `{"version": 2, "branding": {"colour": "red"}}`, []string{"field version: this app reads version 1 packs, and this file is version 2: write it again on the app's /counselor page"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, problems := Decode([]byte(tc.in), d)
			if p != nil {
				t.Errorf("a pack was returned with problems %v", problems)
			}
			if got := messages(problems); !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestDecodeAcceptsAByteOrderMark(t *testing.T) {
	b := append([]byte{0xEF, 0xBB, 0xBF}, example(t)...)
	if _, problems := Decode(b, appData(t)); len(problems) > 0 {
		t.Fatalf("a file saved by Notepad should be read: %s", Report(problems))
	}
}

// Unknown fields and wrong types are all reported at once, each with its
// entry and field.
func TestDecodeShapeProblems(t *testing.T) {
	b := edited(t, func(m map[string]any) {
		m["Programs"] = m["programs"]
		m["colour"] = "red"
		m["phone number"] = "555-0100"
		m[""] = 1
		obj(m["organization"])["website"] = 42
		p := entry(m, "programs", 1)
		p["careers"] = "medical-coder"
		p["price"] = 100
		obj(p["cost"])["min"] = "2,500"
		obj(p["cost"])["max"] = 2500.5
		e := entry(m, "employers", 0)
		e["careers"] = []any{"medical-coder", 7}
		m["faqs"] = map[string]any{"question": "Why?"}
		m["pay"] = append(arr(m["pay"]), "Starting pay: $17")
		m["sharedComputer"] = "session"
		m["contact"] = nil
	})
	_, problems := Decode(b, appData(t))
	want := []string{
		`organization: field website: must be text in double quotes, not the number 42`,
		`programs[1] "Medical Coding Certificate": field careers: must be a list in [ ], not the text "medical-coder": write ["medical-coder"]`,
		`programs[1] "Medical Coding Certificate": field cost.min: must be a whole number without quotes, such as 12000, not the text "2,500"`,
		`programs[1] "Medical Coding Certificate": field cost.max: must be a whole number, such as 12000, not 2500.5 (no decimal point)`,
		`programs[1] "Medical Coding Certificate": field price: unknown field: the fields here are name, institution, city, award, careers, length, cost, accredited, url, source, asOf`,
		`employers[0] "Riverbend General Hospital": field careers[1]: must be text in double quotes, not the number 7`,
		`pay[2]: must be a group of fields in { }, not the text "Starting pay: $17"`,
		`field faqs: must be a list in [ ], not a group of fields`,
		`field sharedComputer: must be a group of fields in { }, not the text "session"`,
		`field "": unknown field: the fields here are version, organization, contact, welcome, programs, employers, pay, notes, planSteps, faqs, sharedComputer`,
		`field Programs: unknown field: did you mean "programs"? Letter case matters`,
		`field colour: unknown field: the fields here are version, organization, contact, welcome, programs, employers, pay, notes, planSteps, faqs, sharedComputer`,
		`field "phone number": unknown field: the fields here are version, organization, contact, welcome, programs, employers, pay, notes, planSteps, faqs, sharedComputer`,
	}
	if got := messages(problems); !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestDecodeBoundsLists(t *testing.T) {
	b := edited(t, func(m map[string]any) {
		e := entry(m, "employers", 0)
		list := make([]any, MaxList+1)
		for i := range list {
			list[i] = e
		}
		m["employers"] = list
	})
	_, problems := Decode(b, appData(t))
	want := []string{"field employers: has 201 entries; a list may have at most 200"}
	if got := messages(problems); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Every value problem is reported, and none of the pack is returned.
func TestDecodeValidationMessages(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(m map[string]any)
		want []string
	}{
		{"HTML in a name", func(m map[string]any) {
			entry(m, "programs", 0)["name"] = `<img src=x onerror=alert(1)>`
		}, []string{`programs[0] "<img src=x onerror=alert(1)>": field name: contains "<img", which looks like an HTML tag: the app shows text only, so write it without tags`}},
		{"markup in long texts", func(m map[string]any) {
			m["welcome"] = "Hi <b>there</b>"
			entry(m, "faqs", 0)["answer"] = "Yes.<!-- hidden -->"
			entry(m, "notes", 0)["text"] = "Pay is <15 an hour at first, and under < 20 later."
		}, []string{
			`field welcome: contains "<b>", which looks like an HTML tag: the app shows text only, so write it without tags`,
			`faqs[0] "Can I take college classes while still in high school?": field answer: contains "<!--", which looks like an HTML tag: the app shows text only, so write it without tags`,
		}},
		{"links", func(m map[string]any) {
			entry(m, "programs", 0)["url"] = "javascript:alert(1)"
			entry(m, "programs", 1)["url"] = "JavaScript:alert(1)"
			entry(m, "employers", 0)["url"] = "data:text/html,<script>alert(1)</script>"
			entry(m, "pay", 0)["url"] = "https://good.example@evil.example/"
			entry(m, "pay", 1)["url"] = "https://riverbend"
			entry(m, "planSteps", 0)["url"] = "mailto:careers"
			entry(m, "planSteps", 1)["url"] = "tel:call-us"
			obj(m["organization"])["website"] = "mailto:careers@riverbend.example"
		}, []string{
			`organization: field website: must start with https: or http:, not "mailto:careers@riverbend.example"`,
			`programs[0] "Riverbend College HIM": field url: must start with https:, http:, mailto: or tel:, not "javascript:alert(1)"`,
			`programs[1] "Medical Coding Certificate": field url: must start with https:, http:, mailto: or tel:, not "JavaScript:alert(1)"`,
			`employers[0] "Riverbend General Hospital": field url: must start with https:, http:, mailto: or tel:, not "data:text/html,<script>alert(1)</script>"`,
			`pay[0] "Starting pay at Riverbend hospitals": field url: must not have a user name or password before an @`,
			`pay[1] "Medical coders in Riverbend County": field url: has no site name after https://, such as example.org`,
			`planSteps[0] "Book a talk with the career counselor": field url: must be an email address after mailto:, such as mailto:counselor@school.org`,
			`planSteps[1] "Visit the Riverbend College open day": field url: must be a phone number after tel:, such as tel:+1-555-0100`,
		}},
		{"links with spaces and no slashes", func(m map[string]any) {
			entry(m, "programs", 0)["url"] = "https://riverbend.example/open day"
			entry(m, "programs", 1)["url"] = "http:riverbend.example"
			entry(m, "employers", 0)["url"] = "www.riverbend.example"
		}, []string{
			`programs[0] "Riverbend College HIM": field url: must not contain spaces or invisible characters (write a space in a web address as %20)`,
			`programs[1] "Medical Coding Certificate": field url: is not a web address: write it as http://example.org/page`,
			`employers[0] "Riverbend General Hospital": field url: must start with https:, http:, mailto: or tel:, not "www.riverbend.example"`,
		}},
		{"required fields", func(m map[string]any) {
			delete(obj(m["organization"]), "name")
			obj(m["contact"])["name"] = "  "
			p := entry(m, "programs", 0)
			delete(p, "institution")
			delete(p, "source")
			delete(p, "asOf")
			p["careers"] = []any{}
			delete(entry(m, "employers", 0), "careers")
			delete(entry(m, "notes", 0), "text")
			delete(entry(m, "faqs", 0), "answer")
			delete(entry(m, "planSteps", 1), "title")
		}, []string{
			`organization: field name: is required`,
			`contact: field name: is required`,
			`programs[0] "Riverbend College HIM": field institution: is required`,
			`programs[0] "Riverbend College HIM": field careers: name at least one career, such as ["health-information-technician"]`,
			`programs[0] "Riverbend College HIM": field source: is required: say where the figures come from, such as the college's catalog or a survey's name`,
			`programs[0] "Riverbend College HIM": field asOf: is required: when the figures are from, such as "May 2024" or "2024-25 catalog"; "not stated" if the source gives no date`,
			`employers[0] "Riverbend General Hospital": field careers: name at least one career, such as ["health-information-technician"]`,
			`notes[0] "health-information-technician": field text: is required`,
			`planSteps[1]: field title: is required`,
			`faqs[0] "Can I take college classes while still in high school?": field answer: is required`,
		}},
		{"careers and currencies", func(m map[string]any) {
			entry(m, "programs", 0)["careers"] = []any{"health-information-technician", "nurse", "health-information-technician"}
			p := entry(m, "pay", 0)
			p["career"] = "Medical Coder"
			p["currency"] = "usd"
			obj(entry(m, "programs", 1)["cost"])["currency"] = "MXN"
			entry(m, "notes", 0)["career"] = ""
		}, []string{
			`programs[0] "Riverbend College HIM": field careers[1]: unknown career "nurse": use one of ` + careerList(appData(t)),
			`programs[0] "Riverbend College HIM": field careers[2]: lists "health-information-technician" twice`,
			`programs[1] "Medical Coding Certificate": field cost.currency: unknown currency "MXN": use one of USD, GBP, EUR, AUD, SGD, CAD`,
			`pay[0] "Starting pay at Riverbend hospitals": field career: unknown career "Medical Coder": use one of ` + careerList(appData(t)),
			`pay[0] "Starting pay at Riverbend hospitals": field currency: unknown currency "usd": use one of USD, GBP, EUR, AUD, SGD, CAD`,
			`notes[0]: field career: is required: one of ` + careerList(appData(t)),
		}},
		{"amounts", func(m map[string]any) {
			c := obj(entry(m, "programs", 0)["cost"])
			c["min"] = 12000
			delete(obj(entry(m, "programs", 1)["cost"]), "max")
			p := entry(m, "pay", 0)
			p["median"] = 25
			q := entry(m, "pay", 1)
			q["median"] = -41000
			q["min"] = 30000
		}, []string{
			`programs[0] "Riverbend College HIM": field cost: min 12,000 is above max 11,000`,
			`programs[1] "Medical Coding Certificate": field cost.max: is required: for one figure, give it as both min and max`,
			`pay[0] "Starting pay at Riverbend hospitals": field median: 25 is outside the range 17 to 21`,
			`pay[1] "Medical coders in Riverbend County": field median: pay must be above 0, not -41000`,
			`pay[1] "Medical coders in Riverbend County": field max: is required with min: for one figure, use median`,
		}},
		{"no pay figure, cents, a wrong period", func(m map[string]any) {
			p := entry(m, "pay", 0)
			delete(p, "min")
			delete(p, "max")
			p["period"] = "hourly"
			q := entry(m, "pay", 1)
			q["median"] = 4100000000
			q["period"] = "fortnight"
		}, []string{
			`pay[0] "Starting pay at Riverbend hospitals": give a range (min and max), a median, or both`,
			`pay[0] "Starting pay at Riverbend hospitals": field period: must be "year", "month", "week" or "hour": write "hour" for "hourly"`,
			`pay[1] "Medical coders in Riverbend County": field median: is 4,100,000,000, above the largest amount the app shows (100,000,000): give whole units, not cents`,
			`pay[1] "Medical coders in Riverbend County": field period: must be "year", "month", "week" or "hour", not "fortnight"`,
		}},
		{"dates", func(m map[string]any) {
			entry(m, "programs", 0)["asOf"] = "current"
			entry(m, "pay", 0)["asOf"] = "not stated (survey gives none)"
			entry(m, "pay", 1)["asOf"] = "12345"
		}, []string{
			`programs[0] "Riverbend College HIM": field asOf: must name a year, such as "May 2024" or "2024-25 catalog", or say "not stated" if the source gives no date`,
			`pay[1] "Medical coders in Riverbend County": field asOf: must name a year, such as "May 2024" or "2024-25 catalog", or say "not stated" if the source gives no date`,
		}},
		{"contact details", func(m map[string]any) {
			c := obj(m["contact"])
			c["email"] = "mailto:careers@riverbend.example"
			c["phone"] = "call the front desk"
		}, []string{
			`contact: field email: is not an email address like counselor@school.org`,
			`contact: field phone: is not a phone number: use digits, spaces and + - ( ) . with an optional "ext. 12", such as +1 555-0100`,
		}},
		{"lengths and lines", func(m map[string]any) {
			entry(m, "programs", 0)["name"] = strings.Repeat("x", MaxShort+1)
			entry(m, "notes", 0)["text"] = strings.Repeat("é", MaxText+1)
			entry(m, "employers", 0)["name"] = "Riverbend\nGeneral"
			entry(m, "faqs", 0)["answer"] = "Yes.\n\nAsk Sam.\tRoom B12."
			obj(m["contact"])["hours"] = "9 to 3\a"
		}, []string{
			`contact: field hours: contains an invisible control character (U+0007): write plain text`,
			`programs[0] "` + strings.Repeat("x", 59) + `…": field name: is 201 characters long; at most 200`,
			`employers[0] "Riverbend\nGeneral": field name: must be one line`,
			`notes[0] "health-information-technician": field text: is 2,001 characters long; at most 2,000`,
		}},
		{"shared computer", func(m map[string]any) {
			m["sharedComputer"] = map[string]any{"mode": "idle"}
		}, []string{`sharedComputer: field idleMinutes: must be between 1 and 240 with mode "idle", not 0`}},
		{"shared computer minutes without idle", func(m map[string]any) {
			m["sharedComputer"] = map[string]any{"mode": "session", "idleMinutes": 20}
		}, []string{`sharedComputer: field idleMinutes: is only used with mode "idle"; this pack's mode is "session"`}},
		{"shared computer mode", func(m map[string]any) {
			m["sharedComputer"] = map[string]any{"mode": "on"}
		}, []string{`sharedComputer: field mode: must be "off", "session" (cleared when the browser closes) or "idle" (also cleared after idleMinutes without use), not "on"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, problems := Decode(edited(t, tc.edit), appData(t))
			if p != nil {
				t.Errorf("a pack with problems was returned: %v", problems)
			}
			if got := messages(problems); !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// The checks that accept what a counselor will write.
func TestDecodeAcceptsOrdinaryValues(t *testing.T) {
	b := edited(t, func(m map[string]any) {
		c := obj(m["contact"])
		c["phone"] = "(555) 010-0199 x12"
		c["email"] = "sam.rivera+careers@mail.riverbend.example"
		entry(m, "programs", 0)["url"] = "HTTPS://riverbend.example/him?x=1#apply"
		entry(m, "programs", 1)["url"] = "tel:+1-555-0100"
		entry(m, "programs", 1)["cost"] = map[string]any{"min": 0, "max": 0, "currency": "USD"}
		entry(m, "notes", 0)["text"] = "Pay is under <20 an hour at first & rises > 3% a year.\r\nAsk Sam."
		entry(m, "pay", 0)["asOf"] = "not stated"
		entry(m, "pay", 1)["currency"] = "GBP"
		entry(m, "planSteps", 0)["url"] = "mailto:careers@riverbend.example?subject=Plan%20talk"
		m["sharedComputer"] = map[string]any{"mode": "idle", "idleMinutes": 15}
		m["contact"] = c
		obj(m["organization"])["region"] = nil
	})
	p, problems := Decode(b, appData(t))
	if len(problems) > 0 {
		t.Fatalf("ordinary values refused:\n%s", Report(problems))
	}
	if s := p.Shared(); s.Mode != ModeIdle || s.IdleMinutes != 15 {
		t.Errorf("shared computer = %+v", s)
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{Part: "programs", Index: 2, Name: "Riverbend College HIM", Field: "url", Issue: "must start with https:, http:, mailto: or tel:"},
			`programs[2] "Riverbend College HIM": field url: must start with https:, http:, mailto: or tel:`},
		{Problem{Part: "contact", Index: -1, Field: "email", Issue: "is wrong"}, "contact: field email: is wrong"},
		{Problem{Index: -1, Field: "version", Issue: "is required"}, "field version: is required"},
		{Problem{Index: -1, Issue: "the file is empty"}, "the file is empty"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
