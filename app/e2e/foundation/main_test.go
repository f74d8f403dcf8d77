//go:build !wasm

// Package foundation tests the pages every visitor sees in a real browser.
package foundation

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
