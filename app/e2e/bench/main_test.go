//go:build !wasm

// Package bench is make bench: it measures what a student waits for (size,
// paint, time to interactive, search latency, memory, and the takeover of
// every page on a slow phone, with Lighthouse's scores) beside go-app's
// hello world built in the same run, and prints the tables.
//
// Everything expensive runs only with HITCOACH_BENCH=1, so `go test ./...`
// and make test skip it.
package bench

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// benchEnv turns the benchmark on.
const benchEnv = "HITCOACH_BENCH"

func TestMain(m *testing.M) {
	if os.Getenv(benchEnv) != "1" {
		// No Chromium, no wasm build: only the cheap tests run.
		os.Exit(m.Run())
	}
	if _, err := chromium(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	e2e.Main(m)
}

// chromium finds the browser the way the rig does, before the build, so a
// missing one stops make bench at once and says what to do.
func chromium() (string, error) {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("CHROME_PATH=%s is not a Chrome or Chromium binary that can run: %w", p, err)
		}
		return path, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("make bench needs Chromium and found none: install it (Debian/Ubuntu: apt-get install -y chromium; make bench does this when run as root), or set CHROME_PATH to a Chrome or Chromium binary")
}
