package store

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeState feeds the state decoder anything local storage could hold.
// It must never panic, must explain every failure, and whatever it keeps
// must save and read back unchanged.
func FuzzDecodeState(f *testing.F) {
	full := Encode(sample())
	f.Add(full)
	f.Add(full[:len(full)/2])
	f.Add([]byte(`{"version":1,"current":4,"answers":{"a":2},"scores":[{"date":"2025-05-01","overall":44}],"done":["step-1"]}`))
	f.Add([]byte(`{"version":2,"progress":{"stage":7,"answers":{"a":{"choice":"x"}}},"history":[{"date":1}],"plan":{}}`))
	f.Add([]byte(version2State))
	f.Add([]byte(`{"version":3,"plan":[{"id":"s","target":"2025-13","note":"a\nb"},{"id":"t","status":""}],"timeline":{"pace":"part-time","start":"2025-09","pathway":"x"}}`))
	f.Add(Encode(sampleJobKit()))
	f.Add([]byte(`{"version":4,"resume":{"name":"a\u0000b","education":[{"start":"1899-01","studying":1}],"highlights":"x\r\ny\t"},"letters":[{"id":"letter-1"},{"id":"letter-1","body":"\n\n"},{}],"interview":{"answers":{"q":{"rating":3,"text":" "}},"timerOff":true}}`))
	f.Add([]byte(`{"version":4,"resume":{"credentials":[{"name":"RHIT","planned":true,"date":"2026-07"}],"experience":[{"role":"r","current":true,"details":"a\n b "}]},"letters":{"id":1},"interview":[]}`))
	f.Add([]byte(`{"version":9}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"a":`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("error %v is not a DecodeError with problems", err)
			}
		}
		for _, e := range s.Plan {
			if CheckNote(e.Note) != nil || CleanNote(e.Note) != e.Note {
				t.Fatalf("kept a note that could not be saved: %q", e.Note)
			}
		}
		checkJobKitKept(t, s)
		enc := Encode(s)
		again, err := Decode(enc)
		if err != nil {
			t.Fatalf("the kept state does not read back: %v\n%s", err, enc)
		}
		if enc2 := Encode(again); !bytes.Equal(enc, enc2) {
			t.Fatalf("saving the kept state is not stable:\n%s\n%s", enc, enc2)
		}
	})
}

// FuzzDecodeShare feeds the share-link decoder any text a URL fragment could
// hold, in every format. It must never panic, every failure must be a
// *ShareError, and a link it accepts must encode back to a link that reads
// the same, with every note within bounds.
func FuzzDecodeShare(f *testing.F) {
	good := EncodeShare(sampleShare())
	f.Add(good)
	f.Add(good[:len(good)-3])
	f.Add(oldLink)
	plan := EncodeShare(samplePlanShare())
	f.Add(plan)
	f.Add(plan[:len(plan)/2])
	f.Add(EncodeShare(fullPlan()))
	f.Add("")
	f.Add("not a link")
	f.Add(EncodeShare(Shared{}))
	f.Fuzz(func(t *testing.T, token string) {
		s, err := DecodeShare(token)
		if err != nil {
			var se *ShareError
			if !errors.As(err, &se) || se.Reason == "" {
				t.Fatalf("error %v is not a ShareError with a reason", err)
			}
			return
		}
		for _, it := range s.Plan {
			if CheckNote(it.Note) != nil || CleanNote(it.Note) != it.Note || !it.Status.valid() {
				t.Fatalf("accepted an item that could not be made: %+v", it)
			}
		}
		again, err := DecodeShare(EncodeShare(s))
		if err != nil {
			t.Fatalf("an accepted link does not encode back: %v", err)
		}
		if EncodeShare(again) != EncodeShare(s) {
			t.Fatalf("re-encoding changed the result: %+v vs %+v", again, s)
		}
	})
}

// checkJobKitKept fails when the decoder kept a job-kit text that is not
// clean or is over its limit, a list over its bound, a rating out of range
// or two letters with one id.
func checkJobKitKept(t *testing.T, s State) {
	t.Helper()
	texts := func(max int, clean func(string) string, vs ...string) {
		for _, v := range vs {
			if clean(v) != v || utf8.RuneCountInString(v) > max {
				t.Fatalf("kept a text that is not clean or is too long: %q", v)
			}
		}
	}
	r := s.Resume
	texts(MaxShortText, CleanLine, r.Name, r.Email, r.Phone, r.Location, r.Headline)
	texts(MaxSummaryText, CleanLine, r.Summary)
	texts(MaxListText, CleanLine, r.Skills, r.Systems, r.Codes)
	texts(MaxBlockText, CleanBlock, r.Highlights)
	if len(r.Education) > MaxEducation || len(r.Credentials) > MaxCredentials || len(r.Experience) > MaxExperience || len(s.Letters) > MaxLetters || len(s.Interview.Answers) > MaxAnswers {
		t.Fatalf("kept a list over its bound: %+v", s)
	}
	for _, e := range r.Education {
		texts(MaxShortText, CleanLine, e.School, e.Program)
	}
	for _, c := range r.Credentials {
		texts(MaxShortText, CleanLine, c.Name)
	}
	for _, e := range r.Experience {
		texts(MaxShortText, CleanLine, e.Role, e.Employer)
		texts(MaxBlockText, CleanBlock, e.Details)
	}
	ids := map[string]bool{}
	for _, l := range s.Letters {
		if ids[l.ID] || !isAreaID(l.ID) {
			t.Fatalf("kept a letter with a repeated or bad id %q", l.ID)
		}
		ids[l.ID] = true
		texts(MaxShortText, CleanLine, l.JobTitle, l.Employer)
		texts(MaxLetterText, CleanBlock, l.Requirements, l.Body)
	}
	for id, a := range s.Interview.Answers {
		if !isAreaID(id) || a.Rating < 0 || a.Rating > MaxRating {
			t.Fatalf("kept an answer that could not be made: %q %+v", id, a)
		}
		texts(MaxBlockText, CleanBlock, a.Text)
	}
}

// FuzzDecodeBackup feeds the backup decoder any file a person could pick.
// It must never panic; a refusal must be a *BackupError with a reason and
// return nothing to restore; a backup it accepts must write back to a file
// that reads the same.
func FuzzDecodeBackup(f *testing.F) {
	withParts := NewBackup(sample(), day)
	withParts.Parts = map[string]Part{"resume": {Version: 2, Data: []byte(`{"lines":["a"]}`)}}
	good, _ := EncodeBackup(withParts)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(Encode(sample()))
	f.Add([]byte(`{"kind":"hitcoach-backup","version":1,"state":{"version":1,"current":4,"answers":{"a":2},"done":["step-1"]}}`))
	f.Add([]byte(`{"kind":"hitcoach-backup","version":1,"state":{"version":2,"plan":[{"id":"x","status":"later"}]}}`))
	f.Add([]byte(`{"kind":"hitcoach-backup","version":2,"state":{}}`))
	f.Add([]byte(`{"kind":"hitcoach-backup","version":1,"made":"","state":{},"parts":null}`))
	f.Add([]byte(`{"kind":"other"}`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeBackup(b)
		if err != nil {
			var be *BackupError
			if !errors.As(err, &be) || be.Reason == "" {
				t.Fatalf("error %v is not a BackupError with a reason", err)
			}
			if got.State.Plan != nil || got.State.History != nil || got.Parts != nil || !got.Made.IsZero() {
				t.Fatalf("a refused backup returned %+v", got)
			}
			return
		}
		enc, err := EncodeBackup(got)
		if err != nil {
			t.Fatalf("an accepted backup cannot be written: %v", err)
		}
		if len(enc) > MaxBackupSize {
			return // written larger than it was read; no backup is near this
		}
		again, err := DecodeBackup(enc)
		if err != nil {
			t.Fatalf("an accepted backup, written again, is refused: %v\n%s", err, enc)
		}
		if enc2, _ := EncodeBackup(again); !bytes.Equal(enc, enc2) {
			t.Fatalf("writing the backup is not stable:\n%s\n%s", enc, enc2)
		}
	})
}
