package ui

import (
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageCare is the plan's "Keep your plan" section: whether the browser
// will keep what is saved, and the backup that keeps it whatever the
// browser does. Restoring shows what the file holds and what it replaces,
// asks, and only then replaces; a file it cannot read all through changes
// nothing. It reads and writes the saved state itself and tells the plan,
// which shows that state, with actionBackupRestored.
type storageCare struct {
	app.Compo
	keep    keepFacts
	savedAs string
	// pending is the backup read and waiting to be confirmed; replaces
	// sums up what it would replace.
	pending  *store.Backup
	replaces store.Summary
	// refusal is why the chosen file cannot be restored, with the damaged
	// parts in details.
	refusal  string
	details  []string
	restored bool
	mounted  app.Context
	release  []func()
}

// actionBackupRestored tells the plan that a backup replaced the saved
// state.
const actionBackupRestored = "backup-restored"

func newStorageCare() *storageCare { return &storageCare{} }

func (c *storageCare) OnMount(ctx app.Context) {
	c.mounted = ctx
	c.keep.apple = ctx.IsAppleBrowser()
	c.keep.installed = runsInstalled()
	c.readStorage(ctx)
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(c.readStorage)
		return nil
	})
	app.Window().Call("addEventListener", storageEvent, fn)
	c.release = append(c.release, func() {
		app.Window().Call("removeEventListener", storageEvent, fn)
		fn.Release()
	})
}

func (c *storageCare) OnDismount() {
	for _, r := range c.release {
		r()
	}
	c.release = nil
}

// readStorage reads whether storage refuses to save, and asks the browser
// whether it keeps the app's storage.
func (c *storageCare) readStorage(ctx app.Context) {
	c.keep.failing = storageFailing()
	storage := app.Window().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("persisted").Truthy() {
		c.keep.checked, c.keep.supported = true, false
		return
	}
	whenSettled(storage.Call("persisted"), func(v app.Value, ok bool) {
		ctx.Dispatch(func(app.Context) {
			c.keep.checked, c.keep.supported = true, true
			c.keep.persisted = ok && v.Truthy()
		})
	})
}

func (c *storageCare) save(ctx app.Context, e app.Event) {
	c.savedAs = backupSavedText(saveBackupFile(ctx, "keep"))
}

// choose reads the file chosen to restore from.
func (c *storageCare) choose(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	readChosenFile(input, func(b []byte, err error) {
		c.mounted.Dispatch(func(app.Context) { c.read(b, err) })
	})
	// Emptied, so choosing the same file again reads it again.
	input.Set("value", "")
}

// read takes in a chosen file's bytes, or why they could not be read: a
// backup waits to be confirmed; anything else is refused.
func (c *storageCare) read(b []byte, err error) {
	c.pending, c.refusal, c.details, c.restored, c.savedAs = nil, "", nil, false, ""
	var backup store.Backup
	if err == nil {
		backup, err = store.DecodeBackup(b)
	}
	if err != nil {
		c.refusal, c.details = refusalOf(err)
		focusByID(c.mounted, "backup-refused")
		return
	}
	c.pending = &backup
	c.replaces = store.Summarize(savedNow())
	focusByID(c.mounted, "backup-confirm")
}

// restore replaces everything saved with the backup. Storage that refuses
// keeps it for the session, as it keeps any state (saveState), and the
// plan then says it cannot save.
func (c *storageCare) restore(ctx app.Context, e app.Event) {
	if c.pending == nil {
		return
	}
	saveState(c.pending.State)
	c.pending = nil
	c.restored = true
	ctx.NewAction(actionBackupRestored)
	focusByID(c.mounted, "backup-restored")
}

func (c *storageCare) cancel(ctx app.Context, e app.Event) {
	c.pending = nil
	focusByID(c.mounted, "backup-file")
}

// reloadSaved takes up the state a restored backup saved.
func (b *planBoard) reloadSaved(ctx app.Context) {
	b.saved = loadSaved()
	b.state = b.saved.state
	b.saveError = ""
	b.imported, b.cleared = false, false
}

// summaryLines are the dates of a summary as the plan's history writes
// them (formatDay, UTC).
func summaryLines(s store.Summary) []string { return s.Lines(time.UTC) }

func (c *storageCare) Render() app.UI {
	return app.Section().ID("keep").Class("plan-section no-print").Aria("labelledby", "keep-title").Body(
		app.H2().ID("keep-title").Text("Keep your plan"),
		app.P().ID("storage-kept").Role("status").Text(keepLine(c.keep)),
		app.P().ID("backup-why").Text("A share link is for showing your result to someone; a backup is for keeping everything you saved, here or on another device."),
		app.Div().Class("backup-actions").Body(
			app.Button().Type("button").ID("backup-save").Text("Save a backup").OnClick(c.save),
			app.Div().Class("backup-restore").Body(
				app.Label().For("backup-file").Text("Restore from a backup: choose its file"),
				app.Input().Type("file").ID("backup-file").OnChange(c.choose),
			),
		),
		app.P().ID("backup-saved").Class("status").Role("status").Text(c.savedAs),
		app.If(c.refusal != "", func() app.UI {
			return app.Div().ID("backup-refused").Class("notice").Role("alert").TabIndex(-1).Body(
				app.P().Body(app.Strong().Text(c.refusal)),
				app.If(len(c.details) > 0, func() app.UI {
					return app.Ul().Body(app.Range(c.details).Slice(func(i int) app.UI { return app.Li().Text(c.details[i]) }))
				}),
				app.P().Text("Nothing was changed."),
			)
		}),
		app.If(c.pending != nil, func() app.UI {
			holds := summaryLines(c.pending.Summary())
			replaces := summaryLines(c.replaces)
			return app.Div().ID("backup-confirm").Class("notice").Role("group").TabIndex(-1).Aria("labelledby", "backup-question").Body(
				app.P().ID("backup-question").Body(app.Strong().Text("Restore this backup in place of what is saved here?")),
				app.P().Text("The backup holds:"),
				app.Ul().ID("backup-holds").Body(app.Range(holds).Slice(func(i int) app.UI { return app.Li().Text(holds[i]) })),
				app.P().Text("It replaces what this browser holds now:"),
				app.Ul().ID("backup-replaces").Body(app.Range(replaces).Slice(func(i int) app.UI { return app.Li().Text(replaces[i]) })),
				app.Div().Class("quiz-nav").Body(
					app.Button().Type("button").ID("backup-yes").Text("Yes, restore it").OnClick(c.restore),
					app.Button().Type("button").Class("secondary").ID("backup-cancel").Text("Cancel").OnClick(c.cancel),
				),
			)
		}),
		app.If(c.restored, func() app.UI {
			return app.P().ID("backup-restored").Class("status").Role("status").TabIndex(-1).Text("Your backup is restored.")
		}),
	)
}
