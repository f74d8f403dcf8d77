//go:build !wasm

// Package localpack tests a counselor's local.json on the static site, as
// `make static` writes it and a plain file server serves it, at the root and
// under a sub-path: where its content shows, search, offline use and
// updates, broken packs, shared-computer mode and the /counselor page.
package localpack

import (
	"os"
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// sitesDir holds the static sites the tests build, removed at the end.
var sitesDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hitcoach-localpack-")
	if err != nil {
		panic(err)
	}
	sitesDir = dir
	code := e2e.MainStatus(m)
	os.RemoveAll(dir)
	os.Exit(code)
}
