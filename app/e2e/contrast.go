//go:build !wasm

package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// readContrast lists the visible text of the page whose contrast with what
// is behind it is under WCAG AA: 4.5:1, or 3:1 for large text (24 px, or
// 18.66 px bold). Colours are read as the browser paints them, one pixel on
// a canvas, so any CSS colour syntax works. The background is the first
// opaque one among the element and its ancestors, with any translucent ones
// in between laid over it, and the text's own opacity applied. Disabled
// controls are exempt, as in WCAG, and text clipped to nothing (for screen
// readers only) is not seen; text over a background image is reported, as
// its contrast cannot be read this way. It also returns how many texts it
// checked, so a page it cannot read fails instead of passing.
const readContrast = `(() => {
	const canvas = document.createElement("canvas");
	canvas.width = canvas.height = 1;
	const g = canvas.getContext("2d", { willReadFrequently: true });
	const paint = (c) => {
		g.clearRect(0, 0, 1, 1);
		g.fillStyle = "rgba(0, 0, 0, 0)";
		g.fillStyle = c;
		g.fillRect(0, 0, 1, 1);
		const d = g.getImageData(0, 0, 1, 1).data;
		return [d[0], d[1], d[2], d[3] / 255];
	};
	const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
	const luminance = (c) => {
		const [r, g2, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
		return 0.2126 * r + 0.7152 * g2 + 0.0722 * b;
	};
	const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
	const canvasColour = paint(getComputedStyle(document.documentElement).backgroundColor)[3] > 0
		? paint(getComputedStyle(document.documentElement).backgroundColor)
		: (matchMedia("(prefers-color-scheme: dark)").matches ? [18, 18, 18, 1] : [255, 255, 255, 1]);
	const background = (el) => {
		const layers = [];
		for (let n = el; n; n = n.parentElement) {
			const cs = getComputedStyle(n);
			if (cs.backgroundImage !== "none") return null;
			const c = paint(cs.backgroundColor);
			if (c[3] > 0) layers.push(c);
			if (c[3] >= 1) break;
		}
		let colour = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : canvasColour;
		while (layers.length) colour = over(layers.pop(), colour);
		return colour;
	};
	const opacity = (el) => { let o = 1; for (let n = el; n; n = n.parentElement) o *= parseFloat(getComputedStyle(n).opacity); return o; };
	const seen = (el, rects) => {
		const cs = getComputedStyle(el);
		if (cs.visibility !== "visible" || el.closest("[hidden], script, style, noscript, template, title")) return false;
		for (let n = el; n; n = n.parentElement) {
			const ns = getComputedStyle(n), box = n.getBoundingClientRect();
			const clips = ns.overflow !== "visible" || ns.clipPath !== "none" || ns.clip !== "auto";
			if (clips && (box.width <= 1 || box.height <= 1)) return false;
		}
		return [...rects].some(r => r.width > 1 && r.height > 1);
	};
	const failures = [];
	let checked = 0;
	const check = (el, text, fgColour, pseudo) => {
		if (el.closest(":disabled")) return;
		const cs = getComputedStyle(el, pseudo);
		const bg = background(el);
		if (!bg) {
			failures.push(el.tagName.toLowerCase() + " " + JSON.stringify(text.trim().slice(0, 40)) + ": text over a background image, which this check cannot read");
			return;
		}
		const fg = paint(fgColour);
		fg[3] *= opacity(el);
		const size = parseFloat(cs.fontSize), weight = parseInt(cs.fontWeight, 10);
		const need = size >= 24 || (size >= 18.66 && weight >= 700) ? 3 : 4.5;
		const got = ratio(over(fg, bg), bg);
		checked++;
		if (got < need) {
			failures.push(el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") +
				" " + JSON.stringify(text.trim().slice(0, 40)) + (pseudo ? " " + pseudo : "") + ": " + got.toFixed(2) + ":1, needs " + need +
				" (text " + fg.map(v => Math.round(v * 100) / 100).join(",") + " on " + bg.slice(0, 3).join(",") + ")");
		}
	};
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const done = new Set();
	for (let t = walker.nextNode(); t; t = walker.nextNode()) {
		const el = t.parentElement;
		if (!el || done.has(el) || !t.textContent.trim()) continue;
		const range = document.createRange();
		range.selectNodeContents(t);
		if (!seen(el, range.getClientRects())) continue;
		done.add(el);
		const svg = el instanceof SVGElement;
		check(el, t.textContent, svg ? getComputedStyle(el).fill : getComputedStyle(el).color);
	}
	for (const el of document.querySelectorAll("input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea")) {
		if (!seen(el, el.getClientRects())) continue;
		if (el.value) check(el, el.value, getComputedStyle(el).color);
		if (el.placeholder) check(el, el.placeholder, getComputedStyle(el, "::placeholder").color, "::placeholder");
	}
	return { checked, failures };
})()`

type contrastReport struct {
	Checked  int      `json:"checked"`
	Failures []string `json:"failures"`
}

// ContrastProblems reads the page as it is now, in the colour scheme in
// force: how many texts were checked, and each one under WCAG AA.
func (tb *Tab) ContrastProblems() (checked int, failures []string) {
	tb.t.Helper()
	r := Run(tb, chromedp.Evaluate[contrastReport](readContrast))
	return r.Checked, r.Failures
}

// CheckContrast fails t for each visible text of the page, as it is now,
// under WCAG AA contrast, in the light and then the dark colour scheme. The
// tab is left following the system's scheme again.
func (tb *Tab) CheckContrast(t *testing.T, where string) {
	t.Helper()
	defer Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	for _, scheme := range []string{"light", "dark"} {
		Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
		checked, failures := tb.ContrastProblems()
		if checked < 10 {
			t.Errorf("%s (%s): only %d texts could be checked", where, scheme, checked)
		}
		for _, f := range failures {
			t.Errorf("%s (%s): %s", where, scheme, f)
		}
	}
}
