package local

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzDecodePack feeds the pack decoder anything a local.json could hold.
// It must never panic; it returns a pack or problems, never both; every
// problem says something; and a pack it accepts holds no markup and no
// link but https:, http:, mailto: and tel:, passes Validate, and writes
// back to the same pack.
func FuzzDecodePack(f *testing.F) {
	d := appData(f)
	valid := example(f)
	f.Add(valid)
	f.Add(valid[:len(valid)/2])
	f.Add([]byte("Riverbend College"))
	f.Add([]byte(""))
	f.Add(append([]byte{0xEF, 0xBB, 0xBF}, valid...))
	f.Add(append(append([]byte(`{"version": 1, "organization": {"name": "big"}, "welcome": "`), bytes.Repeat([]byte("a"), 1<<20)...), `"}`...))
	f.Add(edited(f, func(m map[string]any) { entry(m, "programs", 0)["name"] = `<img src=x onerror=alert(1)>` }))
	f.Add(edited(f, func(m map[string]any) { entry(m, "programs", 0)["url"] = "javascript:alert(1)" }))
	f.Add(edited(f, func(m map[string]any) {
		entry(m, "programs", 0)["careers"] = "medical-coder"
		obj(entry(m, "programs", 0)["cost"])["min"] = "8000"
		m["faqs"] = map[string]any{}
	}))
	f.Add([]byte(`{"version": 2, "organization": {"name": "Riverbend"}}`))
	f.Add([]byte(`{"version": 1, "organization": {"name": "R"}, "sharedComputer": {"mode": "idle", "idleMinutes": 5}, "pay": [{"career": "medical-coder", "label": "x", "median": 1, "currency": "USD", "period": "hour", "source": "s", "asOf": "2024"}]}`))

	f.Fuzz(func(t *testing.T, b []byte) {
		p, problems := Decode(b, d)
		if (p == nil) == (len(problems) == 0) {
			t.Fatalf("want a pack or problems, got %v and %d problems", p != nil, len(problems))
		}
		for _, pr := range problems {
			if pr.Issue == "" || pr.String() == "" {
				t.Fatalf("a problem says nothing: %+v", pr)
			}
		}
		if p == nil {
			return
		}
		if len(b) > MaxBytes {
			t.Fatalf("accepted %d bytes", len(b))
		}
		if problems := Validate(p, d); len(problems) > 0 {
			t.Fatalf("accepted a pack Validate refuses: %s", Report(problems))
		}
		eachString(reflect.ValueOf(p).Elem(), "", func(field, s string) {
			if _, tag := tagIn(s); tag {
				t.Fatalf("accepted markup in %s: %q", field, s)
			}
			if field == "URL" || field == "Website" {
				lower := strings.ToLower(s)
				if s != "" && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "http://") &&
					!strings.HasPrefix(lower, "mailto:") && !strings.HasPrefix(lower, "tel:") {
					t.Fatalf("accepted the link %q in %s", s, field)
				}
			}
		})
		out := Encode(p)
		again, problems := Decode(out, d)
		if len(problems) > 0 {
			t.Fatalf("an accepted pack does not read back: %s\n%s", Report(problems), out)
		}
		if !reflect.DeepEqual(p, again) {
			t.Fatalf("round trip changed the pack:\n%+v\n%+v", p, again)
		}
		if !bytes.Equal(out, Encode(again)) {
			t.Fatal("encoding is not stable")
		}
	})
}

// eachString calls f with every string in v and the name of its field.
func eachString(v reflect.Value, field string, f func(field, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(field, v.String())
	case reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), field, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachString(v.Index(i), field, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			eachString(v.Field(i), v.Type().Field(i).Name, f)
		}
	}
}
