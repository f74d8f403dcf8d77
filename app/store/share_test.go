package store

import (
	"encoding/base64"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleShare() Shared {
	return Shared{
		Date:              time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
		Overall:           62,
		Areas:             map[string]int{"coding": 40, "privacy": 75, "soft": 100},
		Level:             2,
		KnowledgeCorrect:  9,
		KnowledgeAnswered: 14,
		Careless:          true,
	}
}

func TestShareRoundTrip(t *testing.T) {
	want := sampleShare()
	token := EncodeShare(want)
	if strings.ContainsAny(token, "+/=#&?% ") {
		t.Errorf("token %q is not URL-fragment safe", token)
	}
	got, err := DecodeShare(token)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip: got %+v, want %+v", got, want)
	}
	if _, err := DecodeShare(token + "=="); err != nil {
		t.Errorf("padding added back: %v", err)
	}
	empty, err := DecodeShare(EncodeShare(Shared{Date: want.Date}))
	if err != nil || len(empty.Areas) != 0 {
		t.Errorf("empty share: %+v, %v", empty, err)
	}
}

func TestShareLinkFromAnAttempt(t *testing.T) {
	a := Attempt{ID: "x", Date: time.Date(2025, 6, 1, 15, 4, 5, 0, time.UTC), Overall: 50, Areas: map[string]int{"coding": 50}, Level: 1}
	s := a.Share()
	if !s.Date.Equal(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("shared date %v keeps more than the day", s.Date)
	}
	back := s.Attempt()
	if !back.Imported || back.Overall != 50 || back.Level != 1 || !strings.HasPrefix(back.ID, "shared-") {
		t.Errorf("imported attempt = %+v", back)
	}
	if s.Attempt().ID != back.ID {
		t.Errorf("the same shared result imports under two ids")
	}
}

func TestDecodeShareErrors(t *testing.T) {
	good := EncodeShare(sampleShare())
	envelope := func(json string) string { return base64.RawURLEncoding.EncodeToString([]byte(json)) }
	withResult := func(r string) string {
		return envelope(`{"v":1,"c":"` + checksum([]byte(r)) + `","r":` + r + `}`)
	}
	tests := []struct {
		name  string
		token string
		want  error  // a sentinel, or nil to match text
		text  string // part of the message
	}{
		{"empty", "", ErrShareEmpty, ""},
		{"blank", "   ", ErrShareEmpty, ""},
		{"too long", strings.Repeat("A", MaxShareLength+1), ErrShareTooLong, ""},
		{"foreign characters", good[:10] + "!*" + good[12:], ErrShareCharacters, ""},
		{"truncated", good[:len(good)/2], ErrShareIncomplete, ""},
		{"garbage base64", "SGVsbG8gd29ybGQ", ErrShareIncomplete, ""},
		{"not an envelope", envelope(`[1,2]`), ErrShareIncomplete, ""},
		{"missing checksum", envelope(`{"v":1,"r":{}}`), ErrShareIncomplete, ""},
		{"tampered score", withWrongChecksum(`{"d":"2025-06-01","o":99,"a":{},"l":1,"k":[0,0]}`), ErrShareChecksum, ""},
		{"newer version", envelope(`{"v":9,"c":"00000000","r":{}}`), nil, "newer version of the app (format 9)"},
		{"negative version", envelope(`{"v":-1,"c":"00000000","r":{}}`), nil, "format -1, which this app does not know"},
		{"bad date", withResult(`{"d":"yesterday","o":5,"a":{},"l":1,"k":[0,0]}`), nil, `no valid date ("yesterday")`},
		{"impossible overall", withResult(`{"d":"2025-06-01","o":140,"a":{},"l":1,"k":[0,0]}`), nil, "overall score of 140%"},
		{"impossible level", withResult(`{"d":"2025-06-01","o":40,"a":{},"l":12,"k":[0,0]}`), nil, "career level 12"},
		{"impossible knowledge", withResult(`{"d":"2025-06-01","o":40,"a":{},"l":1,"k":[9,3]}`), nil, "9 right out of 3"},
		{"impossible area score", withResult(`{"d":"2025-06-01","o":40,"a":{"coding":-5},"l":1,"k":[0,0]}`), nil, `area "coding" a score of -5%`},
		{"strange area id", withResult(`{"d":"2025-06-01","o":40,"a":{"<script>":5},"l":1,"k":[0,0]}`), nil, "names an area this app cannot read"},
		{"wrong type", withResult(`{"d":"2025-06-01","o":"high","a":{},"l":1,"k":[0,0]}`), nil, "“o” should be int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeShare(tt.token)
			var se *ShareError
			if !errors.As(err, &se) {
				t.Fatalf("error %v, want a *ShareError", err)
			}
			if tt.want != nil && err != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q lacks %q", err, tt.text)
			}
		})
	}
}

func withWrongChecksum(r string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"c":"0badc0de","r":` + r + `}`))
}

func TestEveryTruncatedShareLinkFails(t *testing.T) {
	good := EncodeShare(sampleShare())
	for n := 0; n < len(good); n++ {
		if _, err := DecodeShare(good[:n]); err == nil {
			t.Fatalf("a link cut to %d of %d characters was accepted", n, len(good))
		}
	}
}

func TestShareToken(t *testing.T) {
	tests := []struct {
		fragment, token string
		ok              bool
	}{
		{"share=abc", "abc", true},
		{"#share=abc", "abc", true},
		{"x=1&share=abc", "abc", true},
		{"share=", "", true},
		{"result=abc", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		token, ok := ShareToken(tt.fragment)
		if token != tt.token || ok != tt.ok {
			t.Errorf("ShareToken(%q) = %q, %v, want %q, %v", tt.fragment, token, ok, tt.token, tt.ok)
		}
	}
}

func BenchmarkDecodeShare(b *testing.B) {
	token := EncodeShare(sampleShare())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeShare(token); err != nil {
			b.Fatal(err)
		}
	}
}

func TestIsAreaID(t *testing.T) {
	for id, want := range map[string]bool{
		"coding": true, "health-data": true, "a1-b2-c3": true, "x": true,
		"": false, "-coding": false, "coding-": false, "health--data": false,
		"Coding": false, "health_data": false, "héalth": false, "a b": false,
	} {
		if got := isAreaID(id); got != want {
			t.Errorf("isAreaID(%q) = %v, want %v", id, got, want)
		}
	}
}
