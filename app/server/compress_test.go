//go:build !wasm

package server

import (
	"bytes"
	"os"
	"testing"
)

// A large body is compressed once and then read back from the cache
// folder; what comes back decodes to the body.
func TestCompressKeepsLargeBodiesOnDisk(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	body := bytes.Repeat([]byte("health information technician "), diskCacheFrom/16)
	for _, enc := range []string{"br", "gzip"} {
		first := Compress(enc, body)
		path := diskCachePath(enc, body)
		kept, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(kept, first) {
			t.Fatalf("%s: nothing kept at %s (%v)", enc, path, err)
		}
		// A kept file is what is served, so a second call reads it.
		if err := os.WriteFile(path, []byte("kept"), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := Compress(enc, body); string(got) != "kept" {
			t.Errorf("%s: compressed again instead of reading the kept file", enc)
		}
	}
	if diskCachePath("br", []byte("x")) == diskCachePath("gzip", []byte("x")) {
		t.Error("brotli and gzip share a file")
	}
}
