
// -----------------------------------------------------------------------------
// HIT Career Coach: additions to go-app's loader. The Go server appends this
// to app.js and points go-app's calls at it.
// -----------------------------------------------------------------------------
const hitcoachWasm = {{.Wasm}};

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
  const { url, response } = await hitcoachFetchWasmResponse();
  hitcoachWasmKept = hitcoachKeepWasm(url, response.clone());

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
  const body = (await hitcoachDecoded(response.body)).pipeThrough(counter);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: { "Content-Type": "application/wasm" },
  });
}

async function hitcoachFetchWasmResponse() {
  if (hitcoachWasm.gz && "DecompressionStream" in window) {
    try {
      const response = await fetch(hitcoachWasm.gz, { cache: "no-cache" });
      if (response.ok) {
        return { url: hitcoachWasm.gz, response };
      }
    } catch (err) {
      console.warn("fetching the compressed wasm failed, trying the plain one:", err);
    }
  }
  const response = await fetch(hitcoachWasm.url, { cache: "no-cache" });
  if (!response.ok) {
    throw new Error("fetching " + hitcoachWasm.url + ": HTTP " + response.status);
  }
  return { url: hitcoachWasm.url, response };
}

// hitcoachDecoded returns the wasm bytes of a body that may be gzipped: a
// host that labels app.wasm.gz with Content-Encoding has the browser unzip it
// already, so the first bytes decide.
async function hitcoachDecoded(body) {
  const reader = body.getReader();
  const first = await reader.read();
  const rest = new ReadableStream({
    start(controller) {
      if (!first.done) {
        controller.enqueue(first.value);
      }
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
  if (first.done) {
    rest.cancel();
    throw new Error("the wasm is empty");
  }
  const gzipped = first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  return gzipped ? rest.pipeThrough(new DecompressionStream("gzip")) : rest;
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
