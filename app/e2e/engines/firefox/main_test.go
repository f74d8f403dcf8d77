//go:build !wasm

// Package firefox runs the paths a student hits first in Firefox ESR, over
// WebDriver BiDi (see app/e2e/engines).
package firefox

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e/engines"
)

func TestMain(m *testing.M) {
	engines.Main(m, func() (engines.Engine, error) {
		path, err := engines.FindFirefox()
		if err != nil {
			return nil, err
		}
		return engines.StartFirefox(path)
	})
}
