
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

// The wasm replaces the prerendered page when it starts, which on a slow line
// is seconds after a reader may have begun to use it: what they had typed,
// ticked or picked, the button they pressed, and where the focus was, would
// be lost. The app's page has the same controls under the same ids, so each
// is given the reader's input again, with the events a person's input fires,
// and the app takes it as theirs.
(function hitcoachCarryOverInput() {
  const page = document.body.firstElementChild;
  if (!page) {
    return;
  }
  let focused = null;
  let pressed = null;
  const onFocusIn = (e) => {
    focused = e.target;
  };
  const onFocusOut = (e) => {
    // A control that leaves the document loses focus too; only one that is
    // still there afterwards was left by the reader.
    setTimeout(() => {
      if (focused === e.target && e.target.isConnected && document.activeElement !== e.target) {
        focused = null;
      }
    });
  };
  // A button does nothing until the app runs; the last one pressed is
  // pressed again once it does, unless a link was followed since.
  const onClick = (e) => {
    if (!e.target.closest) {
      return;
    }
    const button = e.target.closest("button[id]");
    if (button && page.contains(button)) {
      pressed = button.id;
    } else if (e.target.closest("a[href]")) {
      pressed = null;
    }
  };
  document.addEventListener("focusin", onFocusIn);
  document.addEventListener("focusout", onFocusOut);
  document.addEventListener("click", onClick, true);
  const observer = new MutationObserver(() => {
    if (page.isConnected) {
      return;
    }
    observer.disconnect();
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("focusin", onFocusIn);
    document.removeEventListener("focusout", onFocusOut);
    for (const old of page.querySelectorAll("input[id], select[id], textarea[id]")) {
      const now = document.getElementById(old.id);
      if (!now || now.tagName !== old.tagName || now.type !== old.type) {
        continue;
      }
      if (old.type === "checkbox" || old.type === "radio") {
        if (old.checked !== old.defaultChecked && now.checked !== old.checked) {
          now.click();
        }
      } else if (old.tagName === "SELECT") {
        const changed = Array.from(old.options).some((o) => o.selected !== o.defaultSelected);
        if (changed && now.value !== old.value) {
          now.value = old.value;
          now.dispatchEvent(new Event("change", { bubbles: true }));
        }
      } else if (old.value !== old.defaultValue && now.value !== old.value) {
        now.value = old.value;
        now.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
    if (focused && focused.id && page.contains(focused)) {
      const now = document.getElementById(focused.id);
      if (now && document.activeElement !== now) {
        now.focus({ preventScroll: true });
        if (typeof focused.selectionStart === "number" && typeof now.setSelectionRange === "function") {
          try {
            now.setSelectionRange(focused.selectionStart, focused.selectionEnd);
          } catch (err) {
            // Not every input type has a caret.
          }
        }
      }
    }
    if (pressed) {
      const now = document.getElementById(pressed);
      if (now && now.tagName === "BUTTON" && !now.disabled) {
        now.click();
      }
    }
  });
  observer.observe(document.body, { childList: true });
})();

// Until the app runs, a link to another of its pages is followed by fetching
// that page and putting it in place of this one, as the app itself will once
// it runs: a real page load would throw away the wasm downloaded so far, and
// on a slow line that is most of a first visit. Anything unusual (another
// window, a download, a file, a failed fetch) is left to the browser.
(function hitcoachFollowLinksBeforeStart() {
  const layout = document.body.firstElementChild;
  if (!layout || !window.DOMParser || !window.AbortController) {
    return;
  }
  const started = () => document.documentElement.dataset.app === "ready" || !layout.isConnected;
  const pageOf = (url) => url.pathname + url.search;
  let shown = pageOf(location);
  let loading = null;

  const show = async (url, push) => {
    if (loading) {
      loading.abort();
    }
    const current = new AbortController();
    loading = current;
    let html = "";
    try {
      const response = await fetch(url.href, { signal: current.signal });
      if (!response.ok && response.status !== 404) {
        throw new Error("HTTP " + response.status);
      }
      html = await response.text();
    } catch (err) {
      if (!current.signal.aborted) {
        location.assign(url.href);
      }
      return;
    }
    if (loading !== current) {
      return;
    }
    loading = null;
    const next = new DOMParser().parseFromString(html, "text/html");
    const content = next.body.firstElementChild;
    if (started() || !content || content.className !== layout.className) {
      location.assign(url.href);
      return;
    }
    if (push) {
      history.pushState(null, "", url.href);
    }
    shown = pageOf(url);
    document.title = next.title;
    layout.replaceChildren(...content.childNodes);
    let target = null;
    try {
      target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
    } catch (err) {
      // A malformed escape names no element.
    }
    if (target) {
      target.scrollIntoView();
    } else {
      window.scrollTo(0, 0);
    }
    const main = document.getElementById("main");
    if (main) {
      main.focus({ preventScroll: true });
    }
  };

  const isAppPage = (url) => {
    const root = hitcoachWasm.root + "/";
    const inApp = url.pathname === root || url.pathname.startsWith(root);
    const isFile = /\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.startsWith(root + "web/");
    return url.origin === location.origin && inApp && !isFile;
  };
  document.addEventListener("click", (e) => {
    if (started() || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    const link = e.target.closest ? e.target.closest("a[href]") : null;
    if (!link || !layout.contains(link) || link.hasAttribute("download") || (link.target && link.target !== "_self")) {
      return;
    }
    const url = new URL(link.href, location.href);
    if (isAppPage(url) && pageOf(url) !== shown) {
      e.preventDefault();
      show(url, true);
    }
  });
  // The search forms are plain forms until the app runs.
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (started() || e.defaultPrevented || !layout.contains(form) || form.method !== "get" || (form.target && form.target !== "_self")) {
      return;
    }
    const url = new URL(form.action, location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    if (isAppPage(url)) {
      e.preventDefault();
      show(url, true);
    }
  });
  window.addEventListener("popstate", () => {
    if (!started() && pageOf(location) !== shown) {
      show(new URL(location.href), false);
    }
  });
})();

// hitcoachStart loads the wasm first and registers the service worker after,
// so the worker's install does not compete with the wasm for the network, and
// finds the wasm the page has already kept.
async function hitcoachStart() {
  try {
    await hitcoachLoadWasm();
  } finally {
    await hitcoachWasmKept;
    await hitcoachInitServiceWorker();
  }
}

let hitcoachWasmKept = Promise.resolve();

// hitcoachLoadWasm runs go-app's loader. When the download breaks off, as it
// does when a bus goes into a tunnel, go-app would show the browser's error
// ("TypeError: Failed to fetch"); the loader says in words what happened
// instead, offers to try again, and tries again by itself when the browser
// is back online. The page stays readable meanwhile.
async function hitcoachLoadWasm() {
  hitcoachDownloadBroke = false;
  await goappInitWebAssembly();
  const loader = document.getElementById("app-wasm-loader");
  if (!loader || !hitcoachDownloadBroke) {
    return;
  }
  document.getElementById("app-wasm-loader-label").textContent =
    "The app could not finish downloading: the connection dropped. Every page can still be read, and it tries again when you are back online.";
  const retry = document.createElement("button");
  retry.type = "button";
  retry.className = "loader-retry";
  retry.textContent = "Try again";
  loader.appendChild(retry);
  const again = () => {
    window.removeEventListener("online", again);
    retry.remove();
    document.getElementById("app-wasm-loader-icon").className = "goapp-logo goapp-spin";
    hitcoachLoadWasm();
  };
  retry.addEventListener("click", again);
  window.addEventListener("online", again);
}

// hitcoachDownloadBroke says the last download of the wasm failed on the
// network, as opposed to a host answering with something else.
let hitcoachDownloadBroke = false;

function hitcoachNoteFailure(err) {
  if (err instanceof TypeError) {
    hitcoachDownloadBroke = true;
  }
  throw err;
}

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
    wasm = await hitcoachOpenWasm(hitcoachWasm.url).catch(hitcoachNoteFailure);
  }
  hitcoachWasmKept = hitcoachKeepWasm(wasm.url, wasm.copy);
  return new Response(hitcoachCountedWasm(wasm.head, wasm.reader, progress), {
    headers: { "Content-Type": "application/wasm" },
  });
}

// hitcoachOpenWasm fetches url and returns a reader of the wasm bytes, with
// the first bytes, already read, apart (null when they went to the unzipper)
// and an untouched copy of the response for the cache. The first bytes
// decide, since a host that labels app.wasm.gz with Content-Encoding has the
// browser unzip it already; anything else, such as a host's HTML error page,
// is refused.
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
  if (plain) {
    return { url, copy, head, reader };
  }
  // The compressed bytes go to the unzipper in pieces of hitcoachPieceBytes,
  // the bytes already read first: the unzipper inflates a whole piece in one
  // go on the page's thread, and a network chunk can be a megabyte, some
  // 200 ms of inflating on a phone with no chance for the browser to step
  // in (hitcoachCountedWasm's reads give it that chance between pieces).
  // Each write waits until the unzipper is ready for more, which is when its
  // output is read; the write itself is not awaited.
  const unzip = new DecompressionStream("gzip");
  const writer = unzip.writable.getWriter();
  const feed = async () => {
    let chunk = head;
    for (;;) {
      for (let at = 0; at < chunk.length; at += hitcoachPieceBytes) {
        await writer.ready;
        writer.write(chunk.subarray(at, at + hitcoachPieceBytes)).catch(() => {});
      }
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunk = value;
    }
    await writer.close();
  };
  // A failure reaches the reader below, as the unzipper errors with it.
  feed().catch((err) => writer.abort(err).catch(() => {}));
  return { url, copy, head: null, reader: unzip.readable.getReader() };
}

// hitcoachPieceBytes is how much compressed wasm is inflated at a time: a
// few milliseconds of work on a phone.
const hitcoachPieceBytes = 64 * 1024;

// hitcoachCountedWasm streams the wasm to the compiler, head first, counting
// bytes on the way: the one script that runs for each chunk. go-app's label
// is set only when the whole percentage changes, as each setting costs a
// layout, and a chunk is often well under 1% of the wasm.
function hitcoachCountedWasm(head, reader, progress) {
  const total = parseInt(goappWasmContentLength, 10);
  let loaded = 0;
  // go-app shows 0% before it asks for the wasm.
  let shown = 0;
  const count = (bytes) => {
    loaded += bytes;
    const percent = total > 0 ? Math.min(100, Math.floor((loaded * 100) / total)) : 0;
    if (percent !== shown) {
      shown = percent;
      progress(percent);
    }
  };
  // When the whole wasm is already here (a fast line, a cache), unzipping
  // it and handing it to the compiler would run as one task: on a phone
  // some 400 ms in which the page does not answer, before the app even
  // starts. So the reading stops for the browser whenever it has run for a
  // while, and goes on in a task of its own.
  let running = performance.now();
  return new ReadableStream({
    start(controller) {
      if (head) {
        count(head.byteLength);
        controller.enqueue(head);
      }
    },
    async pull(controller) {
      if (performance.now() - running > hitcoachSliceMS) {
        await hitcoachYield();
        running = performance.now();
      }
      const { done, value } = await reader.read().catch(hitcoachNoteFailure);
      if (done) {
        if (shown !== 100) {
          shown = 100;
          progress(100);
        }
        controller.close();
        return;
      }
      count(value.byteLength);
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

// hitcoachPaintSettled resolves once the browser has drawn the page twice
// more. Chromium settles which element is the largest it painted (the
// largest contentful paint) only in a frame after the paint was shown; on
// a quiet prerendered page no such frame comes before the wasm takes over
// and replaces every element, and the app's copy of the same paragraph is
// then taken as the largest, painted seconds later on a slow phone. The
// label's change gives the browser its frames; the wait is two frames, or
// 0.2 s at most.
async function hitcoachPaintSettled() {
  const label = document.getElementById("app-wasm-loader-label");
  for (const text of ["Starting the app…", "Starting the app… "]) {
    if (label) {
      label.textContent = text;
    }
    // A tab in the background draws no frames: the timer goes on without.
    await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      new Promise((resolve) => setTimeout(resolve, 100)),
    ]);
  }
}

// hitcoachSliceMS is how long the wasm's download may keep the page busy
// before it lets the browser in: under the 50 ms of a long task.
const hitcoachSliceMS = 30;

// hitcoachYield lets the browser handle input and paint, then goes on.
function hitcoachYield() {
  if (window.scheduler && typeof scheduler.yield === "function") {
    return scheduler.yield();
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
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
