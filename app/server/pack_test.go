//go:build !wasm

package server

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// examplePack is the fictional example of data/local/README.md.
func examplePack(t *testing.T) []byte {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "data", "local", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := bytes.Cut(readme, []byte("## A complete example"))
	_, rest, _ = bytes.Cut(rest, []byte("```json\n"))
	block, _, _ := bytes.Cut(rest, []byte("```"))
	return block
}

func TestPackCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "local.json")
	if err := os.WriteFile(good, examplePack(t), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	broken := strings.Replace(string(examplePack(t)), `"url": "https://riverbend.example/him"`, `"url": "javascript:alert(1)"`, 1)
	if err := os.WriteFile(bad, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	if err := checkPack(&out, good); err != nil {
		t.Errorf("a valid pack: %v", err)
	}
	if want := good + ": valid, version 1: Riverbend College Career Center: 2 programs"; !strings.HasPrefix(out.String(), want) {
		t.Errorf("a valid pack prints %q, want it to start %q", out.String(), want)
	}

	out.Reset()
	err := checkPack(&out, bad)
	if !errors.Is(err, errPackProblems) {
		t.Errorf("a pack with a javascript: link: %v, want the problems error (exit status 1)", err)
	}
	if want := `programs[0] "Riverbend College HIM": field url: must start with https:, http:, mailto: or tel:, not "javascript:alert(1)"`; !strings.Contains(out.String(), want) {
		t.Errorf("the report lacks the problem:\n%s", out.String())
	}

	// From the command line: a usage error without "check FILE", status 1
	// with problems.
	for _, args := range [][]string{{"pack"}, {"pack", "check"}, {"pack", "lint", good}, {"pack", "check", good, good}} {
		var stdout, stderr bytes.Buffer
		if err := run(args, &stdout, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("hitcoach %s: %v, want a usage error", strings.Join(args, " "), err)
		}
		if !strings.Contains(stderr.String(), "hitcoach pack check local.json") {
			t.Errorf("hitcoach %s says %q", strings.Join(args, " "), stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run([]string{"pack", "check", bad}, &stdout, &stderr); !errors.Is(err, errPackProblems) {
		t.Errorf("hitcoach pack check bad.json: %v, want the problems error", err)
	}
	if err := run([]string{"pack", "check", filepath.Join(dir, "missing.json")}, &stdout, &stderr); !errors.Is(err, errPackProblems) {
		t.Errorf("hitcoach pack check missing.json: %v, want the problems error", err)
	}
}

// TestServeAnnouncesItsPack checks hitcoach serve -pack says at start what
// hitcoach pack check says, and serves a pack with problems all the same.
func TestServeAnnouncesItsPack(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "local.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(good, examplePack(t), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"version": 1, "programs": [{"name": "x", "url": "javascript:alert(1)"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		good: good + ": valid, version 1: Riverbend College Career Center",
		bad:  `programs[0] "x": field url: must start with https:, http:, mailto: or tel:, not "javascript:alert(1)"`,
	} {
		var out bytes.Buffer
		if err := announcePack(&out, path); err != nil {
			t.Errorf("%s: %v, want it served", path, err)
		}
		if !strings.Contains(out.String(), "served as /local.json") || !strings.Contains(out.String(), want) {
			t.Errorf("%s: serve says\n%s\nwant the pack named and %q", path, out.String(), want)
		}
	}
}
