package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// counselorContent is /counselor: for the counselor who hosts the app, the
// state of this site's local.json, a form that writes one, and the short
// hosting guide. It is not in the header: students have no use for it.
func counselorContent() []app.UI {
	return []app.UI{
		app.H1().Text("For counselors: your local pack"),
		app.P().Class("lead").Text("Add your school's programs, local employers and pay, your contact, steps for every student's plan, your own questions and answers, and a setting for shared computers. They go in one file, " + local.FileName + ", beside the app's index.html: no Go and no rebuild. The app reads it when it starts and shows each part where a student looks, marked as provided by you."),
		app.Nav().Class("toc").Aria("label", "On this page").Body(
			app.H2().Class("toc-title").Text("On this page"),
			app.Ol().Body(
				app.Li().Body(app.A().Href(href("/counselor#pack-status")).Text("This site's pack")),
				app.Li().Body(app.A().Href(href("/counselor#pack-form")).Text("Write or edit a pack")),
				app.Li().Body(app.A().Href(href("/counselor#hosting")).Text("Host the app yourself")),
			),
		),
		newPackStatusView(),
		newPackEditor(),
		hostingGuide(),
	}
}

// packStatusView says whether this site has a pack, whether the app uses
// it, and each problem that stops it. The server cannot know: it draws
// "looking", and the browser the answer.
type packStatusView struct {
	app.Compo
	state packState
}

// actionPackEdit asks the form to open this site's pack.
const actionPackEdit = "pack-edit-site"

func newPackStatusView() *packStatusView { return &packStatusView{state: currentLocal()} }

func (v *packStatusView) OnMount(ctx app.Context) {
	before := v.state.status
	v.state = currentLocal()
	onAction(ctx, actionLocalPack, func(app.Context) { v.state = currentLocal() })
	if v.state.status == before {
		changedNothingDrawn(ctx)
	}
}

func (v *packStatusView) edit(ctx app.Context, e app.Event) { ctx.NewAction(actionPackEdit) }

func (v *packStatusView) Render() app.UI {
	s := v.state
	return app.Section().ID("pack-status").Class("pack-status").Aria("labelledby", "pack-status-title").Body(
		app.H2().ID("pack-status-title").Text("This site's pack"),
		app.Div().ID("pack-status-now").Role("status").Body(v.body(s)),
	)
}

func (v *packStatusView) body(s packState) app.UI {
	where := "The app looks for it at " + packURL() + "."
	switch s.status {
	case packNone:
		return app.Div().Body(
			app.P().ID("pack-state").Text("No "+local.FileName+" on this site: the app shows its own information only. "+where),
			app.If(s.detail != "", func() app.UI { return app.P().Class("notice").Text("Note: " + s.detail + ".") }),
		)
	case packUsed:
		return app.Div().Body(
			app.P().ID("pack-state").Body(app.Strong().Text("In use. "), app.Text("This site's "+local.FileName+" is valid and the app shows it.")),
			app.P().ID("pack-summary").Text(s.pack.Summary()+"."),
			app.Button().Type("button").Class("secondary").ID("pack-edit-site").Text("Open it in the form below").OnClick(v.edit),
		)
	case packRefused:
		return app.Div().Class("notice").Body(
			app.P().ID("pack-state").Body(app.Strong().Text("Not used. "), app.Text("This site has a "+local.FileName+", but the app uses none of it until every problem below is fixed: students see the app's own information only.")),
			problemList("pack-problems", s.problems),
			app.If(len(s.raw) > 0, func() app.UI {
				return app.Button().Type("button").Class("secondary").ID("pack-edit-site").Text("Open it in the form below to fix it").OnClick(v.edit)
			}),
		)
	case packUnreadable:
		return app.P().ID("pack-state").Text(local.FileName + " could not be read: " + s.detail + ". Offline, the app uses the copy it kept, if it has one. " + where)
	}
	return app.P().ID("pack-state").Text("Looking for " + local.FileName + "…")
}

// problemList lists problems as the command line prints them: the entry,
// the field and what is wrong.
func problemList(id string, problems []local.Problem) app.UI {
	return app.Ul().ID(id).Class("pack-problems").Body(app.Range(problems).Slice(func(i int) app.UI {
		p := problems[i]
		return app.Li().Body(
			app.If(p.Entry() != "", func() app.UI { return app.Strong().Text(p.Entry() + ": ") }),
			app.If(p.Field != "", func() app.UI { return app.Code().Text(p.Field) }),
			app.If(p.Field != "", func() app.UI { return app.Text(": ") }),
			app.Text(p.Issue),
		)
	}))
}

// hostingGuide is the README's hosting guide in short, for the counselor
// who has the app open and no repository.
func hostingGuide() app.UI {
	steps := []struct{ title, text string }{
		{"Build it", "make static writes the site to dist/. For a sub-path such as https://www.example.org/coach/, build with make static BASE_PATH=/coach; for a GitHub Pages project site, BASE_PATH=/<repository>. A site built for one path does not work at another."},
		{"Upload dist/ as it is", "Upload what is inside dist/, every file and folder, including the .gz and .br copies, to the site's root or to the sub-path's folder. No file types need setting up."},
		{"Set the pages", "Set index.html as the index document and 404.html as the error document (GitHub Pages does both by itself). Where a host does not use 404.html, a mistyped address shows the host's own bare error page instead of the app's; every real page still works."},
		{"Add your pack", "Put " + local.FileName + " in the same folder as index.html. Check it first, here above or with hitcoach pack check local.json. A site with no " + local.FileName + " works as before."},
		{"What a host must not do", "No rewrite rules (such as sending every address to index.html), no deleting or recompressing the .gz and .br files, and no minifying the HTML: each page is allowed its styles by their exact fingerprint."},
		{"Caching", "The host's usual settings are fine. Do not set long cache times on the pages, app.js, app-worker.js or " + local.FileName + ": students would miss your changes. After a change, a student who has visited sees a Reload offer."},
		{"Updating", "Build again with the same BASE_PATH and upload the new dist/ over the old, replacing every file. Keep your " + local.FileName + ": the build does not include it."},
		{"Not from a folder", "Opening dist/index.html from a folder or a USB stick does not work: browsers do not let a page opened as a file (file://) load the app's code or keep it offline, so it stays at \"Loading… 0%\". Serve the folder instead, for example with python3 -m http.server -d dist 8000."},
	}
	return app.Section().ID("hosting").Class("hosting").Aria("labelledby", "hosting-title").Body(
		app.H2().ID("hosting-title").Text("Host the app yourself"),
		app.P().Text("The app is a folder of files that any web host serves as they are: no database, no server program. make static prints how many files and megabytes it wrote. A student's first visit downloads the app's code once (web/app.wasm.gz, nearly all of that visit), and after that the app works offline."),
		app.Ol().Class("hosting-steps").Body(app.Range(steps).Slice(func(i int) app.UI {
			return app.Li().Body(app.Strong().Text(steps[i].title+". "), app.Text(steps[i].text))
		})),
	)
}

// fieldID is the element id of a form field: "pack-programs-0-cost-min".
func fieldID(key string) string {
	b := make([]byte, 0, len(key)+5)
	b = append(b, "pack-"...)
	dash := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == '[' || c == ']' || c == '.' {
			dash = true
			continue
		}
		if dash && b[len(b)-1] != '-' {
			b = append(b, '-')
		}
		dash = false
		b = append(b, c)
	}
	return string(b)
}

func itoa(n int) string { return strconv.Itoa(n) }
