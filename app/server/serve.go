//go:build !wasm

package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func defineServe(fs *flag.FlagSet) func(args []string) error {
	root := fs.String("root", ".", "the folder that holds web/ with the built app.wasm (make build)")
	addr := fs.String("addr", "", "the address to listen on; default localhost:$PORT, or localhost:8000 without PORT.\n"+
		"Use :8000 to serve other devices on the network too (make run ADDR=:8000)")
	pack := fs.String("pack", "", "a counselor's local.json to serve as the site's /local.json, read again at every request,\n"+
		"to see a pack in the app before uploading it (make run PACK=local.json)")
	return func([]string) error {
		if err := checkData(); err != nil {
			return err
		}
		if *addr == "" {
			port := os.Getenv("PORT")
			if port == "" {
				port = "8000"
			}
			*addr = "localhost:" + port
		}
		if *pack != "" {
			if _, err := os.Stat(*pack); err != nil {
				return fmt.Errorf("the pack to serve: %w", err)
			}
		}
		return serve(Options{Root: *root, Pack: *pack}, *addr, os.Stdout)
	}
}

// serve answers on addr until Ctrl+C, then stops gracefully.
func serve(o Options, addr string, out io.Writer) error {
	h, err := NewServer(o)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if o.Pack != "" {
		if err := announcePack(out, o.Pack); err != nil {
			return err
		}
	}
	fmt.Fprint(out, servingMessage(ln.Addr().(*net.TCPAddr), networkAddresses()))
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(out, "Stopped.")
	return nil
}

// announcePack says which pack hitcoach serve -pack serves and what
// hitcoach pack check says of it now. A pack the app would not use is
// served all the same, so /counselor can list its problems in the app.
func announcePack(out io.Writer, path string) error {
	fmt.Fprintf(out, "The counselor's pack %s is served as /local.json. As it is now:\n", path)
	if err := checkPack(out, path); err != nil && !errors.Is(err, errPackProblems) {
		return err
	}
	fmt.Fprintln(out, "Edit it and reload the page to see a change; /counselor checks it again.")
	return nil
}

// servingMessage says where to open the app and how to stop the server.
// Listening on every interface (-addr :8000), the address the server
// reports, "[::]:8000", opens nothing in a browser: it names localhost and
// this computer's addresses on the network instead.
func servingMessage(at *net.TCPAddr, lan []net.IP) string {
	port := fmt.Sprint(at.Port)
	var b strings.Builder
	if !at.IP.IsUnspecified() {
		fmt.Fprintf(&b, "Serving the HIT Career Coach on http://%s/\n", net.JoinHostPort(hostName(at.IP), port))
	} else {
		fmt.Fprintf(&b, "Serving the HIT Career Coach on http://localhost:%s/ on this computer", port)
		if len(lan) == 0 {
			b.WriteString(" (no network address found)\n")
		} else {
			b.WriteString(", and to other devices on the network at\n")
			for _, ip := range lan {
				fmt.Fprintf(&b, "  http://%s/\n", net.JoinHostPort(ip.String(), port))
			}
		}
	}
	b.WriteString("Press Ctrl+C to stop.\n")
	return b.String()
}

func hostName(ip net.IP) string {
	if ip.IsLoopback() {
		return "localhost"
	}
	return ip.String()
}

// networkAddresses are this computer's IPv4 addresses other than loopback,
// the ones a phone on the same network can reach.
func networkAddresses() []net.IP {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var ips []net.IP
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			ips = append(ips, n.IP)
		}
	}
	return ips
}
