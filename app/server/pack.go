//go:build !wasm

package server

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// errPackProblems ends `hitcoach pack check` with status 1 when the app
// would not use the pack; the problems are printed already.
var errPackProblems = errors.New("the app would not use this pack: fix the problems above")

// definePack is `hitcoach pack check FILE`: it checks a counselor's
// local.json against this version's data and prints what the /counselor
// page would say, so a pack can be checked before it is uploaded.
func definePack(fs *flag.FlagSet) func(args []string) error {
	return func(args []string) error {
		if len(args) != 2 || args[0] != "check" {
			fmt.Fprintln(fs.Output(), `hitcoach pack: say what to do and with which file, such as "hitcoach pack check local.json"`)
			fs.Usage()
			return errUsage
		}
		return checkPack(os.Stdout, args[1])
	}
}

// checkPack prints the report of the pack at path: a summary of a valid
// pack, or each problem one a line.
func checkPack(w io.Writer, path string) error {
	d, err := data.Load()
	if err != nil {
		return fmt.Errorf("the career data is invalid:\n%w", err)
	}
	report, ok := local.CheckFile(path, d)
	fmt.Fprintln(w, report)
	if !ok {
		return errPackProblems
	}
	return nil
}
