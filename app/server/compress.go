//go:build !wasm

package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
)

// Compression serves brotli or gzip to clients that accept them. go-app's
// handler compresses nothing, and the wasm shrinks to about a quarter.
// Compressed bodies are cached by content, so the wasm is compressed once.
func Compression(next http.Handler) http.Handler {
	cache := &compressCache{entries: make(map[compressKey]*compressed)}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		rec := &recorder{header: make(http.Header), status: http.StatusOK}
		next.ServeHTTP(rec, r)

		for k, v := range rec.header {
			w.Header()[k] = v
		}
		body := rec.body.Bytes()
		if !compressible(rec.header.Get("Content-Type"), r.URL.Path) {
			w.WriteHeader(rec.status)
			w.Write(body)
			return
		}
		// Identity answers vary too: a shared cache must not hand them to a
		// client that asked for brotli, nor brotli to one that refused it.
		w.Header().Add("Vary", "Accept-Encoding")
		enc := negotiateEncoding(r.Header.Get("Accept-Encoding"))
		if enc == "" || rec.status != http.StatusOK || len(body) < 512 || rec.header.Get("Content-Encoding") != "" {
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

// negotiateEncoding picks the accepted encoding with the highest quality,
// brotli over gzip on a tie, and neither when both are refused (q=0) or not
// named. A "*" is not taken as consent: identity is always safe.
func negotiateEncoding(accept string) string {
	quality := map[string]float64{}
	for _, part := range strings.Split(accept, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "br" && name != "gzip" {
			continue
		}
		q := 1.0
		for _, param := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(param), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				parsed, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil {
					parsed = 0
				}
				q = parsed
			}
		}
		quality[name] = q
	}
	switch {
	case quality["br"] > 0 && quality["br"] >= quality["gzip"]:
		return "br"
	case quality["gzip"] > 0:
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

const maxCompressCacheEntries = 512

type compressCache struct {
	mu      sync.Mutex
	entries map[compressKey]*compressed
}

// compressed is one body, compressed by the first request that needs it
// while others wait for it; unrelated bodies do not wait.
type compressed struct {
	once sync.Once
	out  []byte
}

func (c *compressCache) get(enc string, body []byte) []byte {
	h := fnv.New64a()
	h.Write(body)
	key := compressKey{enc: enc, hash: h.Sum64(), size: len(body)}
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		// Pages and files are few and fixed for a build; the bound only
		// stops a long-running server from growing without end.
		if len(c.entries) >= maxCompressCacheEntries {
			clear(c.entries)
		}
		e = &compressed{}
		c.entries[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.out = Compress(enc, body) })
	return e.out
}

// Compress encodes body with "br" or "gzip" at a level worth paying for once.
// A large body (the wasm) is also kept compressed in the user's cache
// folder, by its SHA-256: compressing the wasm takes seconds, and every
// server start and static build of the same wasm (the browser tests run a
// dozen) would pay them again.
func Compress(enc string, body []byte) []byte {
	if len(body) < diskCacheFrom {
		return compress(enc, body)
	}
	path := diskCachePath(enc, body)
	if path != "" {
		if out, err := os.ReadFile(path); err == nil && len(out) > 0 {
			return out
		}
	}
	out := compress(enc, body)
	if path != "" && os.MkdirAll(filepath.Dir(path), 0o755) == nil {
		// Written aside and renamed, so a reader never sees half a file.
		if f, err := os.CreateTemp(filepath.Dir(path), "part-*"); err == nil {
			_, werr := f.Write(out)
			if cerr := f.Close(); werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
				os.Remove(f.Name())
			}
		}
		pruneDiskCache(filepath.Dir(path))
	}
	return out
}

// diskCacheKeep is how many compressed files the cache folder keeps: each
// build's wasm, in two encodings, for a few builds.
const diskCacheKeep = 8

// pruneDiskCache removes all but the newest diskCacheKeep files.
func pruneDiskCache(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) <= diskCacheKeep {
		return
	}
	type file struct {
		path string
		mod  int64
	}
	files := make([]file, 0, len(entries))
	for _, e := range entries {
		if info, err := e.Info(); err == nil && !e.IsDir() {
			files = append(files, file{filepath.Join(dir, e.Name()), info.ModTime().UnixNano()})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].mod > files[j].mod })
	for _, f := range files[min(len(files), diskCacheKeep):] {
		os.Remove(f.path)
	}
}

// diskCacheFrom is the size from which a compressed body is kept on disk.
const diskCacheFrom = 1 << 20

// diskCachePath is where body compressed with enc is kept, or "" when the
// system names no cache folder. The name says the level, so a change of
// level is a new file.
func diskCachePath(enc string, body []byte) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(body)
	return filepath.Join(dir, "hitcoach", "compressed", hex.EncodeToString(sum[:])+"."+enc+"9")
}

func compress(enc string, body []byte) []byte {
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
