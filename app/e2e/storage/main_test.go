//go:build !wasm

// Package storage tests in a real browser what keeps a student's plan when
// the browser's storage does not: the backup and its restore, a storage
// that refuses to save, and the line that says whether the browser will
// keep what is saved.
package storage

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
