// The HIT Career Coach service worker. The Go server fills in the version
// and the lists below; everything else is plain JavaScript.
//
// What the app needs to start is precached at install, under a cache named
// after the build's content hash, so a new build is installed beside the old
// one and replaces it only once it is complete. Of the pages, only the shell
// is: the others are kept in the same cache as they are opened, so a first
// visit does not download every page, and a page never opened still works
// offline through the shell.
const cacheName = "app-{{.Version}}";

// Without these the app cannot start: a failure fails the install, and the
// previous worker, if any, keeps serving.
const requiredResources = {{.Required}};

// Files that are nice to have, the icons: one unreachable does not stop the
// install.
const optionalResources = {{.Optional}};

// The page every navigation that misses the cache falls back to: the wasm
// then renders whichever route the address names.
const shellURL = {{.Shell}};

// A counselor's local.json, beside index.html. It is no part of a build:
// it changes on the host on its own, so it is kept apart from the build's
// files. The worker answers with its copy at once, asks the host for the
// file again each time, and tells the open pages when it has changed or
// gone, so they can offer a reload as they do for a new version.
const packURL = {{.Pack}};

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

async function install() {
  const cache = await caches.open(cacheName);
  const pages = await pagesToKeep();
  const [required, optional] = await Promise.all([
    Promise.allSettled(requiredResources.map((url) => precache(cache, url))),
    Promise.allSettled(optionalResources.map((url) => precache(cache, url))),
    // A page that cannot be had now still opens offline, from the shell, so
    // a failure here is worth no warning.
    Promise.allSettled(pages.map((url) => precache(cache, url))),
    // Most sites have no pack: nothing to keep, and nothing to say.
    refreshPack(cache, undefined, false).catch(() => {}),
  ]);
  optional.forEach((result, i) => {
    if (result.status === "rejected") {
      console.warn("app worker {{.Version}}: not cached:", optionalResources[i], result.reason);
    }
  });
  const missing = required.filter((result) => result.status === "rejected");
  if (missing.length > 0) {
    throw new Error("app worker {{.Version}} cannot install: " + missing.map((r) => r.reason).join("; "));
  }
  await self.skipWaiting();
}

// precache stores one resource unless the page already stored it: on the
// first visit the page keeps the wasm it has just downloaded, so it is not
// downloaded twice.
async function precache(cache, url) {
  if (await cache.match(url, { ignoreVary: true })) {
    return;
  }
  // "no-cache" revalidates with the host, so an HTTP cache holding the
  // previous build cannot slip an old file into the new version.
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) {
    throw new Error(url + ": HTTP " + response.status);
  }
  await cache.put(url, await withoutRedirect(response));
}

// pagesToKeep lists the pages this version keeps from the start: those open
// now, such as the page the first visit landed on, which the browser loaded
// before any worker could keep it, and those the previous version had kept,
// so that an update does not send visited pages back to the shell. Each is
// fetched again, from this build.
async function pagesToKeep() {
  const urls = [];
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const client of windows) {
    urls.push(client.url);
  }
  for (const name of await caches.keys()) {
    if (!name.startsWith("app-") || name === cacheName) {
      continue;
    }
    const previous = await caches.open(name);
    for (const request of await previous.keys()) {
      const response = await previous.match(request, { ignoreVary: true });
      if (response && (response.headers.get("Content-Type") || "").startsWith("text/html")) {
        urls.push(request.url);
      }
    }
  }
  const pages = new Set();
  for (const url of urls) {
    if (keepsAsPage(url)) {
      pages.add(pageKey(url));
    }
  }
  pages.delete(shellURL);
  return [...pages];
}

// keepsAsPage tells whether a page loaded from url may be kept for its
// address: it must be in the worker's scope, and have no query, because a
// page such as /search?q=rhit was rendered for that query, while the kept
// page answers the address with any query.
function keepsAsPage(url) {
  return url.startsWith(self.registration.scope) && new URL(url).search === "";
}

// withoutRedirect copies a response that came through a redirect (a plain
// file server sends /salaries to /salaries/): browsers refuse to answer a
// navigation with a redirected response.
async function withoutRedirect(response) {
  if (!response.redirected) {
    return response;
  }
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

async function activate() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith("app-") && name !== cacheName)
      .map((name) => caches.delete(name))
  );
  await self.clients.claim();
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(event));
    return;
  }
  if (new URL(request.url).pathname === packURL) {
    event.respondWith(pack(event));
    return;
  }
  event.respondWith(fromCache(request));
});

// navigate answers a page load from the cache, whatever form of the address
// the host or the person used, then from the network, then with the shell.
// A page from the network is kept, so it reopens offline as itself and not
// as the shell.
async function navigate(event) {
  const request = event.request;
  const cache = await caches.open(cacheName);
  const key = pageKey(request.url);
  const cached = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
  if (cached) {
    return cached;
  }
  let response;
  try {
    response = await fetch(revalidated(request));
  } catch (err) {
    const shell = await cache.match(shellURL, { ignoreVary: true });
    if (shell) {
      return shell;
    }
    throw err;
  }
  // Only the page itself: not an error page, which would stand in for the
  // page for good, nor a redirect (a plain file server sends /salaries to
  // /salaries/), which the browser follows with a navigation of its own
  // that is kept instead.
  if (response.status === 200 && response.type === "basic" && !response.redirected && keepsAsPage(request.url)) {
    event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
  }
  return response;
}

// revalidated is the page's request with "no-cache", which revalidates with
// the host, so a page of the previous build in the HTTP cache is neither
// shown nor kept in this version. A browser that cannot copy a navigation's
// request keeps the request as it is rather than fail the page.
function revalidated(request) {
  try {
    return new Request(request, { cache: "no-cache" });
  } catch {
    return request;
  }
}

// pageKey maps /coach/salaries/, /coach/salaries.html and
// /coach/salaries/index.html to /coach/salaries, the form that is cached.
function pageKey(raw) {
  const url = new URL(raw);
  let path = url.pathname;
  if (path.endsWith("/index.html")) {
    path = path.slice(0, -"index.html".length);
  } else if (path.endsWith(".html")) {
    path = path.slice(0, -".html".length);
  }
  if (path.length > 1 && path.endsWith("/") && path !== shellURL) {
    path = path.slice(0, -1);
  }
  return path;
}

// fromCache answers files from this version's cache only, so a page of the
// previous version never gets a file of the next one during an update.
// Anything else comes from the network and is kept for next time.
async function fromCache(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.status === 200 && response.type === "basic" && !request.headers.has("range")) {
    cache.put(request, response.clone()).catch(() => {});
  }
  return response;
}

// pack answers local.json with the kept copy, and asks the host for it in
// the background; with no copy kept, it waits for the host. Offline with no
// copy it answers 404, as the host did when the copy was made: no pack.
async function pack(event) {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(packURL, { ignoreVary: true });
  // The copy compared in the background is not the one answered with,
  // whose body the page reads meanwhile.
  const refreshed = refreshPack(cache, kept && kept.clone(), true);
  if (kept) {
    event.waitUntil(refreshed.catch(() => {}));
    return kept;
  }
  try {
    const response = await refreshed;
    if (response) {
      return response;
    }
  } catch {
    // Offline: answered below.
  }
  return new Response("", { status: 404, statusText: "Not Found" });
}

// refreshPack fetches local.json from the host, keeps it when it is there,
// forgets the copy when the host has none, and, with tell, tells the open
// pages when either differs from the copy kept. It resolves to the host's
// answer, or to null when the host cannot be reached.
async function refreshPack(cache, kept, tell) {
  let response;
  try {
    response = await fetch(packURL, { cache: "no-cache", credentials: "same-origin", redirect: "error" });
  } catch {
    return null;
  }
  if (response.status === 404 || response.status === 410) {
    if (kept) {
      await cache.delete(packURL, { ignoreVary: true });
      if (tell) {
        await tellPages("removed");
      }
    }
    return response;
  }
  if (!response.ok || response.type !== "basic") {
    return response;
  }
  const fresh = new Uint8Array(await response.clone().arrayBuffer());
  if (kept && sameBytes(new Uint8Array(await kept.clone().arrayBuffer()), fresh)) {
    return response;
  }
  await cache.put(packURL, response.clone());
  if (kept && tell) {
    await tellPages("changed");
  }
  return response;
}

function sameBytes(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

// tellPages sends the open pages the news about local.json
// (app/ui/local_layer.go listens).
async function tellPages(change) {
  const windows = await self.clients.matchAll({ type: "window" });
  for (const client of windows) {
    client.postMessage({ type: "hitcoach-local-json", change });
  }
}
