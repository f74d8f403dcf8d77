package main

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestGeneratedFileIsCurrent(t *testing.T) {
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	want, err := Source(d, q, data.MustLoadJobKit())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("data/generated.go is not what the JSON files generate: run `go generate ./data` (make build does it)")
	}
}

func TestRefusesInvalidData(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/sources.json", []byte(`[{"id": 1}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := dir + "/generated.go"
	err := run(dir, out)
	if err == nil || !strings.Contains(err.Error(), "data/sources.json") {
		t.Fatalf("run on a malformed sources.json: got %v, want an error naming the file", err)
	}
	if _, statErr := os.Stat(out); !os.IsNotExist(statErr) {
		t.Fatal("a generated.go was written from invalid data")
	}
}

func TestUnsupportedValuesAreRefused(t *testing.T) {
	var b bytes.Buffer
	w := writer{buf: &b, pkg: "github.com/hitcoach/hitcoach/data"}
	if err := w.value(reflectValue(map[string]int{"a": 1})); err == nil {
		t.Error("a map was printed; the generator supports only what package data uses")
	}
	if err := w.value(reflectValue(bytes.Buffer{})); err == nil {
		t.Error("a type from another package was printed")
	}
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v) }
