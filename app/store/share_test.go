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
		Date: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
		Scores: Scores{
			Overall:           62,
			Areas:             map[string]int{"coding": 40, "privacy": 75, "soft": 100},
			Level:             2,
			KnowledgeCorrect:  9,
			KnowledgeAnswered: 14,
			Careless:          true,
		},
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

// oldLink is a format 1 token exactly as the app made it before plans were
// shared (EncodeShare(sampleShare()) at that time), and oldLinkID the
// history id its import got.
const (
	oldLink   = "eyJ2IjoxLCJjIjoiOTQzZDEyYmEiLCJyIjp7ImQiOiIyMDI1LTA2LTAxIiwibyI6NjIsImEiOnsiY29kaW5nIjo0MCwicHJpdmFjeSI6NzUsInNvZnQiOjEwMH0sImwiOjIsImsiOls5LDE0XSwieCI6dHJ1ZX19"
	oldLinkID = "shared-4f89ba30"
)

func TestOldLinksStillOpen(t *testing.T) {
	got, err := DecodeShare(oldLink)
	if err != nil {
		t.Fatal(err)
	}
	if want := sampleShare(); !reflect.DeepEqual(got, want) {
		t.Errorf("old link: got %+v, want %+v", got, want)
	}
	if id := got.Attempt().ID; id != oldLinkID {
		t.Errorf("an old link imports as %q, before as %q: importing it again would make a second entry", id, oldLinkID)
	}
	// The same result shared with a plan imports as the same entry.
	withPlan := samplePlanShare()
	if id := withPlan.Attempt().ID; id != oldLinkID {
		t.Errorf("the result with its plan imports as %q, want %q", id, oldLinkID)
	}
}

func samplePlanShare() Shared {
	s := sampleShare()
	s.Plan = []SharedItem{
		{ID: "gap-coding", Status: Doing, Target: NewMonth(2025, time.December), Note: "Practice cases every Sunday & ask Ms. <Lee> \"why\""},
		{ID: "step-1", Status: Done},
		{ID: "step-2", Status: ToDo, Target: NewMonth(2026, time.January)},
		{ID: "step-4", Status: Skipped, Note: "Réseau: LinkedIn 👍"},
	}
	s.Timeline = TimelineChoice{Pace: PartTime, Start: NewMonth(2025, time.September), Pathway: "associate-degree"}
	return s
}

func TestSharePlanRoundTrip(t *testing.T) {
	want := samplePlanShare()
	token := EncodeShare(want)
	got, err := DecodeShare(token)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	raw, _ := base64.RawURLEncoding.DecodeString(token)
	if !strings.HasPrefix(string(raw), `{"v":2,`) {
		t.Errorf("a plan link is not format 2: %.20s", raw)
	}
	// Compact: a status without target or note is two short strings, and
	// a note's "<" and "&" stay one character each.
	for _, part := range []string{`["step-1","d"]`, `["step-2","t","2026-01"]`, `& ask Ms. <Lee>`, `"t":["p","2025-09","associate-degree"]`} {
		if !strings.Contains(string(raw), part) {
			t.Errorf("link lacks %s:\n%s", part, raw)
		}
	}
	if len(token) > 600 {
		t.Errorf("a four-item plan takes %d characters", len(token))
	}
}

func TestDecodeSharePlanErrors(t *testing.T) {
	withResult := func(r string) string {
		return base64.RawURLEncoding.EncodeToString([]byte(`{"v":2,"c":"` + checksum([]byte(r)) + `","r":` + r + `}`))
	}
	base := `{"d":"2025-06-01","o":40,"a":{},"l":1,"k":[0,0]`
	long := strings.Repeat("n", MaxNoteLength+1)
	tests := []struct{ name, result, text string }{
		{"status unknown", base + `,"p":[["step-1","x"]]}`, `status this app does not know ("x")`},
		{"item without status", base + `,"p":[["step-1"]]}`, "plan item 1 in a form"},
		{"item too long", base + `,"p":[["step-1","d","","",""]]}`, "plan item 1 in a form"},
		{"strange id", base + `,"p":[["<b>","d"]]}`, "plan item this app cannot read"},
		{"repeated item", base + `,"p":[["step-1","d"],["step-1","t"]]}`, `"step-1" twice`},
		{"bad target", base + `,"p":[["step-1","d","2025-13"]]}`, "target month this app cannot read"},
		{"note too long", base + `,"p":[["step-1","d","","` + long + `"]]}`, "longer than 140 characters"},
		{"too many items", base + `,"p":[` + strings.Repeat(`["a","d"],`, maxSharedItems) + `["b","d"]]}`, "51 plan items"},
		{"bad pace", base + `,"t":["x"]}`, "pace of study"},
		{"bad start", base + `,"t":["f","next year"]}`, "start month"},
		{"bad pathway", base + `,"t":["f","2025-09","Associate Degree"]}`, "pathway this app cannot read"},
		{"timeline too long", base + `,"t":["f","2025-09","a","b"]}`, "timeline in a form"},
		{"plan of the wrong type", base + `,"p":{"step-1":"d"}}`, "“p” should be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeShare(withResult(tt.result))
			var se *ShareError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %v, want a *ShareError with %q", err, tt.text)
			}
		})
	}
	// A note with line breaks and control characters is tidied, not refused.
	s, err := DecodeShare(withResult(base + `,"p":[["step-1","d","","a\n\tb\u0007c"]]}`))
	if err != nil || s.Plan[0].Note != "a bc" {
		t.Errorf("untidy note: %+v, %v", s.Plan, err)
	}
}

func TestEveryTruncatedPlanLinkFails(t *testing.T) {
	good := EncodeShare(samplePlanShare())
	for n := 0; n < len(good); n++ {
		if _, err := DecodeShare(good[:n]); err == nil {
			t.Fatalf("a link cut to %d of %d characters was accepted", n, len(good))
		}
	}
}

// A counselor's address can be long: a school's static host under a
// sub-path.
const sharePrefix = "https://www.example-unified-school-district.k12.ca.us/counseling/coach/plan#share="

// fullPlan is a plan of 13 items, every one with a status and a target.
func fullPlan() Shared {
	s := samplePlanShare()
	s.Plan = nil
	for _, id := range []string{"gap-education", "gap-certification", "gap-ehr", "gap-coding", "gap-privacy", "gap-data", "gap-terminology",
		"step-1", "step-2", "step-3", "step-4", "step-5", "step-6"} {
		s.Plan = append(s.Plan, SharedItem{ID: id, Status: Doing, Target: NewMonth(2027, time.August)})
	}
	return s
}

func TestShareLinkFitsWithALongNote(t *testing.T) {
	s := fullPlan()
	// The widest characters: four bytes of UTF-8 each.
	s.Plan[0].Note = strings.Repeat("😀", MaxNoteLength)
	f := FitShare(sharePrefix, s)
	if !f.Fits || f.Problem() != "" {
		t.Fatalf("a full plan with one longest note does not fit: %+v %s", f, f.Problem())
	}
	if f.Length != len(sharePrefix)+len(EncodeShare(s)) || f.NotesLength < MaxNoteLength*4 {
		t.Errorf("fit = %+v", f)
	}
	t.Logf("a full plan with one longest note: %d characters", f.Length)
}

func TestShareLinkTooLargeSaysWhatToShorten(t *testing.T) {
	s := fullPlan()
	for i := range s.Plan {
		s.Plan[i].Note = strings.Repeat("ab ", MaxNoteLength/3)
	}
	f := FitShare(sharePrefix, s)
	if f.Fits {
		t.Fatalf("13 long notes fit in %d characters", f.Length)
	}
	p := f.Problem()
	for _, want := range []string{"too large to share by link", thousands(f.Length) + " characters", "over 2,000", "Your notes take " + thousands(f.NotesLength), "by about " + thousands(f.Length-MaxLinkLength)} {
		if !strings.Contains(p, want) {
			t.Errorf("problem %q lacks %q", p, want)
		}
	}
	// Without notes there is nothing to shorten but the link still fails
	// when the address alone is too long.
	f = FitShare(strings.Repeat("x", MaxLinkLength), sampleShare())
	if f.Fits || !strings.Contains(f.Problem(), "Print the plan instead") {
		t.Errorf("long address: %+v %q", f, f.Problem())
	}
}

func TestSharedPlan(t *testing.T) {
	var s State
	s.SetStatus("step-3", "EHR", Doing, day)
	s.SetTarget("step-5", "Resume", NewMonth(2026, time.March), day)
	if err := s.SetNote("step-2", "RHIT", "Booked  for\nMay", day); err != nil {
		t.Fatal(err)
	}
	s.SetStatus("step-6", "Interviews", Done, day)
	s.SetStatus("step-6", "Interviews", ToDo, day)
	ids := []string{"gap-coding", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6"}
	got := s.SharedPlan(ids, map[string]string{"step-1": "You said you finished an accredited program.", "step-2": "You hold the RHIT."})
	want := []SharedItem{
		{ID: "step-1", Status: Done},
		{ID: "step-2", Status: Done, Note: "Booked for May"},
		{ID: "step-3", Status: Doing},
		{ID: "step-5", Status: ToDo, Target: NewMonth(2026, time.March)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SharedPlan:\n got %+v\nwant %+v", got, want)
	}
}

func TestShareThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 2345: "2,345", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
