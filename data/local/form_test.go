package local

import (
	"reflect"
	"slices"
	"testing"
)

// The form holds a pack as typed; filled in with a valid pack and checked,
// it gives the same pack back with no problem.
func TestFormRoundTrip(t *testing.T) {
	d := appData(t)
	want, problems := Decode(example(t), d)
	if len(problems) > 0 {
		t.Fatal(messages(problems))
	}
	got, problems := FormOf(want).Check(d)
	if len(problems) > 0 {
		t.Fatalf("the example in the form has problems: %q", messages(problems))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the form changed the pack:\n%s\nwant\n%s", Encode(got), Encode(want))
	}
}

func TestFormGetSetByKey(t *testing.T) {
	d := appData(t)
	var f Form
	f.Add("programs")
	f.Add("pay")
	for key, v := range map[string]string{
		"organization.name":          "Riverbend College Career Center",
		"welcome":                    "Hello",
		"contact.email":              "careers@riverbend.example",
		"programs[0].name":           "Riverbend College HIM",
		"programs[0].cost.min":       "8,000",
		"pay[0].median":              "41000",
		"sharedComputer.mode":        "idle",
		"sharedComputer.idleMinutes": "20",
	} {
		if !f.Set(key, v) {
			t.Errorf("Set(%q) found no field", key)
		}
		if got := f.Get(key); got != v {
			t.Errorf("Get(%q) = %q, want %q", key, got, v)
		}
	}
	for _, key := range []string{"programs[1].name", "programs[-1].name", "programs[0].nope", "nope", "programs[x].name", "organization.name.more"} {
		if f.Set(key, "x") {
			t.Errorf("Set(%q) found a field", key)
		}
	}
	f.SetCareer("programs[0]", "medical-coder", true, d)
	f.SetCareer("programs[0]", "health-information-technician", true, d)
	if want := []string{"health-information-technician", "medical-coder"}; !slices.Equal(f.Programs[0].Careers, want) {
		t.Errorf("careers %q, want them in the data's order %q", f.Programs[0].Careers, want)
	}
	f.SetCareer("programs[0]", "medical-coder", false, d)
	if !f.HasCareer("programs[0]", "health-information-technician") || f.HasCareer("programs[0]", "medical-coder") {
		t.Errorf("careers %q after taking one out", f.Programs[0].Careers)
	}
	if !f.Remove("programs", 0) || f.Len("programs") != 0 || f.Remove("programs", 0) {
		t.Error("Remove did not take the one program out, or took out one that is not there")
	}
}

// A mistyped amount is a problem of its own field, said once: Validate's
// word on the same field, which would only follow from it, is left out.
func TestFormTypedAmounts(t *testing.T) {
	d := appData(t)
	p, _ := Decode(example(t), d)
	f := FormOf(p)
	f.Programs[0].CostMin = "8 000"
	if _, problems := f.Check(d); len(problems) > 0 {
		t.Errorf("a space in an amount: %q", messages(problems))
	}
	f.Programs[0].CostMin = "eight"
	f.Pay[0].Min = "17.50"
	f.SharedMode, f.IdleMinutes = "idle", "soon"
	_, problems := f.Check(d)
	want := []string{
		`programs[0] "Riverbend College HIM": field cost.min: must be a whole number of at least 0, such as 12000, not "eight"`,
		`pay[0] "Starting pay at Riverbend hospitals": field min: must be a whole number of at least 0, such as 12000, not "17.50"`,
		`sharedComputer: field idleMinutes: must be a whole number of minutes, such as 20, not "soon"`,
	}
	if got := messages(problems); !slices.Equal(got, want) {
		t.Errorf("problems:\n%q\nwant\n%q", got, want)
	}
	keys := make([]string, len(problems))
	for i, pr := range problems {
		keys[i] = pr.Key()
	}
	if want := []string{"programs[0].cost.min", "pay[0].min", "sharedComputer.idleMinutes"}; !slices.Equal(keys, want) {
		t.Errorf("keys %q, want %q", keys, want)
	}
}

func TestFormEmptyGroupsAreLeftOut(t *testing.T) {
	d := appData(t)
	var f Form
	f.Organization.Name = " Riverbend College Career Center "
	f.Add("programs")
	p, problems := f.Check(d)
	if p.Contact != nil || p.SharedComputer != nil || p.Programs[0].Cost != nil {
		t.Errorf("empty contact, shared computer or cost became part of the pack: %s", Encode(p))
	}
	if p.Organization.Name != "Riverbend College Career Center" {
		t.Errorf("the name was not trimmed: %q", p.Organization.Name)
	}
	keys := map[string]bool{}
	for _, pr := range problems {
		keys[pr.Key()] = true
	}
	for _, k := range []string{"programs[0].name", "programs[0].institution", "programs[0].careers", "programs[0].source", "programs[0].asOf"} {
		if !keys[k] {
			t.Errorf("no problem for %s among %q", k, messages(problems))
		}
	}
}

func TestFieldKey(t *testing.T) {
	for _, tc := range []struct {
		part  string
		index int
		field string
		want  string
	}{
		{"", -1, "welcome", "welcome"},
		{"organization", -1, "name", "organization.name"},
		{"programs", 2, "cost.min", "programs[2].cost.min"},
		{"pay", 0, "", "pay[0]"},
		{"", -1, "", ""},
	} {
		if got := FieldKey(tc.part, tc.index, tc.field); got != tc.want {
			t.Errorf("FieldKey(%q, %d, %q) = %q, want %q", tc.part, tc.index, tc.field, got, tc.want)
		}
	}
}

// FuzzFormKeys feeds the form's keys, which the page reads back from its
// elements, anything: a key the form has reads back what was set, one it
// has not has no value, and neither, nor checking the form, panics.
func FuzzFormKeys(f *testing.F) {
	d := appData(f)
	for _, k := range []string{"welcome", "organization.name", "programs[0].cost.min", "pay[0].median", "faqs[0]", "programs[-1].name", "programs[99999999999999999999].name", "[", "].", "a[0]b.c"} {
		f.Add(k, "Riverbend <b>")
	}
	f.Fuzz(func(t *testing.T, key, value string) {
		var form Form
		for _, part := range Parts {
			form.Add(part)
		}
		if form.Set(key, value) {
			if got := form.Get(key); got != value {
				t.Fatalf("Set(%q, %q) then Get = %q", key, value, got)
			}
		} else if form.Get(key) != "" {
			t.Fatalf("Get(%q) has a value for a key Set refuses", key)
		}
		form.SetCareer(key, value, true, d)
		form.Check(d)
	})
}
