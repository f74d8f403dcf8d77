package careers

import (
	"net/url"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// FuzzParse reads any address query as the index and the comparison do:
// it never fails, keeps at most four known careers, quotes back only short
// valid text, and the address it writes reads back as the same choice.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "time=24&degree=no&pay=40000&sort=pay&c=medical-coder,health-information-technician",
		"c=a&c=b&c=medical-coder", "c=%ff,%2C%2C,,medical-coder", "pay=-1&time=0&sort=", "c=" + string(make([]byte, 300)),
	} {
		f.Add(s)
	}
	d := data.MustLoad()
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		c, dr := Parse(q, d)
		if len(c.Picks) > salary.MaxCompare {
			t.Fatalf("%d picks", len(c.Picks))
		}
		for _, p := range c.Picks {
			if d.Career(p) == nil {
				t.Fatalf("unknown career %q kept", p)
			}
		}
		for _, s := range append(append(append([]string(nil), dr.Choices...), dr.Picks.Unknown...), dr.Picks.Extra...) {
			if !utf8.ValidString(s) || utf8.RuneCountInString(s) > 2*maxShown {
				t.Fatalf("quoted back %q", s)
			}
		}
		again, err := url.ParseQuery(c.Query()[min(1, len(c.Query())):])
		if err != nil {
			t.Fatalf("the written address %q does not parse: %v", c.Query(), err)
		}
		back, dr2 := Parse(again, d)
		if !reflect.DeepEqual(back, c) || dr2.Any() {
			t.Fatalf("%q reads back as %+v (dropped %+v), want %+v", c.Query(), back, dr2, c)
		}
	})
}
