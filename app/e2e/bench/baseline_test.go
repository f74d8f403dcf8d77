//go:build !wasm

package bench

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// The baseline is go-app's hello world as its documentation writes it: one
// component, one route, RunWhenOnBrowser, and the server code behind a build
// tag so it stays out of the wasm. Only the icons differ: the docs' default
// icons live on GitHub, and no request may leave the machine. Its server
// also writes go-app's static website (GenerateStaticWebsite, as go-app's
// docs do it) when given -static: hello's make static, for the takeover
// table.
const (
	helloMain = `// Command hello is go-app's hello world.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// hello is a component that displays a simple "Hello World!".
type hello struct {
	app.Compo
}

// Render displays "Hello World!" as a heading.
func (h *hello) Render() app.UI {
	return app.H1().Text("Hello World!")
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	serve()
}
`
	helloServer = `//go:build !wasm

package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func serve() {
	addr := flag.String("addr", ":8000", "listen address")
	static := flag.String("static", "", "write the static website to this directory and exit")
	flag.Parse()
	h := &app.Handler{
		Name:        "Hello",
		Description: "An Hello World! example",
		Icon: app.Icon{
			Default: "/web/icon-192.png",
			Large:   "/web/icon-512.png",
			SVG:     "/web/icon.svg",
		},
	}
	if *static != "" {
		if err := app.GenerateStaticWebsite(*static, h); err != nil {
			log.Fatal(err)
		}
		return
	}
	http.Handle("/", h)
	if err := http.ListenAndServe(*addr, nil); err != nil {
		log.Fatal(err)
	}
}
`
	helloServerWasm = `//go:build wasm

package main

func serve() {}
`
)

// goAppVersion is the go-app release both apps are built with.
const goAppVersion = "v10.1.11"

// baseline is the built hello world: its module directory, holding
// web/app.wasm, and its server binary.
type baseline struct {
	dir    string
	server string
}

// buildBaseline writes the hello world into a module of its own under dir
// and builds its wasm and its server. The wasm gets -trimpath and -s -w, as
// ours does, but not our -l: a hello world built as the docs build it.
// With -l it would be 10 KB smaller after brotli -9 (1,578,566 against
// 1,588,790 bytes, measured 22 November 2026).
func buildBaseline(moduleRoot, dir string) (*baseline, error) {
	goVersion, err := goDirective(filepath.Join(moduleRoot, "go.mod"))
	if err != nil {
		return nil, err
	}
	gomod := fmt.Sprintf("module example.com/hello\n\ngo %s\n\nrequire github.com/maxence-charriere/go-app/v10 %s\n\nrequire github.com/google/uuid v1.6.0 // indirect\n", goVersion, goAppVersion)
	// Our go.sum already vouches for go-app and its dependencies; missing
	// lines are fetched by -mod=mod from the module proxy.
	sum, err := os.ReadFile(filepath.Join(moduleRoot, "go.sum"))
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{
		"go.mod":         []byte(gomod),
		"go.sum":         sum,
		"main.go":        []byte(helloMain),
		"server.go":      []byte(helloServer),
		"server_wasm.go": []byte(helloServerWasm),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	web := filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return nil, err
	}
	for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		b, err := os.ReadFile(filepath.Join(moduleRoot, "web", icon))
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(web, icon), b, 0o644); err != nil {
			return nil, err
		}
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	build := func(extra []string, args ...string) error {
		cmd := exec.Command("go", append([]string{"build"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(append([]string(nil), env...), extra...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building the baseline (go build %s): %v\n%s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	if err := build([]string{"GOOS=js", "GOARCH=wasm"}, "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), "."); err != nil {
		return nil, err
	}
	bin := filepath.Join(dir, "hello-server")
	if err := build(nil, "-o", bin, "."); err != nil {
		return nil, err
	}
	return &baseline{dir: dir, server: bin}, nil
}

// helloIn builds the baseline in work/hello, or ends the test.
func helloIn(t *testing.T, work string) *baseline {
	t.Helper()
	progress("building go-app's hello world as the baseline")
	dir := filepath.Join(work, "hello")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base, err := buildBaseline(e2e.ModuleRoot(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return base
}

func goDirective(gomod string) (string, error) {
	b, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	m := regexp.MustCompile(`(?m)^go (\S+)`).FindSubmatch(b)
	if m == nil {
		return "", fmt.Errorf("%s has no go directive", gomod)
	}
	return string(m[1]), nil
}

// generateStatic writes hello's static website to out, with its web/
// folder (the wasm and the icons), which go-app leaves to the caller.
func (b *baseline) generateStatic(out string) error {
	cmd := exec.Command(b.server, "-static", out)
	cmd.Dir = b.dir
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("writing hello's static website: %v\n%s", err, b)
	}
	return copyDir(filepath.Join(b.dir, "web"), filepath.Join(out, "web"))
}

// copyDir copies the files of src into dst, folders included, the wasm too
// (e2e.CopyTree leaves it out, as the tests build their own).
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// start runs the baseline's own server on a free loopback port and returns
// its address once it answers.
func (b *baseline) start(ctx context.Context) (addr string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr = ln.Addr().String()
	ln.Close()
	cmd := exec.CommandContext(ctx, b.server, "-addr", addr)
	cmd.Dir = b.dir // the handler serves web/ from its working directory
	// exec copies stderr here and Wait waits for the copy, so it is read
	// only after stop.
	var logged bytes.Buffer
	cmd.Stderr = &logged
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { cmd.Process.Kill(); cmd.Wait() }
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get("http://" + addr + "/")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return "http://" + addr, stop, nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	return "", nil, fmt.Errorf("the baseline server did not answer on %s:\n%s", addr, logged.String())
}
