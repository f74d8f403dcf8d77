//go:build !wasm

package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

// lighthouseVersion is the major version the figures came from.
const lighthouseVersion = "12"

// lighthouseGoal is the performance score every page must reach.
const lighthouseGoal = 95

// lighthouseTarget is one page for Lighthouse; setup, when set, is run on
// the page's origin before, with the origin's storage then kept.
type lighthouseTarget struct {
	label string
	url   string
	setup string
}

type lighthouseResult struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
	LCP   float64 `json:"lcp"`
	TBT   float64 `json:"tbt"`
	CLS   float64 `json:"cls"`
	FCP   float64 `json:"fcp"`
	// LCPElement is the element Lighthouse found largest, by its selector.
	LCPElement string `json:"lcpElement"`
	Version    string `json:"version"`
	Error      string `json:"error"`
}

type lighthouseReport struct {
	order   []string
	results map[string]lighthouseResult
	err     error // Lighthouse could not run at all
	version string
	notes   []string
}

// lighthouseScript runs Lighthouse's mobile preset (its default: a
// mid-range phone, simulated 4× CPU and slow 4G) on every target in one
// Chromium, the system's, and prints one JSON line a target. A target with
// a setup gets its origin cleared, the setup run on a page of that origin
// that loads no app, and the cache emptied; Lighthouse then keeps the
// storage instead of clearing it.
const lighthouseScript = `import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import puppeteer from "puppeteer-core";
import { readFileSync } from "node:fs";

const targets = JSON.parse(readFileSync(process.argv[2], "utf8"));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let browser = null;
try {
  for (const t of targets) {
    const out = { label: t.label };
    let page;
    try {
      const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] };
      if (t.setup) {
        browser = browser || await puppeteer.connect({ browserURL: "http://127.0.0.1:" + chrome.port });
        page = await browser.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send("Storage.clearDataForOrigin", { origin: new URL(t.url).origin, storageTypes: "all" });
        await page.goto(new URL("/web/icon.svg", t.url).href);
        await page.evaluate(t.setup);
        await cdp.send("Network.clearBrowserCache");
        flags.disableStorageReset = true;
      }
      const r = await lighthouse(t.url, flags, undefined, page);
      const a = r.lhr.audits;
      out.version = r.lhr.lighthouseVersion;
      out.score = r.lhr.categories.performance.score === null ? -1 : r.lhr.categories.performance.score * 100;
      out.lcp = a["largest-contentful-paint"].numericValue;
      out.tbt = a["total-blocking-time"].numericValue;
      out.cls = a["cumulative-layout-shift"].numericValue;
      out.fcp = a["first-contentful-paint"].numericValue;
      const lcpItem = a["largest-contentful-paint-element"] && a["largest-contentful-paint-element"].details;
      const node = lcpItem && lcpItem.items && lcpItem.items[0] && lcpItem.items[0].items && lcpItem.items[0].items[0] && lcpItem.items[0].items[0].node;
      if (node) out.lcpElement = node.selector || node.snippet || "";
      if (r.lhr.runtimeError) out.error = r.lhr.runtimeError.code + ": " + r.lhr.runtimeError.message;
    } catch (e) {
      out.error = String((e && e.message) || e);
    }
    if (page) await page.close().catch(() => {});
    console.log(JSON.stringify(out));
  }
} finally {
  if (browser) browser.disconnect();
  await chrome.kill();
}
`

// runLighthouse installs Lighthouse from npm into a temporary folder, as
// the search comparison does fuse.js, and runs it on every target. When it
// cannot, the report says why, and the takeover table's own observers
// stand for it.
func runLighthouse(targets []lighthouseTarget) lighthouseReport {
	rep := lighthouseReport{results: map[string]lighthouseResult{}}
	for _, t := range targets {
		rep.order = append(rep.order, t.label)
	}
	dir, err := installLighthouse()
	if err != nil {
		rep.err = err
		return rep
	}
	defer os.RemoveAll(dir)
	chrome, err := chromium()
	if err != nil {
		rep.err = err
		return rep
	}
	script := filepath.Join(dir, "run.mjs")
	if err := os.WriteFile(script, []byte(lighthouseScript), 0o644); err != nil {
		rep.err = err
		return rep
	}
	type target struct {
		Label string `json:"label"`
		URL   string `json:"url"`
		Setup string `json:"setup,omitempty"`
	}
	var list []target
	for _, t := range targets {
		list = append(list, target{t.label, t.url, t.setup})
		if t.setup != "" {
			rep.notes = append(rep.notes, "Lighthouse: "+t.label+" gets its state written to its origin's storage first, on a page of the origin that loads no app; the cache is then emptied and Lighthouse keeps the storage")
		}
	}
	b, _ := json.Marshal(list)
	listFile := filepath.Join(dir, "targets.json")
	if err := os.WriteFile(listFile, b, 0o644); err != nil {
		rep.err = err
		return rep
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(len(targets))*45*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", script, listFile)
	cmd.Dir = dir
	scratch, _ := os.MkdirTemp("", "hitcoach-lighthouse-chrome-")
	defer os.RemoveAll(scratch)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome, "TMPDIR="+scratch)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		rep.err = err
		return rep
	}
	if err := cmd.Start(); err != nil {
		rep.err = fmt.Errorf("node: %w", err)
		return rep
	}
	lines := bufio.NewScanner(out)
	lines.Buffer(make([]byte, 1<<20), 1<<20)
	for lines.Scan() {
		var r lighthouseResult
		if json.Unmarshal(lines.Bytes(), &r) != nil || r.Label == "" {
			continue
		}
		progress("  Lighthouse: %s %s", r.Label, lighthouseSummary(r))
		rep.results[r.Label] = r
		if r.Version != "" {
			rep.version = r.Version
		}
	}
	io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil && len(rep.results) < len(targets) {
		rep.err = fmt.Errorf("lighthouse: %v\n%s", err, lastLines(stderr.String(), 10))
	}
	return rep
}

func lighthouseSummary(r lighthouseResult) string {
	if r.Error != "" {
		return "failed: " + r.Error
	}
	return fmt.Sprintf("performance %.0f, LCP %s, TBT %s, CLS %s", r.Score, fmtMS(r.LCP), fmtMS(r.TBT), fmtCLS(r.CLS))
}

func installLighthouse() (string, error) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", fmt.Errorf("npm is needed to install Lighthouse: %w", err)
	}
	if _, err := exec.LookPath("node"); err != nil {
		return "", fmt.Errorf("node is needed to run Lighthouse: %w", err)
	}
	tmp, err := os.MkdirTemp("", "hitcoach-lighthouse-")
	if err != nil {
		return "", err
	}
	cmd := exec.Command(npm, "install", "--prefix", tmp, "--no-audit", "--no-fund", "--silent", "lighthouse@"+lighthouseVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return "", fmt.Errorf("npm install lighthouse@%s: %v\n%s", lighthouseVersion, err, lastLines(string(out), 10))
	}
	// An ES module script resolves packages from its own folder.
	if err := os.WriteFile(filepath.Join(tmp, "package.json"), []byte(`{"type":"module","private":true}`), 0o644); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// print writes the Lighthouse table and returns its goal line.
func (rep lighthouseReport) print(w io.Writer) []string {
	if rep.err != nil {
		fmt.Fprintf(w, "\nLIGHTHOUSE could not run here, so the takeover table's own observers stand for it (LCP, LCP moves, CLS): %v\n", rep.err)
		return []string{fmt.Sprintf("%-6s Lighthouse mobile performance ≥ %d on every page (Lighthouse did not run)", "n/a", lighthouseGoal)}
	}
	fmt.Fprintf(w, "\nLIGHTHOUSE %s (mobile preset: simulated throttling, 4× CPU, slow 4G; Debian's Chromium; one run a page)\n", rep.version)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t") }
	row("page", "performance", "LCP", "TBT", "CLS", "FCP", "LCP element")
	all, known := true, true
	worst, worstPage := 101.0, ""
	for i, label := range rep.order {
		r, ok := rep.results[label]
		switch {
		case !ok:
			row(label, "n/a (no result)", "", "", "", "", "")
			known = false
			continue
		case r.Error != "":
			row(label, "n/a ("+r.Error+")", "", "", "", "", "")
			known = false
			continue
		}
		score := fmt.Sprintf("%.0f", r.Score)
		if i > 0 { // the first is hello, the yardstick
			ok := r.Score >= lighthouseGoal
			all = all && ok
			score += " " + metOrMissed(ok)
			if r.Score < worst {
				worst, worstPage = r.Score, label
			}
		}
		row(label, score, fmtMS(r.LCP), fmtMS(r.TBT), fmtCLS(r.CLS), fmtMS(r.FCP), r.LCPElement)
	}
	tw.Flush()
	verdict := metOrMissed(all)
	if !known && all {
		verdict = "n/a"
	}
	return []string{fmt.Sprintf("%-6s Lighthouse mobile performance ≥ %d on every page (lowest %s, %.0f)", verdict, lighthouseGoal, worstPage, worst)}
}
