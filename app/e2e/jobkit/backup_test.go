//go:build !wasm

package jobkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
)

// Backup and restore, on the plan page, carry the resume, the letters and
// the interview answers and ratings: they are part of the saved state.
// (The student here has a quiz under way too: the backup's summary does
// not yet count the kit, so a kit alone reads as "nothing saved".)
func TestBackupAndRestoreCarryTheResumeAndTheAnswers(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	save(tb, finishQuiz(filledState()))
	tb.OpenSaved("/interview")
	tb.Click("#interview-start")
	typeInto(tb, "interview-answer", "I would check who is asking.")
	tb.Click("#interview-reveal")
	tb.Click("label[for='rating-why-this-work-3']")
	tb.WaitFor("the rating to be saved", `(JSON.parse(localStorage.getItem("hitcoach.state")).interview || {answers: {}}).answers["why-this-work"]?.rating === 3`)
	before := savedState(t, tb)

	tb.OpenSaved("/plan")
	dir := t.TempDir()
	e2e.Call(tb, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	tb.Click("#backup-save")
	tb.WaitText("#backup-saved", "Your backup is saved")
	path := downloadedFile(t, dir)
	tb.Click("#clear-start")
	tb.Click("#clear-yes")
	tb.WaitText("#clear-done", "has been deleted")
	tb.Do(chromedp.SetUploadFiles(chromedp.CSS("#backup-file"), []string{path}))
	tb.Click("#backup-yes")
	tb.WaitText("#backup-restored", "Your backup is restored.")

	tb.OpenSaved("/resume")
	if v := valueOf(tb, "resume-name"); v != "Ana Lopez" {
		t.Errorf("after restoring, the resume's name reads %q", v)
	}
	if !strings.Contains(textOf(tb, "#resume-doc"), "Registered Health Information Technician (RHIT)") {
		t.Error("after restoring, the resume lacks its credential")
	}
	tb.OpenSaved("/interview")
	if got := textOf(tb, "#interview-row-why-this-work"); !strings.Contains(got, "Strong: I covered the points") {
		t.Errorf("after restoring, the rated question reads %q", got)
	}
	after := savedState(t, tb)
	if string(store.Encode(after)) != string(store.Encode(before)) {
		t.Errorf("restored\n%s\nwant\n%s", store.Encode(after), store.Encode(before))
	}
}

// downloadedFile waits for the one finished download in dir.
func downloadedFile(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		done, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		partial, _ := filepath.Glob(filepath.Join(dir, "*.crdownload"))
		if len(done) == 1 && len(partial) == 0 {
			if b, err := os.ReadFile(done[0]); err == nil && len(b) > 0 {
				return done[0]
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no backup was downloaded")
	return ""
}
