//go:build !wasm

// Package webkit runs the paths a student hits first in WebKitGTK, the
// engine behind Safari, through WebKitWebDriver and MiniBrowser under Xvfb
// (see app/e2e/engines).
package webkit

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e/engines"
)

func TestMain(m *testing.M) {
	engines.Main(m, func() (engines.Engine, error) {
		tools, err := engines.FindWebKit()
		if err != nil {
			return nil, err
		}
		return engines.StartWebKit(tools)
	})
}
