//go:build !wasm

package bench

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hitcoach/hitcoach/app/server"
)

// site is one app served on loopback, with a count of every byte its
// server has written to the wire: headers, bodies as sent, for the page and
// for its service worker alike.
type site struct {
	name   string
	origin string
	sent   *atomic.Int64
	stop   func()
}

// serveCounting serves h on a free loopback port and counts the bytes it
// sends.
func serveCounting(name string, h http.Handler) (*site, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	sent := new(atomic.Int64)
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(&countingListener{Listener: ln, sent: sent})
	return &site{name: name, origin: "http://" + ln.Addr().String(), sent: sent, stop: func() { srv.Close() }}, nil
}

type countingListener struct {
	net.Listener
	sent *atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &countingConn{Conn: c, sent: l.sent}, nil
}

type countingConn struct {
	net.Conn
	sent *atomic.Int64
}

func (c *countingConn) Write(b []byte) (int, error) {
	n, err := c.Conn.Write(b)
	c.sent.Add(int64(n))
	return n, err
}

// waitQuiet waits until the server has sent nothing for quiet, so a first
// visit's late fetches (the service worker's precache) are counted.
func (s *site) waitQuiet(quiet, max time.Duration) {
	deadline := time.Now().Add(max)
	last := s.sent.Load()
	since := time.Now()
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if n := s.sent.Load(); n != last {
			last, since = n, time.Now()
			continue
		}
		if time.Since(since) >= quiet {
			return
		}
	}
}

// benchAssetsPrefix is where the bench serves fuse.js and the search corpus,
// from the app's own origin so the page's CSP lets them in.
const benchAssetsPrefix = "/__bench/"

// withBenchAssets serves the bench's files beside the app, and makes pages
// opened with ?bench=1 cross-origin isolated: that gives performance.now()
// a 5 µs resolution instead of 100 µs, which a keystroke needs.
func withBenchAssets(app http.Handler, assetsDir string) http.Handler {
	assets := http.StripPrefix(benchAssetsPrefix, http.FileServer(http.Dir(assetsDir)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, benchAssetsPrefix) {
			if strings.HasSuffix(r.URL.Path, ".mjs") {
				w.Header().Set("Content-Type", "text/javascript")
			}
			w.Header().Set("Cross-Origin-Resource-Policy", "same-origin")
			assets.ServeHTTP(w, r)
			return
		}
		if r.URL.Query().Get("bench") == "1" {
			w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
			w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		}
		app.ServeHTTP(w, r)
	})
}

// baselineFront serves the baseline's own server, which runs in a process
// of its own because go-app's routes are global, through the same
// compression as ours.
func baselineFront(backend string) (http.Handler, error) {
	u, err := url.Parse(backend)
	if err != nil {
		return nil, err
	}
	return server.Compression(httputil.NewSingleHostReverseProxy(u)), nil
}
