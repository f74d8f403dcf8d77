package ui

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// staticUI mounts a subtree of plain elements as one piece of HTML.
//
// go-app mounts every element, attribute and text through its own calls
// into JavaScript, which is what blocks a phone while the app takes over
// from the prerendered page; app.Raw is one call. So text that never
// changes (career sections, credential entries, glossary terms, sources)
// is printed to HTML in Go and mounted at once. The subtree may hold no
// event handler, and no component but one that only draws its fields
// (such as a citation or a chart): the HTML carries no handler, and such a
// component is drawn once, never mounted. A subtree that breaks the rule
// is mounted the usual way, so nothing is lost but the time. Links still
// navigate within the app, as go-app's window-wide click handler finds
// them.
//
// The server prerenders the subtree as it is, so the page it sends does
// not change and its resolver still puts the sub-path the app is hosted
// under into the links.
func staticUI(ui app.UI) app.UI {
	if staticSeen != nil {
		staticSeen(ui)
	}
	if !app.IsClient {
		return ui
	}
	s, err := printStatic(ui)
	if err != nil {
		return ui
	}
	return app.Raw(s)
}

// staticSeen, when a test sets it, is told of every subtree given to
// staticUI, so the tests can hold each one to go-app's own printer.
var staticSeen func(app.UI)

// printStatic prints a subtree as the HTML of the DOM go-app would mount
// for it: attributes as mountHTMLAttributes sets them (boolean properties
// present only when true), text escaped, no space between children, and
// attributes in name order so the same content prints the same string,
// which go-app compares before touching the page again.
//
// go-app's own printer, app.HTMLString, cannot be used in the browser: it
// builds an engine for every call, and that engine takes the window's
// click, history and resize handlers from the app's own (links would then
// load whole pages) and is never freed. So the elements are read here,
// without changing them, through go-app's fields; the tests hold the
// result to app.HTMLString's, so a go-app upgrade that renames them fails
// there and not in a visitor's browser.
func printStatic(ui app.UI) (string, error) {
	if root, ok := ui.(app.HTML); ok && isTablePart(root.Tag()) {
		// app.Raw parses the HTML inside a <div>, which drops table parts.
		return "", errNotStatic
	}
	var b strings.Builder
	b.Grow(4096)
	if err := printNode(&b, ui, false); err != nil {
		return "", err
	}
	if !strings.HasPrefix(b.String(), "<") {
		// app.Raw needs one root element; it would show an empty <div>.
		return "", errNotStatic
	}
	return b.String(), nil
}

var errNotStatic = errors.New("not static: an event handler, a component that is not drawn from its fields alone, or an element go-app mounts through a property")

// isTablePart: such an element cannot be the root of app.Raw's HTML.
// (Switches rather than maps here and below: smaller in the wasm.)
func isTablePart(tag string) bool {
	switch tag {
	case "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "col", "colgroup":
		return true
	}
	return false
}

// isBooleanProperty: go-app sets these attributes as boolean properties
// (setJSAttribute), present when the value reads as true, absent otherwise.
func isBooleanProperty(name string) bool {
	switch name {
	case "async", "autofocus", "autoplay", "checked", "default", "defer", "disabled", "hidden", "loop",
		"multiple", "muted", "open", "required", "reversed", "selected", "readonly", "ismap":
		return true
	}
	return false
}

const svgNamespace = "http://www.w3.org/2000/svg"

func printNode(b *strings.Builder, ui app.UI, inSVG bool) error {
	switch v := ui.(type) {
	case nil:
		return nil
	case app.HTML:
		return printElement(b, v, inSVG)
	case app.Composer:
		drawn := app.FilterUIElems(v.Render())
		if len(drawn) == 0 {
			return errNotStatic
		}
		return printNode(b, drawn[0], inSVG)
	}
	l, fields := layoutOf(ui)
	if l == nil || l.value == nil {
		return errNotStatic
	}
	value := fields.FieldByIndex(l.value).String()
	switch l.kind {
	case "*app.text":
		writeEscaped(b, value)
		return nil
	case "*app.raw":
		b.WriteString(value)
		return nil
	}
	return errNotStatic
}

func printElement(b *strings.Builder, e app.HTML, inSVG bool) error {
	tag := e.Tag()
	switch ns := e.XMLNamespace(); {
	case ns == svgNamespace && (inSVG || tag == "svg"):
		// The HTML parser puts <svg> and all it holds in this namespace.
		inSVG = true
	case ns != "" || inSVG:
		return errNotStatic
	}
	l, fields := layoutOf(e)
	if l == nil || l.handlers == nil || l.attrs == nil || l.children == nil || l.void == nil {
		return errNotStatic
	}
	if fields.FieldByIndex(l.handlers).Len() > 0 {
		return errNotStatic
	}
	// Read, never changed: go-app's own map and slice, reached past their
	// unexported names (reflect's way to them allocates for every
	// attribute, which the wasm feels).
	attrs := *(*map[string]string)(unsafe.Pointer(fields.FieldByIndex(l.attrs).UnsafeAddr()))
	kids := *(*[]app.UI)(unsafe.Pointer(fields.FieldByIndex(l.children).UnsafeAddr()))

	var names [16]string
	sorted := names[:0]
	for name := range attrs {
		sorted = append(sorted, name)
	}
	// By name; an element has a handful.
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	b.WriteByte('<')
	b.WriteString(tag)
	for _, name := range sorted {
		value := attrs[name]
		switch {
		case name == "value" || name == "contenteditable":
			return errNotStatic
		case (name == "href" || name == "src" || name == "cite" || name == "data" || name == "srcset") && strings.HasPrefix(strings.TrimPrefix(value, "/"), "web/"):
			// go-app would move it to where static resources are served.
			return errNotStatic
		case isBooleanProperty(name):
			if on, _ := strconv.ParseBool(value); on {
				b.WriteByte(' ')
				b.WriteString(name)
			}
		default:
			b.WriteByte(' ')
			b.WriteString(name)
			b.WriteString(`="`)
			writeEscaped(b, value)
			b.WriteByte('"')
		}
	}
	b.WriteByte('>')
	// The field, not SelfClosing(): the call would keep that method of
	// every element type in the wasm.
	if fields.FieldByIndex(l.void).Bool() {
		return nil
	}
	for _, k := range kids {
		if err := printNode(b, k, inSVG); err != nil {
			return err
		}
	}
	b.WriteString("</")
	b.WriteString(tag)
	b.WriteByte('>')
	return nil
}

// layout is where go-app keeps what printStatic reads in one type of
// node, found once a type: reflect's FieldByName weighs 10 KB in the wasm
// and is slow there. A nil path is a field the type does not have.
type layout struct {
	kind                                   string // the type's name, such as *app.text
	handlers, attrs, children, void, value []int
}

var (
	layoutsMu sync.Mutex
	layouts   = map[reflect.Type]*layout{}
)

// layoutOf returns the layout of the node's type, nil for a node that is
// not a pointer to a struct, and the struct.
func layoutOf(node app.UI) (*layout, reflect.Value) {
	p := reflect.ValueOf(node)
	if p.Kind() != reflect.Pointer || p.Elem().Kind() != reflect.Struct {
		return nil, reflect.Value{}
	}
	t := p.Type()
	layoutsMu.Lock()
	l, ok := layouts[t]
	if !ok {
		st := t.Elem()
		l = &layout{
			kind:     t.String(),
			handlers: fieldPath(st, "eventHandlers", reflect.Map),
			attrs:    fieldPath(st, "attributes", reflect.Map),
			children: fieldPath(st, "children", reflect.Slice),
			void:     fieldPath(st, "isSelfClosing", reflect.Bool),
			value:    fieldPath(st, "value", reflect.String),
		}
		if l.attrs != nil && fieldAt(st, l.attrs).Type.Elem().Kind() != reflect.String {
			l.attrs = nil
		}
		if l.children != nil && fieldAt(st, l.children).Type.Elem() != reflect.TypeFor[app.UI]() {
			l.children = nil
		}
		layouts[t] = l
	}
	layoutsMu.Unlock()
	return l, p.Elem()
}

// fieldPath is the index path to the field of struct type t named name, of
// the given kind, an embedded struct's included; nil when there is none.
func fieldPath(t reflect.Type, name string, kind reflect.Kind) []int {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Name == name && f.Type.Kind() == kind {
			return []int{i}
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			if p := fieldPath(f.Type, name, kind); p != nil {
				return append([]int{i}, p...)
			}
		}
	}
	return nil
}

func fieldAt(t reflect.Type, path []int) reflect.StructField {
	f := t.Field(path[0])
	for _, i := range path[1:] {
		f = f.Type.Field(i)
	}
	return f
}

// writeEscaped writes s escaped as html.EscapeString does (& < > " '),
// without the strings.Replacer it builds (23 KB in the wasm).
func writeEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}
