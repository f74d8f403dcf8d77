package quiz

import (
	"github.com/hitcoach/hitcoach/app/store"
	"reflect"
	"testing"
	"time"
)

// Every score a summary holds goes into a history entry and comes back:
// the test fills each field, so a field added to Summary and not copied
// fails it.
func TestSummaryRoundTripsThroughAHistoryEntry(t *testing.T) {
	var s Summary
	v := reflect.ValueOf(&s).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Int:
			f.SetInt(int64(10 + i))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Map:
			f.Set(reflect.ValueOf(map[string]int{"training": 40 + i}))
		default:
			t.Fatalf("Summary.%s is a %s: fill it here", v.Type().Field(i).Name, f.Kind())
		}
	}
	date := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	a := store.NewAttempt("2026-03-01T10:00:00Z", date, s)
	if a.ID != "2026-03-01T10:00:00Z" || !a.Date.Equal(date) || a.Imported {
		t.Errorf("the entry is %+v", a)
	}
	if got := a.Scores(); !reflect.DeepEqual(got, s) {
		t.Errorf("NewAttempt(…).Scores() = %+v, want %+v", got, s)
	}
}
