package salary

import (
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		amount int64
		symbol string
		want   string
	}{
		{0, "US$", "US$0"},
		{999, "£", "£999"},
		{1000, "£", "£1,000"},
		{47160, "US$", "US$47,160"},
		{100000, "€", "€100,000"},
		{1234567, "A$", "A$1,234,567"},
		{-4500, "S$", "-S$4,500"},
	}
	for _, tt := range tests {
		if got := Format(tt.amount, tt.symbol); got != tt.want {
			t.Errorf("Format(%d, %q) = %q, want %q", tt.amount, tt.symbol, got, tt.want)
		}
	}
}

func TestFormatRange(t *testing.T) {
	got := FormatRange(data.PayRange{Currency: "GBP", Min: 25000, Max: 35000}, "£")
	if got != "£25,000–£35,000" {
		t.Errorf("got %q", got)
	}
	got = FormatRange(data.PayRange{Currency: "USD", Min: 50000, Max: 65000, OpenEnded: true}, "US$")
	if got != "US$50,000–US$65,000 or more" {
		t.Errorf("got %q", got)
	}
}
