/* Trasloco keepsake: larger text and offline search. No network, no eval, no innerHTML: every text
   from the chats reaches the page through textContent only. */
(function () {
  "use strict";
  var root = document.documentElement;
  var base = root.getAttribute("data-root") || "";
  var only = root.getAttribute("data-conversation");
  var SENTINEL_NUMBER = "987654321";
  var SENTINEL_TEXT = "\u0001";
  var MAX_SHOWN = 100;

  // Larger text, remembered across pages (localStorage works for file:// pages in most browsers).
  var STORE = "trasloco.keepsake.large";
  function remembered() {
    try { return window.localStorage.getItem(STORE); } catch (e) { return null; }
  }
  function remember(value) {
    try { window.localStorage.setItem(STORE, value); } catch (e) { /* private mode: not remembered */ }
  }
  if (remembered() === "1") { root.classList.add("large"); }
  if (remembered() === "0") { root.classList.remove("large"); }

  // The index is read once per page: "idle", then "loading", then "ready" (or "failed").
  var index = { manifest: null, entries: [], state: "idle", loaded: 0, wanted: 0, waiting: [], failing: [] };

  function settle(state) {
    index.state = state;
    var callbacks = state === "ready" ? index.waiting : index.failing;
    index.waiting = [];
    index.failing = [];
    callbacks.forEach(function (callback) { callback(); });
  }

  // Called by search/manifest.js and search/NNNN-N.js.
  window.KEEPSAKE_SEARCH = {
    manifest: function (data) {
      index.manifest = data;
      var files = [];
      data.conversations.filter(function (c) { return !only || c.id === only; }).forEach(function (c) {
        for (var k = 1; k <= c.chunks; k++) { files.push("search/" + c.id + "-" + k + ".js"); }
      });
      index.wanted = files.length;
      if (files.length === 0) { settle("ready"); return; }
      files.forEach(function (file) { addScript(file); });
    },
    chunk: function (conversation, rows) {
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        row.push(conversation, fold(row[2]) + " " + fold(row[3]));
        index.entries.push(row);
      }
      if (++index.loaded === index.wanted) { settle("ready"); }
    }
  };

  // Lower case without accents, so that "citta" finds "città"; the costly part only for non-ASCII text.
  var NON_ASCII = /[^\u0000-\u007f]/;
  var MARKS = /[\u0300-\u036f\u0591-\u05c7\u064b-\u065f]/g;
  function fold(text) {
    var lower = text.toLowerCase();
    return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(MARKS, "") : lower;
  }

  function addScript(src) {
    var script = document.createElement("script");
    script.src = base + src;
    script.onerror = function () { settle("failed"); };
    document.head.appendChild(script);
  }

  function loadIndex(done, failed) {
    if (index.state === "ready") { done(); return; }
    index.waiting.push(done);
    index.failing.push(failed);
    if (index.state === "loading") { return; }
    index.state = "loading";
    index.entries = [];
    index.loaded = 0;
    addScript("search/manifest.js");
  }

  function title(id) {
    var found = index.manifest.conversations.filter(function (c) { return c.id === id; })[0];
    return found ? found.title : "";
  }

  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    var start = Math.max(0, at - 60);
    var piece = text.substring(start, start + 180);
    return { before: (start > 0 ? "…" : "") + piece.substring(0, at - start),
      match: piece.substring(at - start, at - start + word.length),
      after: piece.substring(at - start + word.length) + (start + 180 < text.length ? "…" : "") };
  }

  function show(form, results, query) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
    results.textContent = "";
    results.hidden = false;
    if (words.length === 0) { results.hidden = true; return; }
    var hits = index.entries.filter(function (e) {
      return words.every(function (w) { return e[5].indexOf(w) >= 0; });
    });
    var summary = document.createElement("p");
    summary.className = "summary";
    if (hits.length === 0) {
      summary.textContent = form.getAttribute("data-none").replace(SENTINEL_TEXT, query);
      results.appendChild(summary);
      return;
    }
    var lang = root.lang || undefined;
    summary.textContent = hits.length === 1 ? form.getAttribute("data-count-one")
      : form.getAttribute("data-count-many").replace(SENTINEL_NUMBER, hits.length.toLocaleString(lang));
    results.appendChild(summary);
    var list = document.createElement("ol");
    var perPage = index.manifest.perPage;
    hits.slice(0, MAX_SHOWN).forEach(function (entry) {
      var hit = { n: entry[0], when: entry[1], who: entry[2], text: entry[3], c: entry[4] };
      var item = document.createElement("li");
      var link = document.createElement("a");
      var page = Math.ceil(hit.n / perPage);
      link.href = base + "c/" + hit.c + "/p" + String(page).padStart(4, "0") + ".html#m" + hit.n;
      var head = document.createElement("span");
      head.className = "hit-head";
      head.textContent = (only ? "" : title(hit.c) + " · ") + hit.when + (hit.who ? " · " + hit.who : "");
      head.dir = "auto";
      var body = document.createElement("span");
      body.className = "hit-text";
      body.dir = "auto";
      var text = hit.text;
      var word = words.filter(function (w) { return fold(text).indexOf(w) >= 0; })[0];
      if (word) {
        var parts = snippet(text, word);
        body.appendChild(document.createTextNode(parts.before));
        var mark = document.createElement("mark");
        mark.textContent = parts.match;
        body.appendChild(mark);
        body.appendChild(document.createTextNode(parts.after));
      } else {
        body.textContent = text.substring(0, 180);
      }
      link.appendChild(head);
      link.appendChild(body);
      item.appendChild(link);
      list.appendChild(item);
    });
    results.appendChild(list);
    if (hits.length > MAX_SHOWN) {
      var more = document.createElement("p");
      more.className = "summary";
      more.textContent = form.getAttribute("data-more").replace(SENTINEL_NUMBER, MAX_SHOWN.toLocaleString(lang));
      results.appendChild(more);
    }
  }

  // A photo the browser cannot decode (damaged, or a format it lacks) leaves its name as a link.
  document.addEventListener("error", function (event) {
    var image = event.target;
    if (!image || image.tagName !== "IMG" || !image.parentNode) { return; }
    var note = document.createElement("span");
    note.className = "broken";
    note.textContent = image.alt;
    image.parentNode.replaceChild(note, image);
  }, true);

  document.addEventListener("DOMContentLoaded", function () {
    var size = document.getElementById("size");
    if (size) {
      var label = function () {
        size.textContent = root.classList.contains("large") ? size.getAttribute("data-normal") : size.getAttribute("data-larger");
        size.setAttribute("aria-pressed", root.classList.contains("large") ? "true" : "false");
      };
      label();
      size.hidden = false;
      size.addEventListener("click", function () {
        root.classList.toggle("large");
        remember(root.classList.contains("large") ? "1" : "0");
        label();
      });
    }
    var form = document.getElementById("search");
    var results = document.getElementById("results");
    if (!form || !results) { return; }
    form.hidden = false;
    var input = document.getElementById("q");
    // The index is read while the reader types, not when a page opens.
    input.addEventListener("focus", function () { loadIndex(function () {}, function () {}); }, { once: true });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = input.value;
      results.hidden = false;
      results.textContent = form.getAttribute("data-loading");
      loadIndex(function () { show(form, results, query); }, function () {
        results.textContent = form.getAttribute("data-none").replace(SENTINEL_TEXT, query);
      });
    });
  });

})();
