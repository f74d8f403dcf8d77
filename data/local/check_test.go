//go:build !wasm

package local

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckFile(t *testing.T) {
	d := appData(t)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.json", example(t))
	bad := write("bad.json", edited(t, func(m map[string]any) {
		entry(m, "programs", 1)["url"] = "javascript:alert(1)"
		entry(m, "employers", 0)["name"] = "<img src=x onerror=alert(1)>"
	}))
	oneBad := write("one.json", []byte(`{"version": 1}`))
	huge := write("huge.json", make([]byte, 1<<20))

	for _, tc := range []struct {
		path string
		ok   bool
		want string
	}{
		{good, true, good + ": valid, version 1: Riverbend College Career Center: 2 programs, 1 employer, 2 pay figures, 1 note, 2 plan steps, 1 FAQ, a contact, a welcome; shared computer: session"},
		{bad, false, bad + ": not used, 2 problems:\n" +
			`  programs[1] "Medical Coding Certificate": field url: must start with https:, http:, mailto: or tel:, not "javascript:alert(1)"` + "\n" +
			`  employers[0] "<img src=x onerror=alert(1)>": field name: contains "<img", which looks like an HTML tag: the app shows text only, so write it without tags`},
		{oneBad, false, oneBad + ": not used, 1 problem:\n  organization: field name: is required"},
		{huge, false, huge + ": not used, 1 problem:\n  the file is 1,048,576 bytes; a pack may be at most 262,144 bytes (256 KB): shorten its texts or lists"},
	} {
		got, ok := CheckFile(tc.path, d)
		if got != tc.want || ok != tc.ok {
			t.Errorf("CheckFile(%s) =\n%s, %v\nwant\n%s, %v", filepath.Base(tc.path), got, ok, tc.want, tc.ok)
		}
	}

	missing := filepath.Join(dir, "missing.json")
	if got, ok := CheckFile(missing, d); ok || !strings.HasPrefix(got, missing+": cannot read: ") {
		t.Errorf("missing file: %q, %v", got, ok)
	}
}
