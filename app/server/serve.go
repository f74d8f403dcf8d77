//go:build !wasm

package server

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/hitcoach/hitcoach/data"
)

// Main runs the command line: "serve" (the default) or "static".
func Main(args []string) {
	if err := run(args); err != nil {
		fmt.Fprintln(os.Stderr, "hitcoach:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if _, err := data.Load(); err != nil {
		return fmt.Errorf("the career data is invalid:\n%w", err)
	}
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		root := fs.String("root", ".", "directory holding web/")
		addr := fs.String("addr", "", "listen address (default localhost:$PORT, PORT defaults to 8000)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		if *addr == "" {
			port := os.Getenv("PORT")
			if port == "" {
				port = "8000"
			}
			*addr = "localhost:" + port
		}
		return serve(*root, *addr)
	case "static":
		fs := flag.NewFlagSet("static", flag.ContinueOnError)
		root := fs.String("root", ".", "directory holding web/")
		out := fs.String("out", "dist", "output directory")
		base := fs.String("base", "", "sub-path the site is hosted under, such as /coach")
		if err := fs.Parse(args); err != nil {
			return err
		}
		return GenerateStatic(*root, *out, *base)
	}
	return fmt.Errorf("unknown command %q (want serve or static)", cmd)
}

func serve(root, addr string) error {
	h, err := NewServer(Options{Root: root})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	log.Printf("serving the HIT Career Coach on http://%s", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
