//go:build !wasm

// Package search tests the header search box and the /search page in a real
// browser.
package search

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
