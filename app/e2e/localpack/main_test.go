//go:build !wasm

// Package localpack tests a counselor's local.json on the static site, as
// `make static` writes it and a plain file server serves it, at the root and
// under a sub-path: where its content shows, search, offline use and
// updates, broken packs, shared-computer mode and the /counselor page.
package localpack

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

func TestMain(m *testing.M) { e2e.Main(m) }
