//go:build !wasm

// Package offline tests the static site on a plain file server under a
// sub-path: install, offline use by deep link, reload and in-app
// navigation, updates, installability and the compressed wasm.
package offline

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
