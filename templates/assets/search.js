// Search over search.json, in the reader's browser. Every word typed must occur in a
// briefing (accents and case ignored); matches in the title rank first, then newest.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var root = form.getAttribute("data-root");
  var records = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function prepare(data) {
    return data.briefings.map(function (b) {
      var body = [b.summary].concat(b.items, b.people, b.tags).join(" ");
      return { briefing: b, title: fold(b.title), text: fold(b.title + " " + body) };
    });
  }

  function snippet(b, words) {
    var parts = b.items.concat([b.summary]);
    for (var i = 0; i < parts.length; i++) {
      var folded = fold(parts[i]);
      if (words.some(function (w) { return folded.indexOf(w) >= 0; })) return parts[i];
    }
    return b.summary;
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
    "Dec"];

  function shortDate(iso) {  // as the pages write dates: 24 Nov 2025
    var parts = iso.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = records.filter(function (r) {
      return words.every(function (w) { return r.text.indexOf(w) >= 0; });
    });
    found.sort(function (a, b) {
      var at = words.every(function (w) { return a.title.indexOf(w) >= 0; });
      var bt = words.every(function (w) { return b.title.indexOf(w) >= 0; });
      if (at !== bt) return at ? -1 : 1;
      return a.briefing.date < b.briefing.date ? 1 : a.briefing.date > b.briefing.date ? -1 : 0;
    });
    status.textContent = found.length === 1 ? "1 briefing found" : found.length + " briefings found";
    found.slice(0, 50).forEach(function (r) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + r.briefing.url;
      link.textContent = r.briefing.title;
      var meta = document.createElement("p");
      meta.className = "item-meta";
      meta.textContent = shortDate(r.briefing.date) + " · " + snippet(r.briefing, words);
      var heading = document.createElement("h2");
      heading.className = "card-title";
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(meta);
      list.appendChild(item);
    });
  }

  var timer = null;
  function search() {
    var query = input.value;
    if (records) { show(query); return; }
    status.textContent = "Loading the index…";
    fetch(form.getAttribute("data-index"))
      .then(function (response) { return response.json(); })
      .then(function (data) { records = prepare(data); show(input.value); })
      .catch(function () { status.textContent = "The search index could not be loaded."; });
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; search(); }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
    if (window.history.replaceState) {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
})();
