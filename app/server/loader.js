
// -----------------------------------------------------------------------------
// HIT Career Coach: additions to go-app's loader. The Go server appends this
// to app.js and points go-app's calls at it.
// -----------------------------------------------------------------------------
const hitcoachWasm = {{.Settings}};

// A plain file server answers /coach/salaries with a redirect to
// /coach/salaries/, and some hosts show the page as /coach/salaries.html:
// the app's routes know neither, so the address becomes /coach/salaries
// before the wasm reads it. The home page is the other way round: the app
// knows /coach/ only.
(function hitcoachNormalizeAddress() {
  const path = location.pathname;
  const home = hitcoachWasm.root + "/";
  let wanted = path;
  if (wanted.endsWith("/index.html")) {
    wanted = wanted.slice(0, -"index.html".length);
  } else if (wanted.endsWith(".html")) {
    wanted = wanted.slice(0, -".html".length);
  }
  if (wanted === hitcoachWasm.root) {
    wanted = home;
  } else if (wanted.length > 1 && wanted.endsWith("/") && wanted !== home) {
    wanted = wanted.slice(0, -1);
  }
  if (wanted !== path) {
    history.replaceState(history.state, "", wanted + location.search + location.hash);
  }
})();

// hitcoachStart loads the wasm first and registers the service worker after,
// so the worker's install does not compete with the wasm for the network, and
// finds the wasm the page has already kept.
async function hitcoachStart() {
  try {
    await goappInitWebAssembly();
  } finally {
    await hitcoachWasmKept;
    await hitcoachInitServiceWorker();
  }
}

let hitcoachWasmKept = Promise.resolve();

// hitcoachFetchWasm fetches the wasm, gzipped where the host sends files as
// they are, and reports progress in decompressed bytes, which is what
// WasmContentLength counts.
async function hitcoachFetchWasm(progress) {
  let wasm = null;
  if (hitcoachWasm.gz && "DecompressionStream" in window) {
    wasm = await hitcoachOpenWasm(hitcoachWasm.gz).catch((err) => {
      console.warn("the compressed wasm failed, trying the plain one:", err);
      return null;
    });
  }
  if (!wasm) {
    wasm = await hitcoachOpenWasm(hitcoachWasm.url);
  }
  hitcoachWasmKept = hitcoachKeepWasm(wasm.url, wasm.copy);

  const total = parseInt(goappWasmContentLength, 10);
  let loaded = 0;
  const counter = new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      if (total > 0) {
        progress(Math.min(100, Math.round((loaded * 100) / total)));
      }
      controller.enqueue(chunk);
    },
    flush() {
      progress(100);
    },
  });
  return new Response(wasm.body.pipeThrough(counter), {
    headers: { "Content-Type": "application/wasm" },
  });
}

// hitcoachOpenWasm fetches url and returns the wasm bytes as a stream,
// unzipped if they came gzipped, with an untouched copy of the response for
// the cache. The first bytes decide, since a host that labels app.wasm.gz
// with Content-Encoding has the browser unzip it already; anything else,
// such as a host's HTML error page, is refused.
async function hitcoachOpenWasm(url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) {
    throw new Error("fetching " + url + ": HTTP " + response.status);
  }
  const copy = response.clone();
  const reader = response.body.getReader();
  let head = new Uint8Array(0);
  while (head.length < 4) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    const joined = new Uint8Array(head.length + value.length);
    joined.set(head);
    joined.set(value, head.length);
    head = joined;
  }
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const plain = head[0] === 0x00 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
  if (!gzipped && !plain) {
    reader.cancel();
    copy.body.cancel();
    throw new Error(url + " is not a wasm file");
  }
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
      } else {
        controller.enqueue(value);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { url, copy, body: gzipped ? body.pipeThrough(new DecompressionStream("gzip")) : body };
}

// hitcoachKeepWasm puts the wasm the page has just downloaded into the cache
// the service worker is about to fill, on the first visit only: later the
// worker itself serves it.
async function hitcoachKeepWasm(url, response) {
  try {
    if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller || !window.caches) {
      return;
    }
    const cache = await caches.open("app-" + goappEnv.GOAPP_VERSION);
    await cache.put(url, response);
  } catch (err) {
    console.warn("keeping the wasm for offline use failed; the service worker will fetch it:", err);
  }
}

// hitcoachInitServiceWorker is go-app's registration, except that a failed
// update check while offline is no error (the installed worker keeps
// serving) and that updates are noticed as below.
async function hitcoachInitServiceWorker() {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  let registration;
  try {
    registration = await navigator.serviceWorker.register(hitcoachWasm.worker);
  } catch (err) {
    registration = await navigator.serviceWorker.getRegistration();
    if (!registration) {
      console.error("goapp service worker registration failed: ", err);
      return;
    }
    console.warn("checking for an update failed; the installed app keeps working:", err);
  }
  goappServiceWorkerRegistration = registration;
  goappSetupPushNotification();

  // A tab left open for days still hears about new versions.
  const checkForUpdate = () => registration.update().catch(() => {});
  window.addEventListener("online", checkForUpdate);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      checkForUpdate();
    }
  });
}

// A new version has taken over when the worker controlling this page is
// replaced. The first worker taking control, on the first visit, is no
// update. go-app's own check, on the new worker's "activated" state, misses
// updates found before the page registered and mistakes the first install
// for one.
if ("serviceWorker" in navigator) {
  let hitcoachController = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    const previous = hitcoachController;
    hitcoachController = navigator.serviceWorker.controller;
    if (previous) {
      goappOnUpdate();
    }
  });
}

hitcoachStart();
