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

func TestAsOfText(t *testing.T) {
	for asOf, want := range map[string]string{
		"May 2023":                "as of May 2023",
		"2022–2032":               "as of 2022–2032",
		"not stated":              "date not stated",
		"not stated (2025 guide)": "date not stated (2025 guide)",
		"not stated in excerpt":   "date not stated in excerpt",
		"Q1 2025, not stated yet": "as of Q1 2025, not stated yet",
	} {
		if got := AsOfText(asOf); got != want {
			t.Errorf("AsOfText(%q) = %q, want %q", asOf, got, want)
		}
	}
}
