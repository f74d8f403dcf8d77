package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Pieces every view of the local pack uses. A pack's words are shown as
// text only (go-app's Text escapes them; never app.Raw), and a link only
// when it is a web address, an email or a phone number, which the pack's
// validator already requires: the check here keeps a link of any other
// kind from ever becoming one, should a pack reach the page some other way.

// linkKind is what a pack's link leads to.
type linkKind int

const (
	linkNone linkKind = iota
	linkWeb
	linkMail
	linkPhone
)

func kindOfLink(u string) linkKind {
	scheme, _, ok := strings.Cut(u, ":")
	if !ok {
		return linkNone
	}
	switch strings.ToLower(scheme) {
	case "https", "http":
		return linkWeb
	case "mailto":
		return linkMail
	case "tel":
		return linkPhone
	}
	return linkNone
}

// localLink is a pack's link with its label. A web address opens in a new
// tab, so the app stays open in this one; an email or phone link is left to
// the browser, as go-app's router would take a tel: link for a page of the
// app. Anything else is the label alone.
func localLink(u, label string) app.UI {
	switch kindOfLink(u) {
	case linkWeb:
		return app.A().Class("local-link").Href(u).Target("_blank").Attr("rel", "noopener noreferrer").Text(label)
	case linkMail, linkPhone:
		return app.A().Class("local-link").Href(u).Attr("rel", "noopener noreferrer").OnClick(leaveToBrowser).Text(label)
	}
	return app.Span().Text(label)
}

// leaveToBrowser keeps a click on an email or phone link from go-app's
// router, which listens on the window: the browser opens the mail or phone
// app itself.
func leaveToBrowser(ctx app.Context, e app.Event) { e.Call("stopPropagation") }

// linkLabel names what a link does: "Email coding@riverbend.example",
// "Call +1 555-0100", or web for a web address.
func linkLabel(u, web string) string {
	_, rest, _ := strings.Cut(u, ":")
	switch kindOfLink(u) {
	case linkMail:
		addr, _, _ := strings.Cut(rest, "?")
		return "Email " + addr
	case linkPhone:
		return "Call " + rest
	}
	return web
}

// telHref is a phone number as a tel: link: "+1 555-0100 ext. 12" calls
// +1-555-0100, since an extension has no standard form in a link.
func telHref(phone string) string {
	number := strings.ToLower(phone)
	if i := strings.IndexAny(number, "ex"); i >= 0 {
		number = number[:i]
	}
	var b strings.Builder
	for _, r := range number {
		switch {
		case r >= '0' && r <= '9', r == '+':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.':
			if b.Len() > 0 {
				b.WriteByte('-')
			}
		}
	}
	return "tel:" + strings.Trim(strings.ReplaceAll(b.String(), "--", "-"), "-")
}

// longText shows a long text of the pack with its line breaks, one
// paragraph per line.
func longText(s string) app.UI {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return app.Div().Class("local-text").Body(app.Range(lines).Slice(func(i int) app.UI { return app.P().Text(lines[i]) }))
}

// providedBy marks local content as the organization's, not the app's.
func providedBy(p *local.Pack) app.UI {
	return app.Small().Class("cite provided").Text(p.ProvidedBy() + ".")
}

// localCite is a local figure's source and date, as the app's own figures
// carry theirs, marked as provided by the organization.
func localCite(p *local.Pack, source, asOf string) app.UI {
	return app.Small().Class("cite").Text("Source: " + source + " · " + data.AsOfText(asOf) + ". " + p.ProvidedBy() + ".")
}

// careerTitles are the titles of careers named by slug.
func careerTitles(slugs []string) []string {
	out := make([]string, 0, len(slugs))
	for _, s := range slugs {
		if c := appData().Career(s); c != nil {
			out = append(out, c.Title)
		}
	}
	return out
}

// nothing is what a view of the pack draws when there is nothing to show:
// an element, as a component must draw one, that holds no text.
func nothing() app.UI { return app.Div().Class("local-none") }

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
