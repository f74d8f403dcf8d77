//go:build !wasm

// Package quiz tests the readiness quiz and the personal plan in a real
// browser: answering, resuming after a reload, damaged saved data, share
// links and the checklist.
package quiz

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
