package ui

import (
	"errors"
	"fmt"
	"strings"

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

// The state storage refused is kept here for the rest of the page's
// session, so the quiz and the plan go on from it as if it were saved: a
// full or disabled storage, or a private window that throws on write, must
// not lose what the student just did. Pages read it before storage, as it
// is newer. It goes as soon as a write succeeds, or on clearing.
var unsaved struct {
	raw    []byte // the encoded state; nil while storage holds everything
	reason string // why storage refused it
}

// loadSaved reads and decodes the saved state. Damaged data is copied to
// store.DamagedKey first, so saving the repaired state later loses nothing.
func loadSaved() savedState {
	var out savedState
	if unsaved.raw != nil {
		out.state, _ = store.Decode(unsaved.raw)
		out.storageError = unsaved.reason
		return out
	}
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

// savedNow is everything saved, as a backup holds it: what storage refused
// this session, or else what it holds, as far as it can be read.
func savedNow() store.State {
	if unsaved.raw != nil {
		s, _ := store.Decode(unsaved.raw)
		return s
	}
	raw, err := savedData.get(store.Key)
	if err != nil {
		return store.State{}
	}
	s, _ := store.Decode([]byte(raw))
	return s
}

// saveState writes the state; the error says why it could not. A state
// that could not be written is kept for the session (unsaved). The first
// time something is saved, the app asks the browser to keep its storage.
func saveState(s store.State) error {
	raw := store.Encode(s)
	failed := unsaved.raw != nil
	if err := savedData.set(store.Key, string(raw)); err != nil {
		unsaved.raw, unsaved.reason = raw, err.Error()
		if !failed {
			announceStorage()
		}
		return err
	}
	unsaved.raw, unsaved.reason = nil, ""
	if failed {
		announceStorage()
	}
	askToKeep()
	return nil
}

// storageFailing reports whether storage refuses the app's data now.
func storageFailing() bool {
	return unsaved.raw != nil || !storageReadable()
}

// clearSaved removes everything the app saved. Where storage cannot even
// be read, nothing of the app's is on the device, and forgetting what the
// session holds is all clearing takes.
func clearSaved() error {
	for _, key := range []string{store.Key, store.DamagedKey} {
		if err := savedData.remove(key); err != nil && storageReadable() {
			return err
		}
	}
	unsaved.raw, unsaved.reason = nil, ""
	return nil
}

func storageReadable() bool {
	_, err := savedData.get(store.Key)
	return err == nil
}

// browserStorage is the browser's local storage.
type browserStorage struct{}

func localStorage() app.Value {
	return app.Window().Get(answerStorage()) // session storage on a shared computer (local_shared.go)
}

// The browser throws when storage is disabled or full; syscall/js turns
// that into a panic, which must not take the page down. The error says
// which, in words the cannot-save message can show.
func storageCall(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = storageRefusal(fmt.Sprint(r))
		}
	}()
	f()
	return nil
}

// The reasons storage refuses, as the cannot-save message words them.
var (
	errStorageFull    = errors.New("this device has no room left for what the app saves")
	errStorageRefused = errors.New("this browser does not let the app save anything here, as in a private window or with site data blocked")
)

// storageRefusal tells a full storage from a refused one by what the
// browser threw: every engine names the quota when storage is full
// (QuotaExceededError, "exceeded the quota", NS_ERROR_DOM_QUOTA_REACHED).
func storageRefusal(thrown string) error {
	if strings.Contains(strings.ToLower(thrown), "quota") {
		return errStorageFull
	}
	return errStorageRefused
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
