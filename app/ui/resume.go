package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/app/jobkit"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resumeContent is the resume builder.
func resumeContent() []app.UI {
	return []app.UI{
		app.H1().ID("resume-title").Class("no-print").TabIndex(-1).Text("Resume builder"),
		jobKitNav("/resume"),
		newResumeBuilder(),
	}
}

// resumeBuilder is the resume form, the lines suggested from the quiz and
// the plan, the keyword check, the one-page print view and the plain text.
// Like quizFlow it owns the saved state, in unexported fields, and writes
// it the moment anything changes.
type resumeBuilder struct {
	app.Compo
	loaded    bool
	saved     savedState
	state     store.State
	saveError string
	// shown is the resume as the fields were last given it: at load, and
	// when the page changed the entries itself (see jobkit_ui.go).
	shown store.Resume
	// keys identify the entries of each list across additions and
	// removals, in the lists' order.
	keys    map[string][]int
	nextKey int
	// monthErrors are the messages of month fields that could not be read,
	// by field id.
	monthErrors map[string]string
	copied      string
	mounted     app.Context
}

// The resume's actions. An entry's change comes with an entryEdit, its
// removal with an entryRef.
const (
	actionResumeEntry  = "resume-entry"
	actionResumeRemove = "resume-remove"
)

// Kinds of resume entry, as their ids start.
const (
	entryEducation  = "edu"
	entryCredential = "cred"
	entryExperience = "exp"
)

func newResumeBuilder() *resumeBuilder { return &resumeBuilder{} }

func (b *resumeBuilder) OnMount(ctx app.Context) {
	b.mounted = ctx
	b.saved = loadSaved()
	b.state = b.saved.state
	b.keys = map[string][]int{}
	for kind, n := range map[string]int{entryEducation: len(b.state.Resume.Education), entryCredential: len(b.state.Resume.Credentials), entryExperience: len(b.state.Resume.Experience)} {
		for i := 0; i < n; i++ {
			b.keys[kind] = append(b.keys[kind], b.newKey())
		}
	}
	b.shown = snapshot(b.state.Resume)
	b.loaded = true
	ctx.Handle(actionResumeEntry, b.editEntry)
	ctx.Handle(actionResumeRemove, b.removeEntry)
}

// snapshot is a copy of the resume that shares no list with it: the fields
// show the snapshot, and typing changes the resume in place.
func snapshot(r store.Resume) store.Resume {
	r.Education = slices.Clone(r.Education)
	r.Credentials = slices.Clone(r.Credentials)
	r.Experience = slices.Clone(r.Experience)
	return r
}

func (b *resumeBuilder) newKey() int { b.nextKey++; return b.nextKey }

func (b *resumeBuilder) save() {
	b.saveError = ""
	b.state.Resume.Updated = time.Now()
	if err := saveState(b.state); err != nil {
		b.saveError = err.Error()
	}
}

// onField records typing in one of the resume's own fields.
func (b *resumeBuilder) onField(ctx app.Context, e app.Event) { b.setField(typedValue(ctx)) }

// setField saves the value of the field with the id.
func (b *resumeBuilder) setField(id, v string) {
	r := &b.state.Resume
	switch id {
	case "resume-name":
		r.Name = store.CleanLine(v)
	case "resume-email":
		r.Email = store.CleanLine(v)
	case "resume-phone":
		r.Phone = store.CleanLine(v)
	case "resume-location":
		r.Location = store.CleanLine(v)
	case "resume-headline":
		r.Headline = store.CleanLine(v)
	case "resume-summary":
		r.Summary = store.CleanLine(v)
	case "resume-highlights":
		r.Highlights = store.CleanBlock(v)
	case "resume-skills":
		r.Skills = store.CleanLine(v)
	case "resume-systems":
		r.Systems = store.CleanLine(v)
	case "resume-codes":
		r.Codes = store.CleanLine(v)
	default:
		return
	}
	b.save()
}

// entryEdit is a change to a field of a resume entry. Finished marks the
// change of a field the student has left, as opposed to one typed into.
type entryEdit struct {
	Kind     string
	Key      int
	Field    string
	Value    string
	On       bool
	Finished bool
}

// entryRef names a resume entry.
type entryRef struct {
	Kind string
	Key  int
}

func (b *resumeBuilder) index(kind string, key int) int {
	for i, k := range b.keys[kind] {
		if k == key {
			return i
		}
	}
	return -1
}

// month reads a month field. A month that cannot be read gets a message
// once the student leaves the field: while they type, "May 2" is only a
// month not yet finished.
func (b *resumeBuilder) month(id, v string, finished bool) (store.Month, bool) {
	m, err := jobkit.ParseMonth(v)
	if b.monthErrors == nil {
		b.monthErrors = map[string]string{}
	}
	if err != nil {
		if finished {
			b.monthErrors[id] = "This month could not be read: " + err.Error() + "."
		}
		return 0, false
	}
	delete(b.monthErrors, id)
	return m, true
}

func (b *resumeBuilder) editEntry(ctx app.Context, a app.Action) {
	ed, ok := a.Value.(entryEdit)
	if !ok {
		return
	}
	i := b.index(ed.Kind, ed.Key)
	if i < 0 {
		return
	}
	id := entryFieldID(ed.Kind, ed.Key, ed.Field)
	r := &b.state.Resume
	switch ed.Kind {
	case entryEducation:
		e := &r.Education[i]
		switch ed.Field {
		case "school":
			e.School = store.CleanLine(ed.Value)
		case "program":
			e.Program = store.CleanLine(ed.Value)
		case "start":
			if m, ok := b.month(id, ed.Value, ed.Finished); ok {
				e.Start = m
			}
		case "end":
			if m, ok := b.month(id, ed.Value, ed.Finished); ok {
				e.End = m
			}
		case "studying":
			e.Studying = ed.On
		}
	case entryCredential:
		c := &r.Credentials[i]
		switch ed.Field {
		case "name":
			c.Name = store.CleanLine(ed.Value)
		case "planned":
			c.Planned = ed.On
		case "date":
			if m, ok := b.month(id, ed.Value, ed.Finished); ok {
				c.Date = m
			}
		}
	case entryExperience:
		e := &r.Experience[i]
		switch ed.Field {
		case "role":
			e.Role = store.CleanLine(ed.Value)
		case "employer":
			e.Employer = store.CleanLine(ed.Value)
		case "start":
			if m, ok := b.month(id, ed.Value, ed.Finished); ok {
				e.Start = m
			}
		case "end":
			if m, ok := b.month(id, ed.Value, ed.Finished); ok {
				e.End = m
			}
		case "current":
			e.Current = ed.On
		case "details":
			e.Details = store.CleanBlock(ed.Value)
		}
	}
	b.save()
}

// entryCount is how many entries of a kind the resume has, and may have.
func (b *resumeBuilder) entryCount(kind string) (n, max int) {
	r := b.state.Resume
	switch kind {
	case entryEducation:
		return len(r.Education), store.MaxEducation
	case entryCredential:
		return len(r.Credentials), store.MaxCredentials
	}
	return len(r.Experience), store.MaxExperience
}

// addEntry adds an entry of a kind, filled with v when it is one of the
// entry types, and moves focus to its first field.
func (b *resumeBuilder) addEntry(kind string, v any) bool {
	if n, max := b.entryCount(kind); n >= max {
		return false
	}
	r := &b.state.Resume
	first := ""
	switch kind {
	case entryEducation:
		e, _ := v.(store.Education)
		r.Education = append(r.Education, e)
		first = "school"
	case entryCredential:
		c, _ := v.(store.HeldCredential)
		r.Credentials = append(r.Credentials, c)
		first = "name"
	case entryExperience:
		r.Experience = append(r.Experience, store.Experience{})
		first = "role"
	}
	key := b.newKey()
	b.keys[kind] = append(b.keys[kind], key)
	b.shown = snapshot(b.state.Resume)
	b.save()
	focusByID(b.mounted, entryFieldID(kind, key, first))
	return true
}

func (b *resumeBuilder) addEducation(ctx app.Context, e app.Event) {
	b.addEntry(entryEducation, nil)
}
func (b *resumeBuilder) addCredential(ctx app.Context, e app.Event) {
	b.addEntry(entryCredential, nil)
}
func (b *resumeBuilder) addExperience(ctx app.Context, e app.Event) {
	b.addEntry(entryExperience, nil)
}

func (b *resumeBuilder) removeEntry(ctx app.Context, a app.Action) {
	ref, ok := a.Value.(entryRef)
	if !ok {
		return
	}
	i := b.index(ref.Kind, ref.Key)
	if i < 0 {
		return
	}
	r := &b.state.Resume
	switch ref.Kind {
	case entryEducation:
		r.Education = append(r.Education[:i:i], r.Education[i+1:]...)
	case entryCredential:
		r.Credentials = append(r.Credentials[:i:i], r.Credentials[i+1:]...)
	case entryExperience:
		r.Experience = append(r.Experience[:i:i], r.Experience[i+1:]...)
	}
	keys := b.keys[ref.Kind]
	b.keys[ref.Kind] = append(keys[:i:i], keys[i+1:]...)
	for id := range b.monthErrors {
		if strings.HasPrefix(id, entryFieldID(ref.Kind, ref.Key, "")) {
			delete(b.monthErrors, id)
		}
	}
	b.shown = snapshot(b.state.Resume)
	b.save()
	focusByID(b.mounted, "resume-add-"+ref.Kind)
}

// addSuggestion adds the suggested line whose button was pressed.
func (b *resumeBuilder) addSuggestion(ctx app.Context, e app.Event) {
	b.addLine(ctx.JSSrc().Get("value").String())
}

// addLine adds the suggested line with the id to the key lines.
func (b *resumeBuilder) addLine(id string) {
	for _, s := range b.suggestions() {
		if s.ID != id {
			continue
		}
		r := &b.state.Resume
		if jobkit.HasLine(r.Highlights, s.Text) {
			return
		}
		r.Highlights = jobkit.AddLine(r.Highlights, s.Text)
		b.shown.Highlights = r.Highlights
		b.save()
		setFieldValue(b.mounted, "resume-highlights", r.Highlights)
		focusByID(b.mounted, "resume-suggest-"+s.ID)
		return
	}
}

func (b *resumeBuilder) addSuggestedCredential(ctx app.Context, e app.Event) {
	b.addCredentialAt(ctx.JSSrc().Get("value").String())
}

// addCredentialAt adds the suggested credential at the index.
func (b *resumeBuilder) addCredentialAt(index string) {
	i, err := strconv.Atoi(index)
	creds := b.credentialSuggestions()
	if err != nil || i < 0 || i >= len(creds) || b.hasCredential(creds[i].Credential.Name) {
		return
	}
	b.addEntry(entryCredential, creds[i].Credential)
}

func (b *resumeBuilder) addSuggestedEducation(ctx app.Context, e app.Event) {
	b.addEducationAt(ctx.JSSrc().Get("value").String())
}

// addEducationAt adds the suggested education at the index.
func (b *resumeBuilder) addEducationAt(index string) {
	i, err := strconv.Atoi(index)
	edu := b.educationSuggestions()
	if err != nil || i < 0 || i >= len(edu) || b.hasProgram(edu[i].Education.Program) {
		return
	}
	b.addEntry(entryEducation, edu[i].Education)
}

func (b *resumeBuilder) hasCredential(name string) bool {
	for _, c := range b.state.Resume.Credentials {
		if strings.EqualFold(c.Name, name) {
			return true
		}
	}
	return false
}

func (b *resumeBuilder) hasProgram(program string) bool {
	for _, e := range b.state.Resume.Education {
		if strings.EqualFold(e.Program, program) {
			return true
		}
	}
	return false
}

func (b *resumeBuilder) input() jobkit.Input {
	return jobkit.InputFrom(b.state, appData().Main())
}

func (b *resumeBuilder) suggestions() []jobkit.Suggestion {
	return jobkit.Suggest(jobKitData(), quizData(), appData().Main(), b.input())
}

func (b *resumeBuilder) credentialSuggestions() []jobkit.CredentialSuggestion {
	return jobkit.SuggestCredentials(appData(), jobKitData(), quizData(), appData().Main(), b.input())
}

func (b *resumeBuilder) educationSuggestions() []jobkit.EducationSuggestion {
	return jobkit.SuggestEducation(jobKitData(), quizData(), appData().Main(), b.input())
}

func (b *resumeBuilder) copyText(ctx app.Context, e app.Event) {
	if d := app.Window().GetElementByID("resume-text-box"); d.Truthy() {
		d.Set("open", true)
	}
	b.copied = copyField("resume-text")
}

func (b *resumeBuilder) Render() app.UI {
	r := b.state.Resume
	doc := jobkit.ResumeDocument(r)
	return app.Div().ID("resume-app").Class("jobkit").DataSet("loaded", b.loaded).Body(
		newSavedDataNotice().Saved(b.saved).StorageError(b.saveError),
		app.P().Class("lead no-print").Text("Build a one-page resume for a first job in health information. Start from the lines your quiz answers support, make them your own, and check the keywords hiring managers scan for. Everything stays in this browser."),
		b.form(),
		b.suggestionSection(),
		newResumeKeywords().Coverage(jobkit.Check(careerKeywords(), doc.PlainText())),
		app.Section().ID("resume-preview").Class("jobkit-preview").Aria("labelledby", "resume-preview-title").Body(
			app.H2().ID("resume-preview-title").Class("no-print").Text("Your resume"),
			app.P().Class("no-print field-hint").Text("This is how it prints: on one page, A4 or Letter."),
			resumeDocView(doc),
		),
		app.Div().Class("quiz-nav no-print").Body(
			app.Button().Type("button").ID("resume-print").Text("Print my resume").OnClick(printPage),
		),
		app.Section().Class("no-print").Aria("labelledby", "resume-text-title").Body(
			app.H2().ID("resume-text-title").Text("Plain text for online forms"),
			app.P().Text("Many application forms want a resume pasted as plain text. Copy it from here."),
			app.Details().ID("resume-text-box").Body(
				app.Summary().Text("Show the plain text"),
				app.Label().For("resume-text").Class("quiz-sr-only").Text("Your resume as plain text"),
				app.Textarea().ID("resume-text").ReadOnly(true).Rows(12).Attr("value", textareaValue(doc.PlainText())),
			),
			app.Button().Type("button").Class("secondary").ID("resume-copy").Text("Copy the plain text").OnClick(b.copyText),
			app.P().ID("resume-copied").Class("status").Role("status").Text(b.copied),
		),
	)
}

func (b *resumeBuilder) form() app.UI {
	s := b.shown
	return app.Form().ID("resume-form").Class("jobkit-form no-print").OnSubmit(preventSubmit).Body(
		app.Section().Aria("labelledby", "resume-about-title").Body(
			app.H2().ID("resume-about-title").Text("About you"),
			app.Div().Class("field-grid").Body(
				field("resume-name", "Your name", "", textInput("resume-name", "text", s.Name, store.MaxShortText, b.onField).Attr("autocomplete", "name")),
				field("resume-email", "Email", "", textInput("resume-email", "email", s.Email, store.MaxShortText, b.onField).Attr("autocomplete", "email")),
				field("resume-phone", "Phone", "", textInput("resume-phone", "tel", s.Phone, store.MaxShortText, b.onField).Attr("autocomplete", "tel")),
				field("resume-location", "Town or city", "", textInput("resume-location", "text", s.Location, store.MaxShortText, b.onField).Attr("autocomplete", "address-level2")),
			),
			field("resume-headline", "The job you are looking for", "For example: Health Information Technician, or Medical Records Clerk.", textInput("resume-headline", "text", s.Headline, store.MaxShortText, b.onField)),
			field("resume-summary", "A sentence or two about you", "Say what you are studying or have done, and what you are good at.", textInput("resume-summary", "text", s.Summary, store.MaxSummaryText, b.onField)),
		),
		b.entrySection(entryEducation, "Education", "Add a school or program", "Schools and programs, with their dates. Tick “still studying” for one you have not finished: its end month is then when you expect to finish."),
		b.entrySection(entryCredential, "Credentials", "Add a credential", "Credentials you hold, with the month you earned them, and those you are working towards, with the month you plan to earn them."),
		b.entrySection(entryExperience, "Experience", "Add a job, internship or volunteering", "Paid work, internships and volunteering all count. Write what you did, one line each."),
		app.Section().Aria("labelledby", "resume-skills-title").Body(
			app.H2().ID("resume-skills-title").Text("Skills and systems"),
			field("resume-skills", "Skills", "Separate them with commas: attention to detail, medical terminology, Excel…", textInput("resume-skills", "text", s.Skills, store.MaxListText, b.onField)),
			field("resume-systems", "Systems you have used", "EHR and other systems, such as Epic, Cerner or Meditech, even in a course or a lab.", textInput("resume-systems", "text", s.Systems, store.MaxListText, b.onField)),
			field("resume-codes", "Coding systems", "Such as ICD-10-CM, CPT or HCPCS Level II.", textInput("resume-codes", "text", s.Codes, store.MaxListText, b.onField)),
		),
		app.Section().Aria("labelledby", "resume-highlights-title").Body(
			app.H2().ID("resume-highlights-title").Text("Key lines"),
			textArea("resume-highlights", "Your key lines, one a line", "The lines at the top of your resume. Add the suggestions below that are true for you, then make them your own.", s.Highlights, store.MaxBlockText, 6, b.onField),
		),
	)
}

func preventSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

func (b *resumeBuilder) entrySection(kind, title, add, hint string) app.UI {
	keys := b.keys[kind]
	n, max := b.entryCount(kind)
	return app.Section().ID("resume-"+kind).Aria("labelledby", "resume-"+kind+"-title").Body(
		app.H2().ID("resume-"+kind+"-title").Text(title),
		app.P().Class("field-hint").Text(hint),
		app.If(kind == entryCredential, credentialNames),
		app.Range(keys).Slice(func(i int) app.UI {
			e := newResumeEntry().Entry(kind, keys[i], i+1).Errors(b.entryErrors(kind, keys[i]))
			switch kind {
			case entryEducation:
				e.IEducation = b.shownEducation(i)
			case entryCredential:
				e.ICredential = b.shownCredential(i)
			default:
				e.IExperience = b.shownExperience(i)
			}
			return e
		}),
		app.If(n < max, func() app.UI {
			return app.Button().Type("button").Class("secondary").ID("resume-add-" + kind).Text(add).OnClick(b.addHandler(kind))
		}).Else(func() app.UI {
			return app.P().ID("resume-add-" + kind).TabIndex(-1).Class("field-hint").Text("A one-page resume has room for " + strconv.Itoa(max) + " of these.")
		}),
	)
}

func (b *resumeBuilder) addHandler(kind string) app.EventHandler {
	switch kind {
	case entryEducation:
		return b.addEducation
	case entryCredential:
		return b.addCredential
	}
	return b.addExperience
}

func (b *resumeBuilder) shownEducation(i int) store.Education {
	if i < len(b.shown.Education) {
		return b.shown.Education[i]
	}
	return store.Education{}
}

func (b *resumeBuilder) shownCredential(i int) store.HeldCredential {
	if i < len(b.shown.Credentials) {
		return b.shown.Credentials[i]
	}
	return store.HeldCredential{}
}

func (b *resumeBuilder) shownExperience(i int) store.Experience {
	if i < len(b.shown.Experience) {
		return b.shown.Experience[i]
	}
	return store.Experience{}
}

// entryErrors are the month messages of one entry, by field.
func (b *resumeBuilder) entryErrors(kind string, key int) map[string]string {
	var out map[string]string
	prefix := entryFieldID(kind, key, "")
	for id, msg := range b.monthErrors {
		if f, ok := strings.CutPrefix(id, prefix); ok {
			if out == nil {
				out = map[string]string{}
			}
			out[f] = msg
		}
	}
	return out
}

func (b *resumeBuilder) suggestionSection() app.UI {
	in := b.input()
	lines := b.suggestions()
	creds := b.credentialSuggestions()
	edu := b.educationSuggestions()
	r := b.state.Resume
	return app.Section().ID("resume-suggestions").Class("no-print").Aria("labelledby", "resume-suggestions-title").Body(
		app.H2().ID("resume-suggestions-title").Text("Suggestions from your answers"),
		app.If(in.Answers == nil, func() app.UI {
			return app.P().ID("resume-no-quiz").Body(
				app.Text("Finish the "),
				app.A().Href(href("/quiz")).Text("readiness quiz"),
				app.Text(" and this list will suggest lines that your own answers support. Nothing is suggested that you have not said."),
			)
		}).Else(func() app.UI {
			return app.P().Text("Each line comes from a duty or a skill of the job and from your own answers to the readiness quiz. Add only what is true for you, then edit it in your own words.")
		}),
		app.If(len(creds)+len(edu) > 0, func() app.UI {
			return app.Ul().ID("resume-suggested-entries").Class("suggestions").Body(
				app.Range(creds).Slice(func(i int) app.UI {
					c := creds[i]
					added := b.hasCredential(c.Credential.Name)
					return app.Li().Class("suggestion").Body(
						app.P().Class("suggestion-text").Text("Credential: "+c.Credential.Name+" — "+orText(jobkit.CredentialDate(c.Credential), "held")),
						app.P().Class("suggestion-why").Text(sentences(reasonsText(c.Because), c.Target)),
						suggestionButton("resume-suggest-cred-"+strconv.Itoa(i), strconv.Itoa(i), "Add to my credentials", added, b.addSuggestedCredential),
					)
				}),
				app.Range(edu).Slice(func(i int) app.UI {
					e := edu[i]
					added := b.hasProgram(e.Education.Program)
					return app.Li().Class("suggestion").Body(
						app.P().Class("suggestion-text").Text("Education: "+e.Education.Program+orText(" — "+jobkit.DateRange(e.Education.Start, e.Education.End, e.Education.Studying, "expected"), "")),
						app.P().Class("suggestion-why").Text(sentences(reasonsText(e.Because), e.Target, "Add your school's name.")),
						suggestionButton("resume-suggest-edu-"+strconv.Itoa(i), strconv.Itoa(i), "Add to my education", added, b.addSuggestedEducation),
					)
				}),
			)
		}),
		app.If(len(lines) > 0, func() app.UI {
			return app.Ul().ID("resume-suggested-lines").Class("suggestions").Body(app.Range(lines).Slice(func(i int) app.UI {
				s := lines[i]
				added := jobkit.HasLine(r.Highlights, s.Text)
				return app.Li().Class("suggestion").DataSet("id", s.ID).Body(
					app.P().Class("suggestion-text").Text(s.Text),
					app.P().Class("suggestion-why").Text(reasonsText(s.Because)),
					app.If(s.Entry != "", func() app.UI {
						return app.P().Class("suggestion-why").Text("It names what you entered: " + s.Entry + ".")
					}),
					app.P().Class("suggestion-why").Text("From the job: “"+s.DrawnFrom+"”"),
					suggestionButton("resume-suggest-"+s.ID, s.ID, "Add to my key lines", added, b.addSuggestion),
				)
			}))
		}),
	)
}

// sentences joins the texts that are not empty with a space.
func sentences(texts ...string) string {
	var kept []string
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			kept = append(kept, t)
		}
	}
	return strings.Join(kept, " ")
}

func orText(s, fallback string) string {
	if strings.TrimSpace(strings.Trim(s, " —")) == "" {
		return fallback
	}
	return s
}

// suggestionButton adds a suggestion, or says it is already there.
func suggestionButton(id, value, label string, added bool, add app.EventHandler) app.UI {
	if added {
		return app.P().ID(id).Class("suggestion-added").TabIndex(-1).Text("Added to your resume.")
	}
	return app.Button().Type("button").Class("secondary").ID(id).Value(value).Text(label).OnClick(add)
}

// credentialNames offers the credentials the app knows as the student types
// one.
func credentialNames() app.UI {
	creds := appData().Credentials
	return app.DataList().ID("credential-names").Body(app.Range(creds).Slice(func(i int) app.UI {
		return app.Option().Value(creds[i].Name + " (" + creds[i].Abbr + ")")
	}))
}
