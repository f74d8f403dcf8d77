//go:build !wasm

package storage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
)

// freshTab opens a tab on path with nothing saved: the tabs of a test
// package share one browser profile, so each test starts by clearing it.
// Scripts in before run in every page the tab loads, ahead of the app's.
func freshTab(t *testing.T, path string, before ...string) *e2e.Tab {
	t.Helper()
	tb := e2e.NewTab(t)
	for _, js := range before {
		e2e.Call(tb, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
	}
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	tb.OpenSaved(path)
	return tb
}

func exists(tb *e2e.Tab, selector string) bool {
	return tb.Eval(`document.querySelector(`+strconv.Quote(selector)+`) !== null`) == true
}

func textOf(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+strconv.Quote(selector)+`); return e ? e.innerText : "" })()`))
}

func statusOf(tb *e2e.Tab, item string) any {
	return tb.Eval(`(document.querySelector("#plan-` + item + `") || {dataset: {}}).dataset.status`)
}

// savedRaw is what the app saved, as storage holds it ("" for nothing).
func savedRaw(tb *e2e.Tab) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`localStorage.getItem(`+strconv.Quote(store.Key)+`) || ""`))
}

// setSaved writes a state into the app's storage key.
func setSaved(tb *e2e.Tab, s store.State) {
	b, _ := json.Marshal(string(store.Encode(s)))
	tb.Eval(`localStorage.setItem(` + strconv.Quote(store.Key) + `, ` + string(b) + `)`)
}

// downloadsTo lets the tab's downloads land in a directory of the test's.
func downloadsTo(t *testing.T, tb *e2e.Tab) string {
	t.Helper()
	dir := t.TempDir()
	e2e.Call(tb, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	return dir
}

// downloaded waits for the one finished download in dir and returns its
// path and contents.
func downloaded(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		done, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		partial, _ := filepath.Glob(filepath.Join(dir, "*.crdownload"))
		if len(done) == 1 && len(partial) == 0 {
			b, err := os.ReadFile(done[0])
			if err == nil && len(b) > 0 {
				return done[0], b
			}
		}
		if len(done) > 1 {
			t.Fatalf("more than one download: %v", done)
		}
		time.Sleep(50 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no backup was downloaded; the folder holds %v", entries)
	return "", nil
}

// choose gives the restore's file input a file, as choosing it does.
func choose(tb *e2e.Tab, path string) {
	tb.Do(chromedp.SetUploadFiles(chromedp.CSS("#backup-file"), []string{path}))
}

// writeFile writes a file for the test to choose.
func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
