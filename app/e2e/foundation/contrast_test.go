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
	}
}
