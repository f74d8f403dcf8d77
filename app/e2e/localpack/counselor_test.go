//go:build !wasm

package localpack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// fill puts a value in a field as typing does: the value, then an input
// event (a change event for a list).
func fill(tb *e2e.Tab, id, value string) {
	tb.WaitFor("#"+id, `document.getElementById(`+quote(id)+`) !== null`)
	tb.Eval(`(() => {
		const el = document.getElementById(` + quote(id) + `);
		el.value = ` + quote(value) + `;
		el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
		return true;
	})()`)
}

// The /counselor form checks as the counselor types, writes a pack the
// validator accepts, opens it again, and the app then shows it.
func TestCounselorFormWritesAPackTheAppShows(t *testing.T) {
	h := siteAt(t, "/coach")
	tb := newTab(t, h)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.Ctx(), browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	h.open(tb, "/counselor")
	waitForPack(tb, "none")
	if got := text(tb, "#pack-state"); !strings.HasPrefix(got, "No local.json on this site") || !strings.Contains(got, "/coach/local.json") {
		t.Errorf("with no pack /counselor says %q", got)
	}

	// Typed as a person types, into an empty form that marks the name.
	if text(tb, "#pack-organization-name-problem") == "" {
		t.Error("the empty form does not mark the organization's name as required")
	}
	tb.Do(chromedp.SendKeys(chromedp.CSS("#pack-organization-name"), "Lakeside High School Careers", chromedp.NodeVisible))
	tb.WaitFor("the name's mark to go", `document.getElementById("pack-organization-name-problem") === null`)

	tb.Do(chromedp.Click(chromedp.CSS("#pack-add-programs"), chromedp.NodeVisible))
	tb.WaitFor("a program's fields", `document.activeElement && document.activeElement.id === "pack-programs-0-name"`)
	fill(tb, "pack-programs-0-name", "Lakeside Health Records Certificate")
	fill(tb, "pack-programs-0-institution", "Lakeside Community College")
	tb.Do(chromedp.Click(chromedp.CSS(`label[for="pack-programs-0-careers-`+data.MainSlug+`"]`), chromedp.NodeVisible))
	fill(tb, "pack-programs-0-source", "Lakeside catalog")
	fill(tb, "pack-programs-0-asOf", "2025-26 catalog")
	fill(tb, "pack-programs-0-url", "javascript:alert(1)")
	tb.WaitText("#pack-programs-0-url-problem", "must start with https:, http:, mailto: or tel:")
	tb.CheckContrast(t, "/counselor with a problem marked")
	fill(tb, "pack-programs-0-url", "https://lakeside.example/records")
	tb.WaitFor("the link's mark to go", `document.getElementById("pack-programs-0-url-problem") === null`)

	tb.Do(chromedp.Click(chromedp.CSS("#pack-add-faqs"), chromedp.NodeVisible))
	fill(tb, "pack-faqs-0-question", "Who can help me choose a program?")
	fill(tb, "pack-faqs-0-answer", "Ms Okafor in the library, on Tuesdays.")
	fill(tb, "pack-sharedComputer-mode", "idle")
	tb.WaitText("#pack-sharedComputer-idleMinutes-problem", "must be between 1 and 240")
	fill(tb, "pack-sharedComputer-idleMinutes", "15")
	tb.WaitText("#pack-form-problems", "No problems.")

	tb.Do(chromedp.Click(chromedp.CSS("#pack-download"), chromedp.NodeVisible))
	tb.WaitText("#pack-form-message", "Downloaded local.json")
	file := filepath.Join(downloads, local.FileName)
	b := waitForFile(t, file)
	pack, problems := local.Decode(b, data.MustLoad())
	if len(problems) > 0 {
		t.Fatalf("the validator refuses the downloaded pack:\n%s\n%s", local.Report(problems), b)
	}
	if pack.Organization.Name != "Lakeside High School Careers" || len(pack.Programs) != 1 || len(pack.FAQs) != 1 || pack.Shared().IdleMinutes != 15 {
		t.Errorf("the downloaded pack:\n%s", b)
	}

	// Opened again in the form, it is valid.
	tb.Do(chromedp.SetUploadFiles(chromedp.CSS("#pack-open"), []string{file}))
	tb.WaitText("#pack-form-message", "Opened local.json: it is valid.")
	if got := e2e.Run(tb, chromedp.Evaluate[string](`document.getElementById("pack-programs-0-name").value`)); got != "Lakeside Health Records Certificate" {
		t.Errorf("after opening the file the program's name is %q", got)
	}

	// On the site, the app shows it.
	h.writePack(t, b)
	h.open(tb, hitPage)
	waitForPack(tb, "used")
	tb.WaitText("#near-you", "Lakeside Health Records Certificate")
	h.open(tb, "/counselor")
	waitForPack(tb, "used")
	if got := text(tb, "#pack-state"); !strings.HasPrefix(got, "In use.") {
		t.Errorf("with the written pack /counselor says %q", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS("#pack-edit-site"), chromedp.NodeVisible))
	tb.WaitText("#pack-form-message", "Opened this site's local.json: it is valid.")
}

// waitForFile waits for a finished download.
func waitForFile(t *testing.T, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	t.Fatalf("no %s was downloaded; the folder holds %v", filepath.Base(path), entries)
	return nil
}
