package local

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func appData(t testing.TB) *data.Data {
	t.Helper()
	d, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// example is the complete example pack of README.md: the documentation's
// example is the tests' fixture, so it cannot drift from the format.
func example(t testing.TB) []byte {
	t.Helper()
	readme := mustRead(t, "README.md")
	_, rest, ok := bytes.Cut(readme, []byte("## A complete example"))
	if ok {
		_, rest, ok = bytes.Cut(rest, []byte("```json\n"))
	}
	var block []byte
	if ok {
		block, _, ok = bytes.Cut(rest, []byte("```"))
	}
	if !ok {
		t.Fatal("README.md has no ```json block under \"## A complete example\"")
	}
	return block
}

// edited returns the example with f applied to its decoded form.
func edited(t testing.TB, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(example(t), &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func obj(v any) map[string]any { return v.(map[string]any) }
func arr(v any) []any          { return v.([]any) }

// entry is element i of the list part of m.
func entry(m map[string]any, part string, i int) map[string]any {
	return obj(arr(m[part])[i])
}

func messages(problems []Problem) []string {
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.String()
	}
	return out
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
