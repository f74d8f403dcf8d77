//go:build !wasm

package foundation

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestWasmFlagsMatchTheMakefile keeps the wasm a plain `go test` builds the
// same as the one `make` builds and the benchmark measures.
func TestWasmFlagsMatchTheMakefile(t *testing.T) {
	makefile, err := os.ReadFile(filepath.Join(e2e.ModuleRoot(), "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"WASM_GCFLAGS": e2e.WasmGCFlags, "WASM_LDFLAGS": e2e.WasmLDFlags} {
		m := regexp.MustCompile(`(?m)^` + name + ` *\??= *(.*)$`).FindSubmatch(makefile)
		if m == nil {
			t.Errorf("the Makefile sets no %s", name)
			continue
		}
		if got := string(m[1]); got != want {
			t.Errorf("the Makefile's %s is %q, app/e2e builds with %q", name, got, want)
		}
	}
}
