package ui

import (
	"errors"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A backup is a file of everything saved, made in the page and handed to
// the browser's own download; restoring reads a file the student chooses.
// Neither sends anything anywhere: the file never leaves the device unless
// the student takes it.

// errNothingSaved is why no backup is made when nothing is saved yet.
var errNothingSaved = errors.New("nothing is saved yet")

// saveBackupFile downloads a backup of everything saved and returns the
// file's name. The link that starts the download is put inside the element
// with the id holder for the moment of the click: some browsers download
// only from a link in the document, and go-app keeps the body to itself.
func saveBackupFile(ctx app.Context, holder string) (string, error) {
	s := savedNow()
	if store.Summarize(s).Empty() {
		return "", errNothingSaved
	}
	made := time.Now()
	b, err := store.EncodeBackup(store.NewBackup(s, made))
	if err != nil {
		return "", err
	}
	name := store.BackupFileName(made)
	if !app.IsClient {
		return name, nil
	}
	w := app.Window()
	bytes := w.Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(bytes, b)
	blob := w.Get("Blob").New([]any{bytes}, map[string]any{"type": "application/json"})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	if h := w.GetElementByID(holder); h.Truthy() {
		h.Call("appendChild", a)
	}
	a.Call("click")
	a.Call("remove")
	// The browser reads the file when the download starts, which can be
	// after the click returns.
	ctx.After(time.Minute, func(app.Context) { w.Get("URL").Call("revokeObjectURL", url) })
	return name, nil
}

// backupSavedText says where a backup went, or why none was made.
func backupSavedText(name string, err error) string {
	switch {
	case errors.Is(err, errNothingSaved):
		return "Nothing is saved yet, so there is nothing to back up."
	case err != nil:
		return "The backup could not be made: " + err.Error() + "."
	}
	return "Your backup is saved as “" + name + "” with your downloads. Keep it somewhere safe, off this device if you can."
}

// maxBackupRead is the largest file read at all; DecodeBackup refuses
// anything over store.MaxBackupSize once blank space is trimmed.
const maxBackupRead = 4 * store.MaxBackupSize

// errUnreadableFile is why a chosen file could not be read at all.
var errUnreadableFile = &store.BackupError{Reason: "This file could not be read. Choose it again, or another copy of it."}

// readChosenFile reads the first file chosen in a file input and calls done
// with its bytes, or the reason it cannot be. done runs outside go-app's UI
// goroutine.
func readChosenFile(input app.Value, done func([]byte, error)) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	if file.Get("size").Int() > maxBackupRead {
		done(nil, &store.BackupError{Reason: store.ReasonTooBig})
		return
	}
	// Blob.arrayBuffer is newer than the rest of what the app needs; a
	// Response made from the file reads it the same way (no request).
	var read app.Value
	if file.Get("arrayBuffer").Truthy() {
		read = file.Call("arrayBuffer")
	} else {
		read = app.Window().Get("Response").New(file).Call("arrayBuffer")
	}
	whenSettled(read, func(buf app.Value, ok bool) {
		if !ok {
			done(nil, errUnreadableFile)
			return
		}
		view := app.Window().Get("Uint8Array").New(buf)
		b := make([]byte, view.Length())
		app.CopyBytesToGo(b, view)
		done(b, nil)
	})
}

// refusalOf is what the app says about a file it will not restore: the
// reason, and the damaged parts where those are why.
func refusalOf(err error) (reason string, details []string) {
	var be *store.BackupError
	if !errors.As(err, &be) {
		return errUnreadableFile.Reason, nil
	}
	for _, p := range be.Problems {
		details = append(details, p.String())
	}
	return be.Reason, details
}
