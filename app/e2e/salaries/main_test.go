//go:build !wasm

// Package salaries tests the salaries page in a real browser: its figures
// against the data, the comparison in the URL, the currency choice, and
// the charts on a phone.
package salaries

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
