//go:build !wasm

package localpack

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// A broken pack leaves the app running on its own data, shows none of the
// pack, and /counselor names each problem with its entry and field.
func TestBrokenPacksLeaveTheAppWorking(t *testing.T) {
	cases := []struct {
		name string
		pack func(t *testing.T) []byte
		want []string // on /counselor
	}{
		{"not JSON", func(t *testing.T) []byte { return []byte("programs: Riverbend College HIM\n") },
			[]string{"not JSON at line 1"}},
		{"wrong field", func(t *testing.T) []byte { return editedPack(t, `"city": "Riverbend",`, `"town": "Riverbend",`) },
			[]string{`programs[0] "Riverbend College HIM":`, "town", `unknown field: the fields here are name, institution, city`}},
		{"javascript link", func(t *testing.T) []byte {
			return editedPack(t, `"url": "https://riverbend.example/him"`, `"url": "javascript:alert(document.cookie)"`)
		}, []string{`programs[0] "Riverbend College HIM":`, "url", `must start with https:, http:, mailto: or tel:, not "javascript:alert(document.cookie)"`}},
		{"HTML in a name", func(t *testing.T) []byte {
			return editedPack(t, `"name": "Riverbend General Hospital"`, `"name": "<img src=x onerror=alert(1)>"`)
		}, []string{`employers[0] "<img src=x onerror=alert(1)>":`, "name", `contains "<img", which looks like an HTML tag`}},
		{"1 MB file", func(t *testing.T) []byte {
			return []byte(`{"version": 1, "organization": {"name": "Riverbend"}, "welcome": "` + strings.Repeat("a", 1<<20) + `"}`)
		}, []string{"the file is 1,048,644 bytes; a pack may be at most 262,144 bytes (256 KB)"}},
	}
	for _, base := range bases {
		t.Run(baseName(base), func(t *testing.T) {
			h := siteAt(t, base)
			tb := newTab(t, h)
			// Each case is read from the host, not from the worker's copy of
			// the one before.
			e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
			for _, c := range cases {
				h.writePack(t, c.pack(t))
				h.open(tb, hitPage)
				waitForPack(tb, "refused")
				if got := text(tb, "h1"); got != "Health Information Technician" {
					t.Errorf("%s: the career page's heading is %q", c.name, got)
				}
				if n := tb.Eval(`document.querySelectorAll("#near-you, #local-welcome, img[src=x]").length`); n != float64(0) {
					t.Errorf("%s: the page shows part of the pack", c.name)
				}
				if len(strings.Fields(text(tb, "#key-facts"))) < 5 && len(strings.Fields(text(tb, "main"))) < 200 {
					t.Errorf("%s: the career page shows almost nothing", c.name)
				}
				h.open(tb, "/counselor")
				waitForPack(tb, "refused")
				state := text(tb, "#pack-state")
				problems := strings.Join(strings.Fields(text(tb, "#pack-problems")), " ")
				if !strings.HasPrefix(state, "Not used.") {
					t.Errorf("%s: /counselor says %q", c.name, state)
				}
				for _, w := range c.want {
					if !strings.Contains(problems, w) {
						t.Errorf("%s: /counselor's problems lack %q; they read:\n%s", c.name, w, problems)
					}
				}
			}
		})
	}
}
