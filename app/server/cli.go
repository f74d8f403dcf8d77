//go:build !wasm

package server

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// command is one subcommand of hitcoach. Adding one is one entry in
// commands: its name, what it does, and a function that defines its flags
// on a flag set and returns what runs once they are parsed.
type command struct {
	name    string
	args    string // what follows the flags in its usage line, such as "check FILE"
	summary string
	define  func(fs *flag.FlagSet) func(args []string) error
}

// commands are hitcoach's subcommands, in the order -h lists them; the first
// is the default.
var commands = []command{
	{name: "serve", summary: "serve the app from this computer, for a browser here or on the network", define: defineServe},
	{name: "static", summary: "write the app as a static site for any web host (make static)", define: defineStatic},
	{name: "pack", args: "check FILE", summary: "check a counselor's local.json, with the messages of the app's /counselor page", define: definePack},
}

// Main runs the command line and exits: 0 when done or when help was asked
// for, 2 for a command line it cannot read, 1 for any other failure.
func Main(args []string) {
	err := run(args, os.Stdout, os.Stderr)
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.Is(err, errUsage):
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, "hitcoach:", err)
	os.Exit(1)
}

// errUsage marks a command line hitcoach cannot read; the message has been
// printed already.
var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) error {
	name := commands[0].name
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "-help" || a == "--help" || a == "help":
			usage(stdout)
			return flag.ErrHelp
		case !strings.HasPrefix(a, "-"):
			name, args = a, args[1:]
		}
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		fs := flag.NewFlagSet("hitcoach "+c.name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		runCommand := c.define(fs)
		fs.Usage = func() {
			fmt.Fprintf(fs.Output(), "Usage: %s\n\n%s.\n\n", c.usageLine(), capitalize(c.summary))
			fs.PrintDefaults()
		}
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		if c.args == "" && fs.NArg() > 0 {
			fmt.Fprintf(stderr, "hitcoach %s: unexpected argument %q\n", c.name, fs.Arg(0))
			fs.Usage()
			return errUsage
		}
		return runCommand(fs.Args())
	}
	fmt.Fprintf(stderr, "hitcoach: unknown command %q. The commands are %s; \"hitcoach -h\" lists them with their flags.\n", name, commandNames())
	return errUsage
}

// usage lists every command with its flags.
func usage(w io.Writer) {
	fmt.Fprintln(w, "hitcoach: the HIT Career Coach, an offline career coach for Health Information Technicians.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	width := 0
	for _, c := range commands {
		width = max(width, len(c.usageLine()))
	}
	for _, c := range commands {
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.usageLine(), c.summary)
	}
	fmt.Fprintf(w, "\nWith no command, hitcoach runs %q.\n", commands[0].name)
	for _, c := range commands {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.define(fs)
		fmt.Fprintf(w, "\nFlags of %q:\n", c.name)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

func (c command) usageLine() string {
	line := "hitcoach " + c.name + " [flags]"
	if c.args != "" {
		line += " " + c.args
	}
	return line
}

func commandNames() string {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// checkData stops a command before it serves or writes an app whose career
// data is invalid, naming the file, the entry and the field.
func checkData() error {
	if _, err := data.Load(); err != nil {
		return fmt.Errorf("the career data is invalid:\n%w", err)
	}
	return nil
}
