//go:build !wasm

// Package jobkit tests the job-ready kit in a real browser: a resume built
// from a finished quiz, its keyword check and its one-page print, a cover
// letter for a pasted job, interview practice over a reload, and search.
package jobkit

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
