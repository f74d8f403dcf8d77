//go:build !wasm

package foundation

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestTextMeetsAAContrastInBothSchemes(t *testing.T) {
	tb := e2e.NewTab(t)
	allowNotFound(tb)
	for _, p := range pageStates() {
		tb.Open(p)
		tb.CheckContrast(t, p)
		if tb.Eval(`document.querySelector("main details") !== null`) == true {
			tb.Eval(openEverything)
			tb.CheckContrast(t, p+" with everything open")
		}
	}
	t.Cleanup(func() { tb.Eval(`localStorage.clear()`) })
	for _, s := range studentStates {
		s.bringAbout(t, tb)
		tb.CheckContrast(t, s.name)
	}
}
