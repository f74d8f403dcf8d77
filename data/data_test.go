package data

import "testing"

func TestEmbeddedDataIsValid(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatalf("the embedded data is invalid:\n%v", err)
	}
	if d.Main() == nil {
		t.Fatal("no main career")
	}
}
