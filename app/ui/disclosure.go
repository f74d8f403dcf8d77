package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// disclosures draws the parts of a page that open and close (<details>),
// each open as the owning component's state says. Opening and closing one
// calls onToggle, a method of that component, which reads the element's
// data-disclosure name and open property. It is a value passed to render
// functions, never a component field.
type disclosures struct {
	open     map[string]bool
	onToggle app.EventHandler
}

// details is a disclosure named name: summary is what shows when it is
// closed, body what opening it shows. Closed, the body stays in the page,
// so prerendered HTML, find in page and links into it all see it.
func (d disclosures) details(name string, summary app.UI, body ...app.UI) app.HTMLDetails {
	el := app.Details().DataSet("disclosure", name).Body(append([]app.UI{app.Summary().Body(summary)}, body...)...)
	// As with checked, the prerendered HTML would read open="false" as
	// open, so the attribute is written only when true, except in the
	// browser, where go-app sets the property and false must clear it.
	if d.open[name] || app.IsClient {
		el = el.Open(d.open[name])
	}
	if d.onToggle != nil {
		el = el.OnToggle(d.onToggle)
	}
	return el
}

// toggledDisclosure reads which disclosure a toggle event came from and
// whether it is open now.
func toggledDisclosure(ctx app.Context) (name string, open bool) {
	el := ctx.JSSrc()
	return el.Get("dataset").Get("disclosure").String(), el.Get("open").Bool()
}

// disclosuresAround names the disclosures that hide the element with id:
// those it sits in, and, for a section, the one that holds its text. A link
// to /careers/x#pay or #step-2 opens them.
func disclosuresAround(id string) []string {
	if !app.IsClient || id == "" {
		return nil
	}
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return nil
	}
	var names []string
	if own := el.Call("querySelector", ":scope > details[data-disclosure]"); own.Truthy() {
		names = append(names, own.Get("dataset").Get("disclosure").String())
	}
	for n := el; n.Truthy(); n = n.Get("parentElement") {
		if n.Get("tagName").String() == "DETAILS" {
			if name := n.Get("dataset").Get("disclosure"); name.Truthy() {
				names = append(names, name.String())
			}
		}
	}
	return names
}

// The open disclosures of a page are kept in session storage under the
// page's path, so that coming back to the page (Back, or a reload) finds
// them as they were left. Session storage, not local: a new visit another
// day starts with the page closed, as a short page.
const openKeyPrefix = "hitcoach.open:"

// loadOpen reads the names of a page's open disclosures. A value that is
// not a list of names gives names that match no disclosure, which are
// harmless: nothing opens.
func loadOpen(path string) map[string]bool {
	open := map[string]bool{}
	var raw string
	storageCall(func() {
		if ss := app.Window().Get("sessionStorage"); ss.Truthy() {
			if v := ss.Call("getItem", openKeyPrefix+path); v.Truthy() {
				raw = v.String()
			}
		}
	})
	for _, name := range strings.Fields(raw) {
		open[name] = true
	}
	return open
}

// saveOpen writes them. A browser that refuses storage only loses this
// convenience, so the error is not shown.
func saveOpen(path string, open map[string]bool) {
	var names []string
	for name, isOpen := range open {
		if isOpen {
			names = append(names, name)
		}
	}
	storageCall(func() {
		if ss := app.Window().Get("sessionStorage"); ss.Truthy() {
			ss.Call("setItem", openKeyPrefix+path, strings.Join(names, " "))
		}
	})
}
