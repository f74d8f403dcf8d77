//go:build !wasm

package server

import (
	"net/http"
	"sync"
)

// maxCachedPages bounds the page cache: page requests carry queries (a
// search, a comparison, a shared plan), so the addresses are unbounded.
const maxCachedPages = 128

// pageCache keeps each prerendered page by its address. A page depends on
// nothing but its address and the build, yet go-app writes attributes in a
// different order on each render, so without it every request was rendered
// again and, having new bytes, compressed again: about 15 ms more before the
// first byte of the home page.
type pageCache struct {
	mu    sync.Mutex
	pages map[string]*cachedPage
}

type cachedPage struct {
	status int
	header http.Header
	body   []byte
}

func newPageCache() *pageCache { return &pageCache{pages: make(map[string]*cachedPage)} }

func (c *pageCache) get(address string) (*cachedPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.pages[address]
	return p, ok
}

// put keeps a page; when the cache is full it starts again from empty, which
// costs one render per page and needs no bookkeeping of use.
func (c *pageCache) put(address string, p *cachedPage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pages) >= maxCachedPages {
		clear(c.pages)
	}
	c.pages[address] = p
}

// writeTo answers r with the page, or with 304 Not Modified when r already
// holds this version of it, as go-app's handler does.
func (p *cachedPage) writeTo(w http.ResponseWriter, r *http.Request) {
	for k, v := range p.header {
		w.Header()[k] = v
	}
	if etag := p.header.Get("ETag"); etag != "" && r.Header.Get("If-None-Match") == etag {
		w.Header().Del("Content-Length")
		w.Header().Del("Content-Type")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(p.status)
	w.Write(p.body)
}
