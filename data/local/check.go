//go:build !wasm

package local

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// CheckFile checks the pack at path against d, for `hitcoach pack check
// FILE`. The report is what to print: a summary of a valid pack, or every
// problem one a line, with the same messages as the /counselor page. It
// reads no more than the size limit allows.
func CheckFile(path string, d *data.Data) (report string, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("%s: cannot read: %v", path, err), false
	}
	defer f.Close()
	// One byte past the limit is enough for Decode to say it is too large;
	// Stat gives the real size for the message.
	b, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return fmt.Sprintf("%s: cannot read: %v", path, err), false
	}
	if info, err := f.Stat(); err == nil && info.Size() > MaxBytes {
		return fmt.Sprintf("%s: not used, 1 problem:\n  %s", path, TooLarge(info.Size())), false
	}
	pack, problems := Decode(b, d)
	if len(problems) > 0 {
		word := "problems"
		if len(problems) == 1 {
			word = "problem"
		}
		lines := strings.ReplaceAll(Report(problems), "\n", "\n  ")
		return fmt.Sprintf("%s: not used, %d %s:\n  %s", path, len(problems), word, lines), false
	}
	return fmt.Sprintf("%s: valid, version %d: %s", path, pack.Version, pack.Summary()), true
}
