//go:build !wasm

package foundation

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// focusStop is what one press of Tab landed on.
type focusStop struct {
	What    string `json:"what"`
	Ring    bool   `json:"ring"`
	OnPage  bool   `json:"onPage"`
	Leaving bool   `json:"leaving"`
}

// readFocusStop describes the focused element: whether a focus ring is
// drawn around it (or around the choice a radio sits in, which carries the
// ring for it), and whether it is on screen. Leaving is true once focus has
// gone back to the page itself, past the last stop.
const readFocusStop = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement) return { what: "", ring: false, onPage: false, leaving: true };
	const ringOn = (n) => {
		const cs = getComputedStyle(n);
		return (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== "none";
	};
	const carrier = el.closest(".choice") || el;
	const box = el.getBoundingClientRect();
	const what = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + JSON.stringify((el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 40));
	return {
		what,
		ring: ringOn(el) || ringOn(carrier),
		onPage: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
		leaving: false,
	};
})()`

// TestEveryTabStopShowsWhereFocusIs presses Tab through whole pages, as a
// keyboard user does, and requires each stop to draw a focus ring and be
// scrolled into view.
func TestEveryTabStopShowsWhereFocusIs(t *testing.T) {
	tb := e2e.NewTab(t)
	for _, p := range append([]string{"/", "/salaries?compare=level-1,country-gb", "/quiz", "/plan", "/careers/medical-coder", "/careers/health-information-technician#faq", "/glossary", "/credentials", sharedPlanPage(),
		"/careers?degree=no&c=medical-coder,health-information-technician",
		"/careers/compare?c=medical-coder,health-information-technician,health-information-services-manager,medical-administrative-assistant"}, stateAddresses...) {
		tb.Open(p)
		tb.Eval(`document.activeElement && document.activeElement.blur()`)
		stops := 0
		for ; stops < 600; stops++ {
			tb.Do(chromedp.KeyEvent(kb.Tab))
			s := e2e.Run(tb, chromedp.Evaluate[focusStop](readFocusStop))
			if s.Leaving {
				break
			}
			if !s.Ring {
				t.Errorf("%s: Tab stop %d, %s, shows no focus ring", p, stops+1, s.What)
			}
			if !s.OnPage {
				t.Errorf("%s: Tab stop %d, %s, is off screen", p, stops+1, s.What)
			}
		}
		if stops < 10 {
			t.Errorf("%s: only %d Tab stops before focus left the page", p, stops)
		}
	}
}
