package store

import (
	"encoding/base64"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleJobKit() State {
	s := sample()
	day := time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)
	s.Resume = Resume{
		Name: "Ana Lopez", Email: "ana@example.org", Phone: "555-0100", Location: "Tucson, AZ",
		Headline: "Health Information Technician",
		Summary:  "Detail-minded student finishing an accredited HIT program.",
		Education: []Education{
			{School: "Pima Community College", Program: "Associate degree in Health Information Technology", Start: NewMonth(2024, time.August), End: NewMonth(2026, time.May), Studying: true},
		},
		Credentials: []HeldCredential{{Name: "RHIT", Planned: true, Date: NewMonth(2026, time.July)}, {Name: "CPR", Date: NewMonth(2024, time.March)}},
		Experience: []Experience{
			{Role: "Front desk volunteer", Employer: "Northside Clinic", Start: NewMonth(2024, time.January), Current: true, Details: "Filed scanned documents.\nChecked patient details."},
		},
		Highlights: "Coded practice cases in ICD-10-CM and CPT with code books or coding software.",
		Skills:     "Attention to detail, Excel", Systems: "Epic", Codes: "ICD-10-CM, CPT",
		Updated: day,
	}
	s.Letters = []CoverLetter{
		{ID: "letter-20250601-093000", JobTitle: "HIM Technician", Employer: "Banner Health", Requirements: "RHIT preferred\nEpic experience", Body: "Dear hiring manager,\n\nI am applying…", Updated: day},
	}
	s.Interview = Interview{
		Answers: map[string]InterviewAnswer{
			"release-request": {Text: "I check the authorisation first.", Rating: 2, Updated: day},
			"deadline":        {Rating: 1, Updated: day},
		},
		TimerOff: true,
	}
	return s
}

func TestJobKitRoundTrip(t *testing.T) {
	want := sampleJobKit()
	got, err := Decode(Encode(want))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the job kit:\n got %+v\nwant %+v", got, want)
	}
	// A state without the job kit writes none of its keys.
	for _, key := range []string{`"resume"`, `"letters"`, `"interview"`} {
		if strings.Contains(string(Encode(sample())), key) {
			t.Errorf("a state without a job kit saves %s", key)
		}
	}
}

// A version 3 state, saved before the job kit, reads whole and without it.
func TestVersion3ReadsWithoutTheJobKit(t *testing.T) {
	v3 := Encode(sample())
	v3 = []byte(strings.Replace(string(v3), `"version":4`, `"version":3`, 1))
	s, err := Decode(v3)
	if err != nil || s.MigratedFrom != 0 {
		t.Fatalf("version 3: %v, migrated from %d", err, s.MigratedFrom)
	}
	if !reflect.DeepEqual(s, sample()) {
		t.Errorf("version 3 state changed:\n got %+v\nwant %+v", s, sample())
	}
}

// Damage in one part of the job kit costs that part only, and each problem
// says where it is.
func TestDamagedJobKitKeepsTheRest(t *testing.T) {
	long := strings.Repeat("x", MaxShortText+5)
	raw := `{"version":4,"plan":[{"id":"step-1","status":"done"}],
		"resume":{"name":"` + long + `","email":7,"education":[{"school":"A","start":"2025-13"},"x"],"skills":"a\tb\nc"},
		"letters":[{"id":"Bad Id!","body":"Hi\r\n\r\nthere  \n\n"},{"id":"letter-1","jobTitle":"T"},{"jobTitle":"U"}],
		"interview":{"answers":{"deadline":{"rating":7,"text":"ok"},"NOT AN ID":{"rating":1}},"timerOff":"yes"}}`
	s, err := Decode([]byte(raw))
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("no DecodeError: %v", err)
	}
	for _, want := range []string{
		"resume, name: is longer than the 120 characters",
		"resume, email: should be text but is the number",
		`resume, education 1, start month: "2025-13"`,
		"resume, education 2: should be a group of fields but is text",
		`cover letter 1, id: "Bad Id!" is not a letter id`,
		"interview answer “deadline”, rating: 7 is out of range (0 to 3)",
		"interview answer “NOT AN ID”: is not for a question of this app",
		"interview practice, timer: should be true or false",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the problems do not say %q:\n%v", want, err)
		}
	}
	if s.StatusOf("step-1") != Done {
		t.Error("the plan was lost")
	}
	if len([]rune(s.Resume.Name)) != MaxShortText || s.Resume.Skills != "a b c" || len(s.Resume.Education) != 2 || s.Resume.Education[0].School != "A" {
		t.Errorf("resume = %+v", s.Resume)
	}
	var ids []string
	for _, l := range s.Letters {
		ids = append(ids, l.ID)
	}
	if want := []string{"letter-2", "letter-1", "letter-3"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("letter ids = %q, want %q: no letter is lost for its id", ids, want)
	}
	if s.Letters[0].Body != "Hi\n\nthere" {
		t.Errorf("letter body = %q", s.Letters[0].Body)
	}
	if a := s.Interview.Answers["deadline"]; a.Text != "ok" || a.Rating != 0 || len(s.Interview.Answers) != 1 {
		t.Errorf("answers = %+v", s.Interview.Answers)
	}
}

func TestJobKitListsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"version":4,"resume":{"credentials":[`)
	for i := 0; i < MaxCredentials+3; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"name":"C"}`)
	}
	b.WriteString(`]}}`)
	s, err := Decode([]byte(b.String()))
	if err == nil || len(s.Resume.Credentials) != MaxCredentials {
		t.Errorf("%d credentials kept, error %v", len(s.Resume.Credentials), err)
	}
}

func TestCleanBlock(t *testing.T) {
	for in, want := range map[string]string{
		"a\r\nb\rc":          "a\nb\nc",
		"\n\n  x  \n\n\ny\n": "  x\n\n\ny",
		"tab\there\x00\x07":  "tab here",
		"bad \xff byte":      "bad \uFFFD byte",
	} {
		got := CleanBlock(in)
		if got != want {
			t.Errorf("CleanBlock(%q) = %q, want %q", in, got, want)
		}
		if CleanBlock(got) != got {
			t.Errorf("cleaning %q twice changes it", in)
		}
	}
}

func TestInterviewAnswersAndRatings(t *testing.T) {
	var s State
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	s.SetAnswer("mistake", "I told my supervisor.\r\n", now)
	s.SetRating("mistake", 3, now)
	s.SetRating("deadline", 1, now)
	s.SetRating("deadline", 9, now) // out of range: ignored
	if got := s.Interview.Ratings(); !reflect.DeepEqual(got, map[string]int{"mistake": 3, "deadline": 1}) {
		t.Errorf("ratings = %v", got)
	}
	if s.Interview.Answers["mistake"].Text != "I told my supervisor." {
		t.Errorf("answer = %+v", s.Interview.Answers["mistake"])
	}
}

func TestNewLetterIDIsUnique(t *testing.T) {
	var s State
	now := time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		id := s.NewLetterID(now)
		if s.Letter(id) != nil || !isAreaID(id) {
			t.Fatalf("id %q is taken or not an id", id)
		}
		s.Letters = append(s.Letters, CoverLetter{ID: id})
	}
}

// Nothing of the job kit goes in a share link: the link carries the result
// and the plan, built from the attempt and the plan entries alone.
func TestShareLinkCarriesNoJobKit(t *testing.T) {
	s := sampleJobKit()
	sh := s.Latest().Share()
	sh.Plan = s.SharedPlan([]string{"step-1", "gap-coding", "step-2"}, nil)
	raw, err := base64.RawURLEncoding.DecodeString(EncodeShare(sh))
	if err != nil {
		t.Fatal(err)
	}
	for _, private := range []string{"Ana", "Lopez", "Epic", "authorisation", "Banner", "resume"} {
		if strings.Contains(string(raw), private) {
			t.Errorf("the share link holds %q: %s", private, raw)
		}
	}
}

// A backup carries the job kit: it holds the state as Encode writes it.
func TestBackupCarriesTheJobKit(t *testing.T) {
	want := sampleJobKit()
	file, err := EncodeBackup(NewBackup(want, time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBackup(file)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.State.Resume, want.Resume) || !reflect.DeepEqual(b.State.Letters, want.Letters) || !reflect.DeepEqual(b.State.Interview, want.Interview) {
		t.Errorf("the backup lost part of the job kit:\n got %+v\nwant %+v", b.State, want)
	}
}
