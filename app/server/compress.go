//go:build !wasm

package server

import (
	"bytes"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
)

// compress serves brotli or gzip to clients that accept them. go-app's
// handler compresses nothing, and the wasm shrinks to about a quarter.
// Compressed bodies are cached by content, so the wasm is compressed once.
func compress(next http.Handler) http.Handler {
	cache := &compressCache{entries: make(map[compressKey][]byte)}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		enc := negotiateEncoding(r.Header.Get("Accept-Encoding"))
		if enc == "" || r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		rec := &recorder{header: make(http.Header), status: http.StatusOK}
		next.ServeHTTP(rec, r)

		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Add("Vary", "Accept-Encoding")
		body := rec.body.Bytes()
		if rec.status != http.StatusOK || len(body) < 512 || !compressible(rec.header.Get("Content-Type"), r.URL.Path) || rec.header.Get("Content-Encoding") != "" {
			w.WriteHeader(rec.status)
			w.Write(body)
			return
		}
		out := cache.get(enc, body)
		w.Header().Set("Content-Encoding", enc)
		w.Header().Set("Content-Length", strconv.Itoa(len(out)))
		w.WriteHeader(rec.status)
		w.Write(out)
	})
}

// negotiateEncoding picks brotli over gzip, and neither when refused.
func negotiateEncoding(accept string) string {
	var gz, br bool
	for _, part := range strings.Split(accept, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.ReplaceAll(params, " ", "") == "q=0" {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "br":
			br = true
		case "gzip":
			gz = true
		}
	}
	switch {
	case br:
		return "br"
	case gz:
		return "gzip"
	}
	return ""
}

func compressible(contentType, path string) bool {
	ct := strings.ToLower(contentType)
	for _, prefix := range []string{"text/", "application/javascript", "application/json", "application/manifest+json", "application/wasm", "image/svg+xml"} {
		if strings.HasPrefix(ct, prefix) {
			return true
		}
	}
	return strings.HasSuffix(path, ".wasm") || strings.HasSuffix(path, ".js") || strings.HasSuffix(path, ".css")
}

type compressKey struct {
	enc  string
	hash uint64
	size int
}

type compressCache struct {
	mu      sync.Mutex
	entries map[compressKey][]byte
}

func (c *compressCache) get(enc string, body []byte) []byte {
	h := fnv.New64a()
	h.Write(body)
	key := compressKey{enc: enc, hash: h.Sum64(), size: len(body)}
	c.mu.Lock()
	defer c.mu.Unlock()
	if out, ok := c.entries[key]; ok {
		return out
	}
	out := Compress(enc, body)
	c.entries[key] = out
	return out
}

// Compress encodes body with "br" or "gzip" at a level worth paying for once.
func Compress(enc string, body []byte) []byte {
	var buf bytes.Buffer
	switch enc {
	case "br":
		w := brotli.NewWriterLevel(&buf, 9)
		w.Write(body)
		w.Close()
	case "gzip":
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		w.Write(body)
		w.Close()
	}
	return buf.Bytes()
}

// recorder keeps a response in memory so it can be compressed whole.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}
