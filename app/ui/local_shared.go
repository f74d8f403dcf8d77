package ui

import (
	"strconv"
	"strings"
	"sync"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Shared-computer mode: in a computer room the next student must not see
// the last one's answers. The pack's sharedComputer setting turns it on for
// every visitor; a student can turn it on for themselves on the plan page.
// Either way the answers live in session storage, which the browser
// forgets when it closes, instead of local storage; in the "idle" mode they
// are also cleared after some minutes without a key press or a tap.
//
// The pack arrives after the quiz and the plan have read the answers, so
// the pack's mode is also remembered in local storage (sharedPackKey, no
// personal data): the next start knows it at once. When the mode changes,
// the saved answers move to the other storage, and the quiz and the plan,
// which hold them in memory, save to the new place from then on.

const (
	// sharedPackKey, in local storage, is the pack's mode when last read:
	// "session" or "idle:20".
	sharedPackKey = "hitcoach.shared"
	// sharedChoiceKey, in session storage, is a student's own choice.
	sharedChoiceKey = "hitcoach.shared.choice"
	// clearedKey, in session storage, tells the page that "Finish and
	// clear" or the idle clock has just cleared the answers.
	clearedKey = "hitcoach.cleared"
)

// sharedSetting is the shared-computer mode in force.
type sharedSetting struct {
	mode        local.Mode // off, session or idle
	idleMinutes int
	// byPack is set when the pack sets the mode; otherwise it is the
	// student's own choice.
	byPack bool
}

func (s sharedSetting) on() bool { return s.mode == local.ModeSession || s.mode == local.ModeIdle }

var shared struct {
	sync.Mutex
	read    bool
	pack    sharedSetting // the pack's setting, remembered or read
	student bool          // the student's choice
}

// readShared takes the remembered setting from the browser, once.
func readShared() {
	if shared.read || !app.IsClient {
		return
	}
	shared.read = true
	shared.pack = parseSharedFlag(storageGet("localStorage", sharedPackKey))
	shared.student = storageGet("sessionStorage", sharedChoiceKey) == "on"
}

// parseSharedFlag reads sharedPackKey's value.
func parseSharedFlag(v string) sharedSetting {
	mode, minutes, _ := strings.Cut(v, ":")
	switch local.Mode(mode) {
	case local.ModeSession:
		return sharedSetting{mode: local.ModeSession, byPack: true}
	case local.ModeIdle:
		if n, err := strconv.Atoi(minutes); err == nil && n >= 1 && n <= local.MaxIdle {
			return sharedSetting{mode: local.ModeIdle, idleMinutes: n, byPack: true}
		}
	}
	return sharedSetting{mode: local.ModeOff}
}

// sharedFlag writes a setting as sharedPackKey's value.
func sharedFlag(s sharedSetting) string {
	if s.mode == local.ModeIdle {
		return string(s.mode) + ":" + strconv.Itoa(s.idleMinutes)
	}
	return string(s.mode)
}

// currentShared is the mode in force: the pack's when it sets one, else the
// student's choice.
func currentShared() sharedSetting {
	shared.Lock()
	defer shared.Unlock()
	readShared()
	return effectiveShared()
}

func effectiveShared() sharedSetting {
	if shared.pack.on() {
		return shared.pack
	}
	if shared.student {
		return sharedSetting{mode: local.ModeSession}
	}
	return sharedSetting{mode: local.ModeOff}
}

// answerStorage names the browser storage that holds the answers:
// quiz_storage.go reads and writes there.
func answerStorage() string {
	if currentShared().on() {
		return "sessionStorage"
	}
	return "localStorage"
}

// setPackShared applies the setting of a pack just read: p is nil when
// there is no local.json. A refused or unreadable file changes nothing, so
// a broken pack never turns a shared computer's protection off.
func setPackShared(s packState) {
	if s.status != packUsed && s.status != packNone {
		return
	}
	sc := s.pack.Shared()
	next := sharedSetting{mode: sc.Mode, idleMinutes: sc.IdleMinutes, byPack: true}
	if !next.on() {
		next = sharedSetting{mode: local.ModeOff}
	}
	changeShared(func() { shared.pack = next })
	if next.on() {
		storageSet("localStorage", sharedPackKey, sharedFlag(next))
	} else {
		storageRemove("localStorage", sharedPackKey)
	}
}

// setStudentShared records a student's own choice on the plan page.
func setStudentShared(on bool) {
	changeShared(func() { shared.student = on })
	if on {
		storageSet("sessionStorage", sharedChoiceKey, "on")
	} else {
		storageRemove("sessionStorage", sharedChoiceKey)
	}
}

// changeShared changes the setting and moves the saved answers to the
// storage the new setting uses.
func changeShared(change func()) {
	shared.Lock()
	readShared()
	before := effectiveShared().on()
	change()
	after := effectiveShared().on()
	shared.Unlock()
	switch {
	case !before && after:
		moveAnswers("localStorage", "sessionStorage")
	case before && !after:
		moveAnswers("sessionStorage", "localStorage")
	}
}

// answerKeys are the keys that hold a student's answers and plan.
var answerKeys = []string{store.Key, store.DamagedKey}

func moveAnswers(from, to string) {
	for _, k := range answerKeys {
		if v := storageGet(from, k); v != "" {
			storageSet(to, k, v)
		}
		storageRemove(from, k)
	}
}

// hasAnswers reports whether anything of a student's is saved, anywhere.
func hasAnswers() bool {
	for _, area := range []string{"localStorage", "sessionStorage"} {
		for _, k := range answerKeys {
			if storageGet(area, k) != "" {
				return true
			}
		}
	}
	return false
}

// finishAndClear deletes the answers from both storages and starts the
// app afresh on the home page, which also empties what the quiz and the
// plan hold in memory. The next page says the answers were cleared.
func finishAndClear() {
	if !app.IsClient {
		return
	}
	for _, area := range []string{"localStorage", "sessionStorage"} {
		for _, k := range answerKeys {
			storageRemove(area, k)
		}
	}
	storageSet("sessionStorage", clearedKey, "1")
	app.Window().Get("location").Call("replace", rootPrefix()+"/")
}

// takeCleared reports, once, that the answers were just cleared.
func takeCleared() bool {
	if !app.IsClient || storageGet("sessionStorage", clearedKey) == "" {
		return false
	}
	storageRemove("sessionStorage", clearedKey)
	return true
}

// The storage helpers never fail loudly: a browser that refuses storage
// has nothing to clear, and the quiz and the plan say so themselves.

func storageGet(area, key string) string {
	var s string
	storageCall(func() {
		if st := app.Window().Get(area); st.Truthy() {
			if v := st.Call("getItem", key); v.Truthy() {
				s = v.String()
			}
		}
	})
	return s
}

func storageSet(area, key, value string) {
	storageCall(func() { app.Window().Get(area).Call("setItem", key, value) })
}

func storageRemove(area, key string) {
	storageCall(func() { app.Window().Get(area).Call("removeItem", key) })
}
