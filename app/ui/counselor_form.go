package ui

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// packEditor is the /counselor form that writes local.json. It checks the
// pack with the same validator the app uses at start as the counselor
// types, puts each problem beside its field, and downloads the file from
// the browser (nothing leaves the page). It can open an existing file, or
// this site's, to edit it.
//
// Every field has a key (local.Form's), held in the element's data-key:
// one handler serves every field, reading what it needs from the element.
type packEditor struct {
	app.Compo
	form     local.Form
	pack     *local.Pack
	problems []local.Problem
	// opened is what was last opened, and openProblems the problems that
	// file had as it was; message says what the last action did.
	opened       string
	openProblems []local.Problem
	message      string
	mounted      app.Context
}

func newPackEditor() *packEditor {
	e := &packEditor{}
	e.check()
	return e
}

func (e *packEditor) OnMount(ctx app.Context) {
	e.mounted = ctx
	onAction(ctx, actionPackEdit, e.openSite)
	changedNothingDrawn(ctx)
}

func (e *packEditor) check() {
	e.pack, e.problems = e.form.Check(appData())
}

// onField takes a typed or chosen value.
func (e *packEditor) onField(ctx app.Context, ev app.Event) {
	src := ctx.JSSrc()
	if e.form.Set(src.Get("dataset").Get("key").String(), src.Get("value").String()) {
		e.message = ""
		e.check()
	}
}

// onCareer ticks or unticks a career of a program or an employer.
func (e *packEditor) onCareer(ctx app.Context, ev app.Event) {
	src := ctx.JSSrc()
	ds := src.Get("dataset")
	if e.form.SetCareer(ds.Get("key").String(), ds.Get("career").String(), src.Get("checked").Bool(), appData()) {
		e.message = ""
		e.check()
	}
}

func (e *packEditor) onAdd(ctx app.Context, ev app.Event) {
	part := ctx.JSSrc().Get("dataset").Get("part").String()
	if !e.form.Add(part) {
		return
	}
	e.check()
	first := formParts[part].fields[0].name
	e.resync(fieldID(local.FieldKey(part, e.form.Len(part)-1, first)))
}

func (e *packEditor) onRemove(ctx app.Context, ev app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	part := ds.Get("part").String()
	i, err := parseIndex(ds.Get("index").String())
	if err != nil || !e.form.Remove(part, i) {
		return
	}
	e.check()
	e.resync("pack-add-" + part)
}

func parseIndex(s string) (int, error) {
	n := 0
	if s == "" {
		return 0, errors.New("no index")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not an index")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// resync gives every field the value the form holds once the form is
// drawn, and focuses an element. go-app leaves a field's typed value as it
// was when the value it renders becomes empty (it removes the attribute,
// not the value), so after entries move or a file is opened a field could
// show another entry's text.
//
// It runs on the editor's own context: the element that was clicked may be
// gone by then, and go-app drops deferred work whose element has gone.
func (e *packEditor) resync(focus string) {
	if !app.IsClient || e.mounted.Context == nil {
		return
	}
	e.mounted.Defer(func(app.Context) {
		fields := app.Window().Get("document").Call("querySelectorAll", "#pack-form [data-key]")
		for i := 0; i < fields.Length(); i++ {
			el := fields.Index(i)
			if el.Get("type").String() == "checkbox" {
				continue
			}
			if want := e.form.Get(el.Get("dataset").Get("key").String()); el.Get("value").String() != want {
				el.Set("value", want)
			}
		}
		if focus != "" {
			if el := app.Window().GetElementByID(focus); el.Truthy() {
				el.Call("focus")
			}
		}
	})
}

// load puts a pack, or the readable part of a file, in the form.
func (e *packEditor) load(name string, b []byte) {
	p, problems := local.Decode(b, appData())
	switch {
	case len(problems) == 0:
		e.form, e.openProblems = local.FormOf(p), nil
		e.message = "Opened " + name + ": it is valid. Edit it below, then download it again."
	default:
		var loose local.Pack
		err := json.Unmarshal(b, &loose)
		var typeErr *json.UnmarshalTypeError
		if len(b) > local.MaxBytes || err != nil && !errors.As(err, &typeErr) {
			e.openProblems = problems
			e.message = "Could not open " + name + ": the form below is as it was."
			break
		}
		e.form, e.openProblems = local.FormOf(&loose), problems
		e.message = "Opened " + name + ", which the app would not use as it is. The problems the file had are listed here; those the form can show are marked beside their fields."
	}
	e.opened = name
	e.check()
	e.resync("pack-form-message")
}

// openSite opens this site's local.json.
func (e *packEditor) openSite(ctx app.Context) {
	s := currentLocal()
	switch {
	case s.pack != nil:
		e.load("this site's "+local.FileName, local.Encode(s.pack))
	case len(s.raw) > 0:
		e.load("this site's "+local.FileName, s.raw)
	}
}

// onOpen reads the file the counselor chose.
func (e *packEditor) onOpen(ctx app.Context, ev app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	if size := int64(file.Get("size").Float()); size > local.MaxBytes {
		e.openProblems = []local.Problem{local.TooLarge(size)}
		e.opened, e.message = name, "Could not open "+name+": the form below is as it was."
		return
	}
	// The reply comes later, to the editor, which stays while the page does.
	promise(file.Call("arrayBuffer"), func(buf app.Value) {
		b := jsBytes(buf)
		e.mounted.Dispatch(func(app.Context) { e.load(name, b) })
	}, func(err app.Value) {
		e.mounted.Dispatch(func(app.Context) {
			e.opened, e.openProblems = name, nil
			e.message = "Could not read " + name + ": " + jsErrorText(err) + "."
		})
	})
}

// onDownload saves the pack as local.json, from the page itself: the file
// is made in the browser and handed to it as a download.
func (e *packEditor) onDownload(ctx app.Context, ev app.Event) {
	if n := len(e.problems); n > 0 {
		e.message = "Not downloaded: fix the " + numbered(n, "problem", "problems") + " listed above the download button first. The app would not use a pack with problems."
		focusByID(e.mounted, "pack-form-problems")
		return
	}
	b := local.Encode(e.pack)
	if app.IsClient {
		arr := app.Window().Get("Uint8Array").New(len(b))
		app.CopyBytesToJS(arr, b)
		blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": "application/json"})
		u := app.Window().Get("URL").Call("createObjectURL", blob)
		a := app.Window().Get("document").Call("createElement", "a")
		a.Set("href", u)
		a.Set("download", local.FileName)
		a.Get("style").Set("display", "none")
		app.Window().Get("document").Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		// The download has started by now; the address is no longer needed.
		app.Window().Call("setTimeout", app.Window().Get("URL").Get("revokeObjectURL").Call("bind", app.Window().Get("URL"), u), 10000)
	}
	e.message = "Downloaded " + local.FileName + " (" + numbered(len(b), "byte", "bytes") + "). Put it in the same folder as the app's index.html on your site; students see it the next time they open the app."
}

// numbered is "1 problem", "3 problems".
func numbered(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// formField is one field of an entry in the form.
type formField struct {
	name, label, hint string
	kind              fieldKind
	required          bool
}

type fieldKind int

const (
	fieldText fieldKind = iota
	fieldLong
	fieldAmount
	fieldCareer   // one career, chosen
	fieldCareers  // several careers, ticked
	fieldCurrency // chosen
	fieldPeriod   // chosen
	fieldMode     // the shared-computer mode, chosen
)

// formPart is how the form shows one part of the pack.
type formPart struct {
	title, one string // "Programs", "program"
	intro      string
	fields     []formField
}

// formParts are the pack's parts as the form shows them, in the format's
// order; "" is the top level, with the welcome.
var formParts = map[string]formPart{
	"organization": {title: "Your organization", intro: "Every local fact is shown as provided by this name.", fields: []formField{
		{name: "name", label: "Name", hint: "Your school or center, as students know it.", required: true},
		{name: "region", label: "Region", hint: "The area you serve, such as a county or a city."},
		{name: "website", label: "Website", hint: "Starting with https://"},
	}},
	"contact": {title: "Contact", intro: "Shown as “Talk to …” on the plan and on the quiz result. Leave it all empty for no contact.", fields: []formField{
		{name: "name", label: "Name", hint: "Required if you give a contact."},
		{name: "role", label: "Role", hint: "Such as Career counselor."},
		{name: "email", label: "Email", hint: "Such as careers@school.org"},
		{name: "phone", label: "Phone", hint: "Digits, spaces and + - ( ) . with an optional ext. 12"},
		{name: "hours", label: "Hours", hint: "When and where to find them."},
	}},
	"": {title: "Welcome", fields: []formField{
		{name: "welcome", label: "Welcome", hint: "A few sentences for the home page, under your organization's name.", kind: fieldLong},
	}},
	"programs": {title: "Programs", one: "program", intro: "Local schooling, shown in “Near you” on the page of each career it leads to.", fields: []formField{
		{name: "name", label: "Name", required: true},
		{name: "institution", label: "College or school", required: true},
		{name: "city", label: "City"},
		{name: "award", label: "Award", hint: "Such as Associate of Applied Science."},
		{name: "careers", label: "Careers it leads to", kind: fieldCareers, required: true},
		{name: "length", label: "Length", hint: "In words: 2 years full time."},
		{name: "cost.min", label: "Lowest cost of the whole program", hint: "A whole number, such as 8000. For one figure, give it as lowest and highest.", kind: fieldAmount},
		{name: "cost.max", label: "Highest cost", kind: fieldAmount},
		{name: "cost.currency", label: "Currency of the cost", kind: fieldCurrency},
		{name: "accredited", label: "Accreditation", hint: "Such as CAHIIM."},
		{name: "url", label: "Link", hint: "https://, http://, mailto: or tel:"},
		{name: "source", label: "Source", hint: "Where the details and the cost come from: a catalog, a phone call.", required: true},
		{name: "asOf", label: "As of", hint: "When they are from, with a year: May 2025, 2025-26 catalog; or not stated.", required: true},
	}},
	"employers": {title: "Employers", one: "employer", intro: "Local employers, shown in “Near you” on the page of each career they hire for.", fields: []formField{
		{name: "name", label: "Name", required: true},
		{name: "city", label: "City"},
		{name: "careers", label: "Careers they hire for", kind: fieldCareers, required: true},
		{name: "url", label: "Link", hint: "Such as their jobs page."},
	}},
	"pay": {title: "Local pay", one: "pay figure", intro: "Shown beside the national figure on the career's page. Give a range (lowest and highest), a median, or both.", fields: []formField{
		{name: "career", label: "Career", kind: fieldCareer, required: true},
		{name: "label", label: "What the figure is", hint: "Such as Starting pay at Riverbend hospitals.", required: true},
		{name: "min", label: "Lowest", kind: fieldAmount},
		{name: "max", label: "Highest", kind: fieldAmount},
		{name: "median", label: "Median", kind: fieldAmount},
		{name: "currency", label: "Currency", kind: fieldCurrency, required: true},
		{name: "period", label: "Per", kind: fieldPeriod, required: true},
		{name: "source", label: "Source", hint: "Such as the survey's name.", required: true},
		{name: "url", label: "Link to the source"},
		{name: "asOf", label: "As of", hint: "With a year: May 2024; or not stated.", required: true},
	}},
	"notes": {title: "Notes", one: "note", intro: "A note on a career, shown in “Near you” on its page.", fields: []formField{
		{name: "career", label: "Career", kind: fieldCareer, required: true},
		{name: "text", label: "Note", kind: fieldLong, required: true},
	}},
	"planSteps": {title: "Plan steps", one: "plan step", intro: "Steps added to every student's plan.", fields: []formField{
		{name: "title", label: "Step", hint: "A short instruction.", required: true},
		{name: "detail", label: "More about it", kind: fieldLong},
		{name: "url", label: "Link"},
	}},
	"faqs": {title: "Questions and answers", one: "question", intro: "Shown with the app's own questions on the Health Information Technician page.", fields: []formField{
		{name: "question", label: "Question", required: true},
		{name: "answer", label: "Answer", kind: fieldLong, required: true},
	}},
	"sharedComputer": {title: "Shared computers", intro: "For computers several students use, such as a computer room: the app can forget each student's answers.", fields: []formField{
		{name: "mode", label: "Answers on this site's computers", kind: fieldMode},
		{name: "idleMinutes", label: "Minutes without use before answers are cleared", hint: "With “also after minutes without use” only: 1 to 240.", kind: fieldAmount},
	}},
}

// problemsAt are the problems whose key is key, or lies under it (a
// career in a list: "programs[0].careers[1]").
func (e *packEditor) problemsAt(key string) []local.Problem {
	var out []local.Problem
	for _, p := range e.problems {
		if k := p.Key(); k == key || strings.HasPrefix(k, key+"[") {
			out = append(out, p)
		}
	}
	return out
}

// entryProblems are the problems of an entry that no field of the form
// shows: a pay figure with no amount, a cost whose lowest is above its
// highest.
func (e *packEditor) entryProblems(part string, index int) []local.Problem {
	var out []local.Problem
	for _, p := range e.problems {
		if p.Part != part || p.Index != index {
			continue
		}
		shown := slices.ContainsFunc(formParts[part].fields, func(f formField) bool {
			return p.Field == f.name || strings.HasPrefix(p.Field, f.name+"[")
		})
		if !shown {
			out = append(out, p)
		}
	}
	return out
}

func (e *packEditor) Render() app.UI {
	return app.Section().ID("pack-form").Class("pack-form").Aria("labelledby", "pack-form-title").Body(
		app.H2().ID("pack-form-title").Text("Write or edit a pack"),
		app.P().Text("Fill in what you have; leave the rest empty. The form checks each field as you type, with the same rules the app uses when it starts. When nothing is marked, download "+local.FileName+". Nothing you type leaves this page."),
		app.Div().Class("pack-open field").Body(
			app.Label().For("pack-open").Text("Open a "+local.FileName+" to edit it"),
			app.Input().Type("file").ID("pack-open").Accept("application/json,.json").OnChange(e.onOpen),
		),
		app.If(len(e.openProblems) > 0, func() app.UI {
			return app.Div().ID("pack-open-problems").Class("notice").Body(
				app.P().Text("The problems in "+e.opened+" as it was opened:"),
				problemList("pack-open-problem-list", e.openProblems),
			)
		}),
		e.group("organization"),
		e.group("contact"),
		e.group(""),
		e.list("programs"),
		e.list("employers"),
		e.list("pay"),
		e.list("notes"),
		e.list("planSteps"),
		e.list("faqs"),
		e.group("sharedComputer"),
		app.Div().ID("pack-check").Class("pack-check").Body(
			app.H3().Text("Check and download"),
			app.If(len(e.problems) == 0, func() app.UI {
				return app.P().ID("pack-form-problems").TabIndex(-1).Body(app.Strong().Text("No problems. "), app.Text(e.pack.Summary()+"."))
			}).Else(func() app.UI {
				return app.Div().ID("pack-form-problems").Class("notice").TabIndex(-1).Body(
					app.P().Body(app.Strong().Text(numbered(len(e.problems), "problem", "problems")+" to fix before you download:")),
					app.Ul().Class("pack-problems").Body(app.Range(e.problems).Slice(func(i int) app.UI {
						p := e.problems[i]
						target := fieldID(p.Key())
						if _, ok := e.fieldOf(p); !ok {
							target = fieldID(local.FieldKey(p.Part, p.Index, ""))
						}
						return app.Li().Body(app.A().Href("#" + target).Text(p.String()))
					})),
				)
			}),
			app.Button().Type("button").ID("pack-download").Text("Download "+local.FileName).OnClick(e.onDownload),
			app.P().ID("pack-form-message").Class("status").TabIndex(-1).Role("status").Text(e.message),
		),
	)
}

// fieldOf is the form field a problem is about, if the form has one.
func (e *packEditor) fieldOf(p local.Problem) (formField, bool) {
	for _, f := range formParts[p.Part].fields {
		if p.Field == f.name || strings.HasPrefix(p.Field, f.name+"[") {
			return f, true
		}
	}
	return formField{}, false
}

// group draws a part that is not a list.
func (e *packEditor) group(part string) app.UI {
	fp := formParts[part]
	id := "pack-part-" + part
	if part == "" {
		id = "pack-part-welcome"
	}
	return app.FieldSet().ID(id).Class("pack-group").Body(
		app.Legend().Text(fp.title),
		app.If(fp.intro != "", func() app.UI { return app.P().Class("hint").Text(fp.intro) }),
		app.Range(fp.fields).Slice(func(i int) app.UI {
			return e.field(local.FieldKey(part, -1, fp.fields[i].name), fp.fields[i])
		}),
	)
}

// list draws a list part: each entry with its fields and a button to
// remove it, and a button to add one.
func (e *packEditor) list(part string) app.UI {
	fp := formParts[part]
	n := e.form.Len(part)
	return app.FieldSet().ID("pack-part-"+part).Class("pack-group").Body(
		app.Legend().Text(fp.title),
		app.P().Class("hint").Text(fp.intro),
		app.Range(make([]struct{}, n)).Slice(func(i int) app.UI {
			key := local.FieldKey(part, i, "")
			name := strings.TrimSpace(e.form.Get(local.FieldKey(part, i, fp.fields[0].name)))
			legend := capitalize(fp.one) + " " + itoa(i+1)
			if name != "" && fp.fields[0].kind == fieldText {
				legend += ": " + name
			}
			leftover := e.entryProblems(part, i)
			return app.FieldSet().ID(fieldID(key)).Class("pack-entry").TabIndex(-1).Body(
				app.Legend().Text(legend),
				app.If(len(leftover) > 0, func() app.UI {
					return app.Ul().Class("field-problem").Body(app.Range(leftover).Slice(func(j int) app.UI {
						return app.Li().Text(leftover[j].Issue)
					}))
				}),
				app.Range(fp.fields).Slice(func(j int) app.UI {
					return e.field(local.FieldKey(part, i, fp.fields[j].name), fp.fields[j])
				}),
				app.Button().Type("button").Class("secondary").ID(fieldID(key)+"-remove").
					DataSet("part", part).DataSet("index", itoa(i)).
					Text("Remove "+fp.one+" "+itoa(i+1)).OnClick(e.onRemove),
			)
		}),
		app.Button().Type("button").Class("secondary").ID("pack-add-"+part).DataSet("part", part).Text("Add a "+fp.one).OnClick(e.onAdd),
	)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// field draws one field: its label, its hint, the control and the
// problems beside it.
func (e *packEditor) field(key string, f formField) app.UI {
	id := fieldID(key)
	problems := e.problemsAt(key)
	describedBy := ""
	if f.hint != "" {
		describedBy = id + "-hint"
	}
	if len(problems) > 0 {
		describedBy = strings.TrimSpace(describedBy + " " + id + "-problem")
	}
	label := f.label
	if f.required {
		label += " (required)"
	}
	hint := app.If(f.hint != "", func() app.UI { return app.P().ID(id + "-hint").Class("hint").Text(f.hint) })
	problem := app.If(len(problems) > 0, func() app.UI {
		return app.Ul().ID(id + "-problem").Class("field-problem").Body(app.Range(problems).Slice(func(i int) app.UI {
			text := problems[i].Issue
			if problems[i].Key() != key {
				text = strings.TrimPrefix(problems[i].Field, f.name) + ": " + text
			}
			return app.Li().Text(text)
		}))
	})
	if f.kind == fieldCareers {
		careers := appData().Careers
		entry := strings.TrimSuffix(key, "."+f.name)
		return app.FieldSet().ID(id).Class("field careers-field").Aria("describedby", describedBy).Body(
			app.Legend().Text(label),
			problem,
			app.Range(careers).Slice(func(i int) app.UI {
				c := careers[i]
				box := app.Input().Type("checkbox").ID(id+"-"+c.Slug).DataSet("key", entry).DataSet("career", c.Slug).OnChange(e.onCareer)
				return app.Div().Class("choice-line").Body(
					boolAttr(box, app.HTMLInput.Checked, e.form.HasCareer(entry, c.Slug)),
					app.Label().For(id+"-"+c.Slug).Text(c.Title),
				)
			}),
		)
	}
	var control app.UI
	value := e.form.Get(key)
	switch f.kind {
	case fieldLong:
		control = app.Textarea().ID(id).DataSet("key", key).Rows(4).Attr("value", value).
			Aria("describedby", describedBy).Aria("invalid", invalidAttr(problems)).OnInput(e.onField)
	case fieldCareer, fieldCurrency, fieldPeriod, fieldMode:
		control = app.Select().ID(id).DataSet("key", key).Aria("describedby", describedBy).Aria("invalid", invalidAttr(problems)).OnChange(e.onField).Body(
			app.Range(choicesFor(f.kind)).Slice(func(i int) app.UI {
				c := choicesFor(f.kind)[i]
				return boolAttr(app.Option().Value(c.value).Text(c.label), app.HTMLOption.Selected, c.value == value)
			}),
		)
	default:
		in := app.Input().Type("text").ID(id).DataSet("key", key).Value(value).AutoComplete(false).
			Aria("describedby", describedBy).Aria("invalid", invalidAttr(problems)).OnInput(e.onField)
		if f.kind == fieldAmount {
			in = in.Attr("inputmode", "numeric")
		}
		control = in
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		hint,
		control,
		problem,
	)
}

type selectChoice struct{ value, label string }

// choicesFor lists a chosen field's options, with an empty first one so a
// new entry does not quietly take the first career or currency.
func choicesFor(k fieldKind) []selectChoice {
	out := []selectChoice{{"", "Choose…"}}
	switch k {
	case fieldCareer:
		for _, c := range appData().Careers {
			out = append(out, selectChoice{c.Slug, c.Title})
		}
	case fieldCurrency:
		for _, c := range appData().Currencies {
			out = append(out, selectChoice{c.Code, c.Code})
		}
	case fieldPeriod:
		for _, p := range local.Periods {
			out = append(out, selectChoice{string(p), strings.TrimPrefix(strings.TrimPrefix(p.Text(), "a "), "an ")})
		}
	case fieldMode:
		out = []selectChoice{
			{"", "Not set: kept in the browser"},
			{string(local.ModeOff), "Kept in the browser (off)"},
			{string(local.ModeSession), "Cleared when the browser closes"},
			{string(local.ModeIdle), "Cleared when the browser closes, and also after minutes without use"},
		}
	}
	return out
}

// invalidAttr is aria-invalid's value: "true" with problems, and otherwise
// none, which reads as valid (go-app leaves out an empty attribute).
func invalidAttr(problems []local.Problem) string {
	if len(problems) > 0 {
		return "true"
	}
	return ""
}
