//go:build !wasm

// Package careers tests the careers index and the side-by-side comparison
// in a real browser: every career's figures on its card, filters and ticks
// that live in the address, a comparison that flags unlike pay figures,
// garbage addresses, and a phone's screen.
package careers

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
