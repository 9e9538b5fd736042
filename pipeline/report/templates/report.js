"use strict";
// Concordance search, sortable tables and document panels. Article text only ever enters
// the page through textContent, never innerHTML. fold() is defined above (pipeline/report/fold.py).
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const CONTEXT = 60, MAX_LINES = 500, MARK = /[\p{M}\u200c\u200d]/u;

  // Expand each document's breakpoint map into per-character raw offsets, once.
  for (const doc of data.docs) {
    const n = doc.f.length, s = new Int32Array(n), e = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (k < doc.m.length && doc.m[k][0] === i) { s[i] = doc.m[k][1]; e[i] = doc.m[k][2]; k++; }
      else { s[i] = s[i - 1] + 1; e[i] = e[i - 1] + 1; }
    }
    doc.s = s; doc.e = e;
  }

  function oneLine(s) { return s.replace(/\s+/g, " "); }

  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // Whole words (no letter, mark or digit on either side); a trailing * leaves the end open.
  function pattern(query) {
    const terms = fold(query).trim().split(/\s+/).filter(t => t && t !== "*");
    if (!terms.length) return null;
    const open = terms[terms.length - 1].endsWith("*");
    const body = terms.map(t => escapeRe(t.replace(/\*$/, ""))).join("\\s+");
    return new RegExp("(?<![\\p{L}\\p{M}\\p{N}])" + body + (open ? "" : "(?![\\p{L}\\p{M}\\p{N}])"), "gu");
  }

  function search(query) {
    const re = pattern(query);
    const hits = [];
    if (!re) return hits;
    for (const doc of data.docs) {
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(doc.f)) !== null) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        hits.push({doc: doc, start: doc.s[m.index], end: doc.e[m.index + m[0].length - 1]});
      }
    }
    return hits;
  }

  function cell(cls, text) {
    const td = document.createElement("td");
    td.className = cls;
    const span = document.createElement("span");
    span.textContent = text;
    td.appendChild(span);
    return td;
  }

  const input = document.getElementById("kwic-q");
  const body = document.querySelector("#kwic tbody");
  const count = document.getElementById("kwic-count");

  function render() {
    const q = input.value.trim();
    body.replaceChildren();
    if (!q) { count.textContent = ""; return; }
    const hits = search(q);
    const docs = new Set(hits.map(h => h.doc.id)).size;
    count.textContent = hits.length + " line" + (hits.length === 1 ? "" : "s") + " in " + docs +
      " document" + (docs === 1 ? "" : "s") + (hits.length > MAX_LINES ? " (first " + MAX_LINES + " shown)" : "");
    for (const h of hits.slice(0, MAX_LINES)) {
      const raw = h.doc.raw;
      // never cut a context inside a letter: move off vowel signs and other marks
      let from = Math.max(0, h.start - CONTEXT), to = Math.min(raw.length, h.end + CONTEXT);
      while (from > 0 && MARK.test(raw[from])) from--;
      while (to < raw.length && MARK.test(raw[to])) to++;
      const tr = document.createElement("tr");
      tr.appendChild(cell("left", oneLine(raw.slice(from, h.start))));
      tr.appendChild(cell("hit", oneLine(raw.slice(h.start, h.end))));
      tr.appendChild(cell("right", oneLine(raw.slice(h.end, to))));
      const td = document.createElement("td");
      td.className = "doc";
      const a = document.createElement("a");
      a.href = "#" + h.doc.a;
      a.textContent = h.doc.id;
      td.appendChild(a);
      tr.appendChild(td);
      body.appendChild(tr);
    }
  }
  let timer = null;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(render, 120); });

  // Sortable tables: click a header; numbers sort as numbers (data-v holds the raw value).
  function key(td) {
    const v = td.dataset.v !== undefined ? td.dataset.v : td.textContent.trim();
    const n = parseFloat(v.replace(/,/g, "").replace(/%$/, ""));
    return v === "" || v === "–" ? null : (isNaN(n) || !/^[\d.,%-]+$/.test(v.trim()) ? v.toLowerCase() : n);
  }
  document.querySelectorAll("table.sortable").forEach(table => {
    table.querySelectorAll("thead th").forEach((th, col) => {
      th.addEventListener("click", () => {
        const asc = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(o => o.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        const tbody = table.tBodies[0];
        const rows = Array.from(tbody.rows);
        rows.sort((a, b) => {
          const x = key(a.cells[col]), y = key(b.cells[col]);
          if (x === null) return 1;
          if (y === null) return -1;
          const c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return asc ? c : -c;
        });
        rows.forEach(r => tbody.appendChild(r));
      });
    });
  });

  // Document panels: a link to #dN opens that panel.
  function openFromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
  const panels = () => document.querySelectorAll("details.doc");
  document.getElementById("open-all").addEventListener("click", () => panels().forEach(d => { d.open = true; }));
  document.getElementById("close-all").addEventListener("click", () => panels().forEach(d => { d.open = false; }));
})();
