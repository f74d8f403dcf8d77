package ui

import (
	"fmt"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// savedState is what the quiz and plan pages read from local storage: the
// state, what could not be read in it, and whether storage works at all.
type savedState struct {
	state    store.State
	problems []store.Problem
	// storageError is set when the browser refuses local storage, for
	// example in some private modes.
	storageError string
}

// The quiz and the plan keep their state as one string in local storage,
// written and read by the store package, rather than through go-app's
// LocalStorage, which would wrap it in its own JSON and hide damage from the
// decoder.

// stringStore is where saved data is kept: the browser's local storage, or
// a map in native tests, which have no browser.
type stringStore interface {
	get(key string) (string, error)
	set(key, value string) error
	remove(key string) error
}

var savedData stringStore = browserStorage{}

// loadSaved reads and decodes the saved state. Damaged data is copied to
// store.DamagedKey first, so saving the repaired state later loses nothing.
func loadSaved() savedState {
	var out savedState
	raw, err := savedData.get(store.Key)
	if err != nil {
		out.storageError = err.Error()
		return out
	}
	s, err := store.Decode([]byte(raw))
	out.state = s
	if de, ok := err.(*store.DecodeError); ok {
		out.problems = de.Problems
		if err := savedData.set(store.DamagedKey, raw); err != nil {
			out.storageError = err.Error()
		}
	}
	return out
}

// saveState writes the state; the error says why it could not.
func saveState(s store.State) error {
	return savedData.set(store.Key, string(store.Encode(s)))
}

// clearSaved removes everything the app saved.
func clearSaved() error {
	if err := savedData.remove(store.Key); err != nil {
		return err
	}
	return savedData.remove(store.DamagedKey)
}

// browserStorage is the browser's local storage.
type browserStorage struct{}

func localStorage() app.Value {
	return app.Window().Get(answerStorage()) // session storage on a shared computer (local_shared.go)
}

// The browser throws when storage is disabled or full; syscall/js turns
// that into a panic, which must not take the page down.
func storageCall(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("this browser does not let the app save data (%v)", r)
		}
	}()
	f()
	return nil
}

func (browserStorage) get(key string) (string, error) {
	var s string
	err := storageCall(func() {
		ls := localStorage()
		if !ls.Truthy() {
			panic("local storage is not available")
		}
		if v := ls.Call("getItem", key); v.Truthy() {
			s = v.String()
		}
	})
	return s, err
}

func (browserStorage) set(key, value string) error {
	return storageCall(func() { localStorage().Call("setItem", key, value) })
}

func (browserStorage) remove(key string) error {
	return storageCall(func() { localStorage().Call("removeItem", key) })
}
