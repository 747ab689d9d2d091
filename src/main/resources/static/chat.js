// The web chat over /api/chat. The page is a view of the conversation's history (GET /api/chat/{id}):
// it restores it on load, shows what a send produced, and polls it so that a consultant's answer,
// which arrives in another chat's turn, reaches an open page. Kept out of the HTML for CSP script-src 'self'.
(function () {
  "use strict";
  var KEY = "aliada.conversation";
  var POLL_MS = 4000;
  // what the page itself sends on opening: not the person's words, so not shown as theirs
  var AUTOMATIC = ["/start", "/continuar"];
  var log = document.getElementById("log"), status = document.getElementById("status");
  var input = document.getElementById("text"), confirmBar = document.getElementById("confirm");
  var WORDS = JSON.parse(log.dataset.words || "{}");
  var lang = log.dataset.lang || "es";
  var busy = false, shown = 0, pendingMine = null;

  // 128 random bits: nobody can guess another person's conversation
  function newId() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }
  var id = localStorage.getItem(KEY);
  var fresh = !id;
  if (fresh) { id = "c" + newId(); localStorage.setItem(KEY, id); }
  var url = "api/chat/" + encodeURIComponent(id);

  function word(name) { return (WORDS[lang] || WORDS.es || {})[name] || ""; }

  // The page's own words follow the chat's language, which the server tells in Content-Language.
  function setLanguage(value) {
    if (!value || !WORDS[value] || value === lang) { return; }
    lang = value;
    document.documentElement.lang = lang;
    document.title = word("title");
    document.querySelectorAll("[data-word]").forEach(function (el) { el.textContent = word(el.dataset.word); });
    input.placeholder = word("placeholder");
    input.setAttribute("aria-label", word("placeholder"));
  }

  // Only <b>, <i> and <a href="http(s)://…"> survive; every other tag is dropped, its text kept as text.
  function safe(html) {
    var out = document.createDocumentFragment();
    var doc = new DOMParser().parseFromString("<body>" + (html || ""), "text/html");
    (function copy(from, to) {
      from.childNodes.forEach(function (n) {
        if (n.nodeType === 3) { to.appendChild(document.createTextNode(n.nodeValue)); return; }
        if (n.nodeType !== 1) { return; }
        var tag = n.nodeName, el = null, href = n.getAttribute("href") || "";
        if (tag === "B" || tag === "STRONG") { el = document.createElement("b"); }
        else if (tag === "I" || tag === "EM") { el = document.createElement("i"); }
        else if (tag === "A" && /^https?:\/\//i.test(href)) {
          el = document.createElement("a"); el.href = href; el.target = "_blank"; el.rel = "noopener noreferrer";
        }
        copy(n, el || to);
        if (el) { to.appendChild(el); }
      });
    })(doc.body, out);
    // bare addresses in plain text become links too
    linkify(out);
    return out;
  }
  function linkify(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), texts = [], n;
    while ((n = walker.nextNode())) {
      if (!(n.parentNode && n.parentNode.nodeName === "A") && /https?:\/\/\S/.test(n.nodeValue)) { texts.push(n); }
    }
    texts.forEach(function (t) {
      var frag = document.createDocumentFragment(), rest = t.nodeValue, re = /https?:\/\/[^\s<>"')]+/g, last = 0, m;
      while ((m = re.exec(rest))) {
        frag.appendChild(document.createTextNode(rest.slice(last, m.index)));
        var a = document.createElement("a"); a.href = m[0]; a.textContent = m[0]; a.target = "_blank"; a.rel = "noopener noreferrer";
        frag.appendChild(a); last = m.index + m[0].length;
      }
      frag.appendChild(document.createTextNode(rest.slice(last)));
      t.parentNode.replaceChild(frag, t);
    });
  }
  function bubble(who, content) {
    var div = document.createElement("div");
    div.className = "msg " + who;
    if (typeof content === "string") { div.textContent = content; } else { div.appendChild(content); }
    log.appendChild(div);
    return div;
  }
  function show(reply) {
    if (reply.from === "user") { bubble("me", reply.text); return; }
    var div = bubble("bot", safe(reply.html || reply.text));
    if (reply.image) {
      var img = document.createElement("img"); img.src = reply.image; img.alt = ""; img.loading = "lazy";
      div.appendChild(img);
    }
    if (reply.document) {
      var a = document.createElement("a"); a.href = reply.document; a.target = "_blank"; a.rel = "noopener";
      a.textContent = word("document"); a.dataset.word = "document";
      div.appendChild(document.createElement("br")); div.appendChild(a);
    }
    if (reply.buttons && reply.buttons.length) {
      var rows = document.createElement("div"); rows.className = "rows";
      reply.buttons.forEach(function (row) {
        var line = document.createElement("div"); line.className = "row";
        row.forEach(function (b) {
          var btn = document.createElement("button"); btn.type = "button"; btn.textContent = b.text;
          btn.setAttribute("data-data", b.data);
          btn.onclick = function () {
            if (!busy && !btn.disabled) { btn.classList.add("chosen"); send({button: b.data}, b.text); }
          };
          line.appendChild(btn);
        });
        rows.appendChild(line);
      });
      log.appendChild(rows);
    }
  }
  // The server accepts a command button ("/…") at any time, and the other buttons of its latest keyboard
  // only: those stay live, older answers are greyed out.
  function liveButtons() {
    var groups = log.querySelectorAll(".rows"), latest = null;
    for (var i = groups.length - 1; i >= 0 && !latest; i--) { latest = groups[i]; }
    var newestBatch = [];
    if (latest) {
      // every keyboard shown after the person's last message belongs to the latest keyboard
      var el = latest;
      while (el && !el.classList.contains("me")) {
        if (el.classList.contains("rows")) { newestBatch.push(el); }
        el = el.previousElementSibling;
      }
    }
    groups.forEach(function (g) {
      var live = newestBatch.indexOf(g) >= 0;
      g.querySelectorAll("button").forEach(function (b) {
        var command = (b.getAttribute("data-data") || "").charAt(0) === "/";
        b.disabled = busy || !(live || command);
        if (!b.disabled) { b.classList.remove("chosen"); }
      });
    });
  }
  function setBusy(on) {
    busy = on;
    document.getElementById("send").disabled = on;
    liveButtons();
  }
  function scrollDown() { log.lastElementChild && log.lastElementChild.scrollIntoView({block: "end"}); }

  // Renders what the history holds beyond what is on screen; the person's own message, already shown, is skipped.
  function render(history, late) {
    var added = false;
    for (; shown < history.length; shown++) {
      var m = history[shown];
      if (m.from === "user" && pendingMine !== null && m.text === pendingMine) { pendingMine = null; continue; }
      if (m.from === "user" && AUTOMATIC.indexOf(m.text) >= 0) { continue; }
      show(m);
      added = true;
    }
    if (added) { liveButtons(); scrollDown(); }
  }
  async function loadHistory() {
    var res = await fetch(url, {headers: {"Accept": "application/json"}, cache: "no-store"});
    setLanguage(res.headers.get("Content-Language"));
    if (!res.ok) { return null; }
    return res.json();
  }

  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  // One eventId per message: a retry after a lost answer is recognised by the server and not handled twice.
  async function post(body) {
    body.lang = lang; body.eventId = body.eventId || newId();
    for (var attempt = 0; ; attempt++) {
      try {
        var res = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
        if (res.status >= 500) { throw new Error("HTTP " + res.status); }
        if (res.status === 429 && attempt < 4) {
          // too fast for the server's limit: the same message again once it says so, in the chat's own words
          status.textContent = word("busy");
          await sleep(Math.min(1000 * (parseInt(res.headers.get("Retry-After"), 10) || 1), 10000));
          continue;
        }
        setLanguage(res.headers.get("Content-Language"));
        var data = await res.json();
        if (!res.ok) { return [{text: data.error || ("HTTP " + res.status), error: true}]; }
        return data;
      } catch (e) {
        if (attempt >= 4) { throw e; }
        status.textContent = word("retrying");
        await sleep(Math.min(1000 * Math.pow(2, attempt), 8000));
      }
    }
  }
  async function send(body, mine) {
    if (mine) { bubble("me", mine); pendingMine = mine; }
    setBusy(true);
    status.className = ""; status.textContent = word("sending"); status.onclick = null;
    try {
      var replies = await post(body);
      if (replies[0] && replies[0].error) {
        replies.forEach(show);
      } else {
        var history = await loadHistory();
        if (history) { render(history, false); } else { replies.forEach(show); }
      }
      status.textContent = "";
    } catch (e) {
      status.className = "err"; status.textContent = word("failed");
      status.onclick = function () { send(body, null); };
    }
    pendingMine = null;
    setBusy(false);
    scrollDown();
  }
  // Polling rather than server-sent events: the history lives in the database that every instance shares,
  // so it works behind any load balancer or proxy, and a phone that sleeps simply catches up on wake.
  async function poll() {
    if (!busy && document.visibilityState === "visible") {
      try { var history = await loadHistory(); if (history && !busy) { render(history, true); } } catch (e) { /* offline: next time */ }
    }
    setTimeout(poll, POLL_MS);
  }

  document.getElementById("form").onsubmit = function (e) {
    e.preventDefault();
    var text = input.value;
    if (busy || !text.trim()) { return; }
    input.value = "";
    send({text: text}, text);
  };
  // "New conversation" drops what is on screen: it asks first.
  document.getElementById("new").onclick = function (e) {
    e.preventDefault(); confirmBar.classList.add("open"); document.getElementById("confirm-no").focus();
  };
  document.getElementById("confirm-no").onclick = function () { confirmBar.classList.remove("open"); };
  document.getElementById("confirm-yes").onclick = function () { localStorage.removeItem(KEY); location.reload(); };

  (async function start() {
    var history = null;
    try { history = fresh ? null : await loadHistory(); } catch (e) { history = null; }
    if (history && history.length) {
      render(history, false);
    } else {
      await send({text: fresh ? "/start" : "/continuar"}, null);
    }
    setTimeout(poll, POLL_MS);
  })();
})();
