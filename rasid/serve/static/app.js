// rasid page: map, weekly timeline, incident panel with highlighted sources, review, paste-a-report.
// Article text is untrusted: every piece of it goes into the page through textContent / text nodes,
// never through innerHTML.
(function () {
  "use strict";

  const TYPE_COLOURS = {
    airstrike: "#d64545", drone_strike: "#e12d39", shelling: "#f0b429", bombing: "#8719e0",
    ied_or_mine: "#9446ed", suicide_bombing: "#5c0a8c", armed_clash: "#2186eb", shooting: "#0e7c86",
    massacre: "#000000", abduction: "#3ebd93", other: "#829ab1",
  };
  const FIELD_LABELS = {
    evidence: "Evidence", date: "Date", place: "Place", perpetrator: "Perpetrator", killed: "Killed",
    injured: "Injured", killed_or_injured: "Killed or injured", claimed_by: "Claimed by",
  };
  const EDITABLE = ["event_type", "date_value", "place_name", "admin1", "country", "lat", "lon", "perpetrator",
    "victims", "killed_min", "killed_max", "injured_min", "injured_max", "grade"];
  const DAY = 86400000;

  const state = { incidents: [], week: null, token: localStorage.getItem("rasid.token") || "", who: null,
    config: null, current: null };

  // ---- small DOM helpers (text only) ----
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "style") node.style.cssText = String(v);  // CSSOM: allowed by the page's CSP, an attribute is not
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function svg(tag, attrs) {
    const n = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    return n;
  }
  function showMessage(text) {
    const m = document.getElementById("message");
    m.textContent = text || "";
    m.hidden = !text;
  }

  // ---- API ----
  async function api(path, opts) {
    const o = Object.assign({ headers: {} }, opts || {});
    if (state.token) o.headers["Authorization"] = "Bearer " + state.token;
    if (o.json !== undefined) { o.body = JSON.stringify(o.json); o.headers["Content-Type"] = "application/json"; o.method = o.method || "POST"; }
    const r = await fetch(path, o);
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = body && body.error ? body.error : { status: r.status, message: r.statusText };
      throw new Error(err.status + ": " + err.message);
    }
    return body;
  }

  // ---- filters ----
  function filterParams() {
    const p = new URLSearchParams();
    for (const [id, name] of [["f-country", "country"], ["f-type", "type"], ["f-actor", "actor"], ["f-grade", "min_grade"]]) {
      const v = document.getElementById(id).value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }
  async function loadFacets() {
    const f = await api("/api/facets");
    const fill = (id, items) => {
      const s = document.getElementById(id);
      for (const it of items) s.appendChild(el("option", { value: it.value }, it.value + " (" + it.count + ")"));
    };
    fill("f-country", f.countries);
    fill("f-type", f.types);
    const dl = document.getElementById("actors");
    for (const a of f.actors) dl.appendChild(el("option", { value: a.value }));
  }

  // ---- map ----
  let map, cluster, selected;
  function initMap() {
    map = L.map("map", { preferCanvas: false, worldCopyJump: true, maxZoom: 14, minZoom: 3 }).setView([31, 38], 5);
    if (state.config && state.config.tile_url) {
      L.tileLayer(state.config.tile_url, { attribution: state.config.tile_attribution || "", maxZoom: 18 }).addTo(map);
    }
    fetch("/static/borders.geojson").then((r) => r.json()).then((gj) => {
      const layer = L.geoJSON(gj, { style: { color: "#7b8794", weight: 1, fillColor: "#f5f7fa", fillOpacity: state.config && state.config.tile_url ? 0 : 1 },
        interactive: false });
      layer.addTo(map);
      layer.bringToBack();
    });
    map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    cluster = L.markerClusterGroup({ disableClusteringAtZoom: 9, maxClusterRadius: 40 });
    map.addLayer(cluster);
    selected = L.layerGroup().addTo(map);  // the open incident's ring, above the clusters
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () {
      const d = el("div", { class: "map-legend" });
      for (const [t, c] of Object.entries(TYPE_COLOURS)) {
        d.appendChild(el("div", {}, el("span", { class: "legend-dot", style: "background:" + c }), t.replace(/_/g, " ")));
      }
      return d;
    };
    legend.addTo(map);
  }
  function radius(inc) {
    const k = (inc.killed && (inc.killed.min ?? inc.killed.max)) || 0;
    return Math.min(28, 5 + 2.5 * Math.sqrt(k));
  }
  function visible() {
    if (state.week === null) return state.incidents;
    const r = state.range;
    if (state.week === "before") return state.incidents.filter((i) => weekOf(i) !== null && weekOf(i) < r.first);
    if (state.week === "after") return state.incidents.filter((i) => weekOf(i) !== null && weekOf(i) > r.last);
    return state.incidents.filter((i) => weekOf(i) === state.week);
  }
  function drawMarkers() {
    cluster.clearLayers();
    const shown = visible();
    const layers = [];
    for (const inc of shown) {
      if (!inc.place || inc.place.lat == null || inc.place.lon == null) continue;
      const m = L.circleMarker([inc.place.lat, inc.place.lon], {
        radius: radius(inc), color: "#222", weight: 1, fillColor: TYPE_COLOURS[inc.event_type] || "#829ab1",
        fillOpacity: 0.8, className: "rasid-marker rasid-incident-" + inc.id,
      });
      m.bindTooltip((inc.date ? inc.date.value + " " : "") + inc.event_type.replace(/_/g, " ") +
        (inc.place.name ? " — " + inc.place.name : ""));
      m.on("click", () => openIncident(inc.id));
      layers.push(m);
    }
    cluster.addLayers(layers);
    const withDate = state.incidents.filter((i) => i.date).length;
    document.getElementById("count").textContent = shown.length + " of " + state.incidents.length + " incidents" +
      (typeof state.week === "number" ? " in the week of " + new Date(state.week).toISOString().slice(0, 10)
        : state.week !== null ? " outside the timeline (" + (state.week === "before" ? "earlier" : "later") + ")" : "") +
      (withDate < state.incidents.length ? " (" + (state.incidents.length - withDate) + " undated)" : "");
    document.getElementById("tl-clear").hidden = state.week === null;
  }

  // ---- timeline ----
  function weekOf(inc) {
    if (!inc.date || !inc.date.value) return null;
    const v = inc.date.value;
    const d = new Date(v.length === 4 ? v + "-01-01" : v.length === 7 ? v + "-01" : v);
    const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
    return d.getTime() - dow * DAY;
  }
  // The weeks the timeline spans: every date but far outliers (a report mis-dated to 2002 among
  // 2016-2025), found with Tukey's far fences on the dated incidents (3 interquartile ranges beyond the
  // quartiles, and never closer than 8 weeks), so that one wrong year cannot squeeze the rest into a sliver.
  function bulkRange(weeks) {
    const q = (f) => weeks[Math.min(weeks.length - 1, Math.floor(f * (weeks.length - 1)))];
    const q1 = q(0.25), q3 = q(0.75), pad = Math.max(3 * (q3 - q1), 8 * 7 * DAY);
    const inside = weeks.filter((w) => w >= q1 - pad && w <= q3 + pad);
    return { first: inside[0], last: inside[inside.length - 1] };
  }
  function drawClipped(before, after) {
    const box = clear(document.getElementById("tl-clipped"));
    box.dataset.before = before.length;
    box.dataset.after = after.length;
    box.hidden = !before.length && !after.length;
    const link = (which, list) => {
      const dates = list.map((i) => i.date.value).sort();
      const b = el("button", { type: "button", class: "tl-out" + (state.week === which ? " selected" : ""),
        "data-which": which, title: dates.join(", ") },
        list.length + " " + (which === "before" ? "earlier" : "later") + " (" +
        (which === "before" ? dates[0] : dates[dates.length - 1]) + ")");
      b.addEventListener("click", () => { state.week = state.week === which ? null : which; drawTimeline(); drawMarkers(); });
      return b;
    };
    if (before.length) box.appendChild(link("before", before));
    if (after.length) box.appendChild(link("after", after));
    if (!box.hidden) box.appendChild(document.createTextNode(" not on the timeline"));
  }
  function drawTimeline() {
    const s = clear(document.getElementById("timeline"));
    const dated = state.incidents.filter((i) => weekOf(i) !== null);
    if (!dated.length) { drawClipped([], []); return; }
    state.range = bulkRange(dated.map(weekOf).sort((a, b) => a - b));
    const first = state.range.first, last = state.range.last;
    const counts = new Map();
    for (const inc of dated) {
      const w = weekOf(inc);
      if (w >= first && w <= last) counts.set(w, (counts.get(w) || 0) + 1);
    }
    drawClipped(dated.filter((i) => weekOf(i) < first), dated.filter((i) => weekOf(i) > last));
    const n = Math.round((last - first) / (7 * DAY)) + 1;
    const W = s.clientWidth || 800, H = 84, top = 4, base = H - 14;
    const bw = Math.max(2, W / n);
    const max = Math.max(...counts.values());
    s.setAttribute("viewBox", "0 0 " + Math.max(W, bw * n) + " " + H);
    let lastYear = null;
    for (let i = 0; i < n; i++) {
      const w = first + i * 7 * DAY;
      const year = new Date(w).getUTCFullYear();
      if (year !== lastYear) {
        const t = svg("text", { x: i * bw, y: H - 2 });
        t.textContent = String(year);
        s.appendChild(t);
        s.appendChild(svg("line", { x1: i * bw, x2: i * bw, y1: top, y2: base, stroke: "#ddd" }));
        lastYear = year;
      }
    }
    for (const [w, c] of counts) {
      const i = Math.round((w - first) / (7 * DAY));
      const h = Math.max(2, (base - top) * c / max);
      const r = svg("rect", { x: i * bw, y: base - h, width: Math.max(2, bw - 0.5), height: h,
        class: "tl-bar" + (state.week === w ? " selected" : ""), "data-week": new Date(w).toISOString().slice(0, 10),
        "data-count": c });
      const title = svg("title", {});
      title.textContent = "week of " + new Date(w).toISOString().slice(0, 10) + ": " + c + " incident" + (c > 1 ? "s" : "");
      r.appendChild(title);
      r.addEventListener("click", () => { state.week = state.week === w ? null : w; drawTimeline(); drawMarkers(); });
      s.appendChild(r);
    }
  }

  async function loadIncidents() {
    const p = filterParams();
    p.set("limit", "10000");
    p.set("view", "map");
    try {
      const res = await api("/api/incidents?" + p.toString());
      state.incidents = res.incidents;
      state.week = null;
      showMessage("");
    } catch (e) { showMessage(e.message); state.incidents = []; }
    drawTimeline();
    drawMarkers();
  }

  // ---- highlighted text ----
  // Cut the text at every highlight boundary; each piece is a text node, inside <mark>s for the
  // fields that cover it (the innermost, shortest field gives the colour).
  function highlighted(text, hls) {
    const frag = document.createDocumentFragment();
    const cuts = new Set([0, text.length]);
    for (const h of hls) { cuts.add(h.start); cuts.add(h.end); }
    const pts = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      const piece = text.slice(a, b);
      const cover = hls.filter((h) => h.start <= a && h.end >= b);
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      cover.sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const fields = [...new Set(cover.map((h) => h.field))];
      const mk = el("mark", { class: "f-" + cover[0].field, "data-fields": fields.join(" "),
        title: fields.map((f) => FIELD_LABELS[f] || f).join(", ") }, piece);
      frag.appendChild(mk);
    }
    return frag;
  }
  function valueOf(field, v) {
    if (!v) return "";
    if (field === "date") return v.value || "unresolved";
    if (field === "place") return [v.name, v.admin1, v.country].filter(Boolean).join(", ");
    if (field === "perpetrator" || field === "claimed_by") return v.name;
    if (field === "killed" || field === "injured" || field === "killed_or_injured") return range(v);
    return "";
  }
  function range(v) {
    if (!v || (v.min == null && v.max == null)) return "—";
    if (v.min === v.max) return String(v.min);
    return (v.min ?? "") + "–" + (v.max ?? "");
  }
  function legend(hls, mention, dir) {
    const ul = el("ul", { class: "legend" });
    for (const h of hls) {
      if (h.field === "evidence") continue;
      let val = "";
      if (mention) {
        const v = h.field === "claimed_by" ? (mention.claimed_by || []).find((c) => c.start === h.start) : mention[h.field];
        val = valueOf(h.field, v);
      }
      ul.appendChild(el("li", {}, el("mark", { class: "f-" + h.field }, FIELD_LABELS[h.field] || h.field), " ",
        el("span", { class: "words", dir: dir }, h.text), val ? " → " + val : ""));
    }
    return ul;
  }

  // ---- incident panel ----
  async function openIncident(id) {
    let d;
    try { d = await api("/api/incidents/" + id); } catch (e) { showMessage(e.message); return; }
    state.current = d;
    if (location.hash !== "#incident=" + id) history.replaceState(null, "", "#incident=" + id);
    renderIncident(d);
    showOnMap(d);
  }
  // Move the map to the incident (close enough that it is out of any cluster) and ring it there.
  function showOnMap(d) {
    selected.clearLayers();
    const where = document.getElementById("map");
    if (!d.place || d.place.lat == null || d.place.lon == null) { where.removeAttribute("data-selected"); return; }
    const ll = [d.place.lat, d.place.lon];
    map.setView(ll, Math.max(map.getZoom(), 9), { animate: false });
    L.circleMarker(ll, { radius: 16, color: "#d64545", weight: 3, fill: false, interactive: false,
      className: "rasid-selected rasid-selected-" + d.id }).addTo(selected);
    where.setAttribute("data-selected", d.id);
  }
  function renderIncident(d) {
    const p = clear(document.getElementById("panel"));
    p.setAttribute("data-incident", d.id);
    p.appendChild(el("h2", {}, (d.event_type || "").replace(/_/g, " ") + " #" + d.id + (d.rejected ? " (rejected)" : "")));
    const place = d.place ? [d.place.name, d.place.admin1, d.place.country].filter(Boolean).join(", ") : "—";
    const dl = el("dl", { class: "fields" });
    const row = (k, v) => { dl.appendChild(el("dt", {}, k)); dl.appendChild(el("dd", {}, v)); };
    row("Date", d.date ? d.date.value + " (" + d.date.precision + ")" : "—");
    row("Place", place);
    row("Perpetrator", (d.perpetrator || "—") + (d.contested ? " (contested: " + (d.perpetrators || []).join(", ") + ")" : ""));
    row("Victims", d.victims);
    row("Killed", range(d.killed));
    row("Injured", range(d.injured));
    row("Grade", d.grade + " — " + d.sources + " source(s), " + d.independent_sources + " independent");
    if (d.reject_why) row("Rejected because", d.reject_why);
    p.appendChild(dl);
    const byDoc = new Map();
    for (const m of d.mentions) {
      if (!byDoc.has(m.document)) byDoc.set(m.document, []);
      byDoc.get(m.document).push(m);
    }
    for (const src of d.documents) {
      const ms = byDoc.get(src.id) || [];
      const hls = ms.flatMap((m) => m.highlights);
      const box = el("section", { class: "source", "data-document": src.id });
      box.appendChild(el("h4", {}, (src.source || "source") + (src.published ? " · " + src.published : "") +
        (src.lang ? " · " + src.lang : "") + " · document " + src.id));
      if (src.url && /^https?:\/\//.test(src.url)) box.appendChild(el("a", { href: src.url, rel: "noopener noreferrer", target: "_blank" }, src.url));
      box.appendChild(el("div", { class: "source-text", dir: src.dir, lang: src.lang || "" }, highlighted(src.text, hls)));
      for (const m of ms) {
        box.appendChild(el("div", { class: "mention-head" }, "mention " + m.id + " (" + m.event_type.replace(/_/g, " ") + ")"));
        box.appendChild(legend(m.highlights, m, src.dir));
      }
      p.appendChild(box);
    }
    if (d.review_log.length) {
      const ul = el("ul", { class: "log" });
      for (const r of d.review_log) ul.appendChild(el("li", {}, r.at.slice(0, 16).replace("T", " ") + " " + r.who + ": " + r.action +
        (r.detail && r.detail.field ? " " + r.detail.field + " = " + r.detail.after : "") + (r.why ? " — " + r.why : "")));
      p.appendChild(el("h3", {}, "Review history"));
      p.appendChild(ul);
    }
    p.appendChild(reviewForms(d));
  }

  function reviewForms(d) {
    const box = el("div", { class: "review" });
    if (!state.who) { box.appendChild(el("p", { class: "hint" }, "Sign in with a token to merge, split, edit or reject.")); return box; }
    box.appendChild(el("h3", {}, "Review as " + state.who));
    const why = (ph) => el("input", { name: "why", placeholder: ph || "why", size: 18 });
    const act = (action, body) => async (ev) => {
      ev.preventDefault();
      try {
        const out = await api("/api/incidents/" + d.id + "/" + action, { json: body(ev.target) });
        showMessage("");
        await loadIncidents();
        await openIncident(action === "split" && out.new_incident ? d.id : d.id);
      } catch (e) { showMessage(e.message); }
    };
    const fEdit = el("form", { id: "review-edit", onsubmit: act("edit", (f) => ({ field: f.field.value, value: f.value.value, why: f.why.value || null })) },
      el("select", { name: "field" }, ...EDITABLE.map((x) => el("option", { value: x }, x))),
      el("input", { name: "value", placeholder: "value (null clears)", size: 12 }), why(), el("button", { type: "submit" }, "Edit"));
    const fMerge = el("form", { id: "review-merge", onsubmit: act("merge", (f) => ({ other: Number(f.other.value), why: f.why.value || null })) },
      el("input", { name: "other", type: "number", placeholder: "incident id", style: "width:7em" }), why(), el("button", { type: "submit" }, "Merge into this"));
    const checks = el("span", {}, ...d.mentions.map((m) => el("label", {}, el("input", { type: "checkbox", name: "m", value: m.id }), " " + m.id + " ")));
    const fSplit = el("form", { id: "review-split", onsubmit: act("split", (f) => ({ mentions: [...f.querySelectorAll("input[name=m]:checked")].map((c) => Number(c.value)), why: f.why.value || null })) },
      "mentions ", checks, why(), el("button", { type: "submit" }, "Split off"));
    const fReject = el("form", { id: "review-reject", onsubmit: act("reject", (f) => ({ why: f.why.value })) },
      why("reason (required)"), el("button", { type: "submit" }, "Reject"));
    box.append(fEdit, fMerge, fSplit, fReject);
    return box;
  }

  // ---- sign in ----
  async function signIn(token) {
    state.token = token;
    if (!token) { state.who = null; localStorage.removeItem("rasid.token"); document.getElementById("who").textContent = ""; return; }
    try {
      const me = await api("/api/whoami");
      state.who = me.name;
      localStorage.setItem("rasid.token", token);
      document.getElementById("who").textContent = "signed in as " + me.name;
    } catch (e) {
      state.who = null;
      document.getElementById("who").textContent = "token refused";
    }
  }

  // ---- paste a report ----
  async function extractPasted(ev) {
    ev.preventDefault();
    const text = document.getElementById("paste-text").value;
    const published = document.getElementById("paste-published").value || null;
    const out = clear(document.getElementById("paste-result"));
    if (!text.trim()) return;
    try {
      const res = await api("/api/extract", { json: { text: text, published: published } });
      const dir = res.lang === "ar" ? "rtl" : "ltr";
      out.appendChild(el("p", {}, res.incidents.length + " incident(s) found (" + res.lang + ")"));
      out.appendChild(el("div", { class: "source-text", dir: dir, lang: res.lang }, highlighted(text, res.highlights)));
      res.incidents.forEach((inc, i) => {
        out.appendChild(el("div", { class: "mention-head" }, "#" + (i + 1) + " " + inc.event_type.replace(/_/g, " ")));
        out.appendChild(legend(res.highlights.filter((h) => h.incident === i), inc, dir));
      });
    } catch (e) { out.appendChild(el("p", { class: "error" }, e.message)); }
  }

  // ---- start ----
  async function start() {
    try { state.config = await api("/api/config"); } catch (e) { state.config = {}; }
    initMap();
    document.getElementById("token").value = state.token;
    if (state.token) await signIn(state.token);
    document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadIncidents(); });
    document.getElementById("signin").addEventListener("submit", (ev) => { ev.preventDefault(); signIn(document.getElementById("token").value.trim()).then(() => state.current && renderIncident(state.current)); });
    document.getElementById("tl-clear").addEventListener("click", () => { state.week = null; drawTimeline(); drawMarkers(); });
    document.getElementById("paste-form").addEventListener("submit", extractPasted);
    window.addEventListener("resize", drawTimeline);
    window.addEventListener("hashchange", () => {  // a link or an edited address: #incident=ID
      const h = /#incident=(\d+)/.exec(location.hash);
      if (h && (!state.current || state.current.id !== Number(h[1]))) openIncident(Number(h[1]));
    });
    try { await loadFacets(); } catch (e) { showMessage(e.message); }
    await loadIncidents();
    const m = /#incident=(\d+)/.exec(location.hash);
    if (m) await openIncident(Number(m[1]));
    document.body.setAttribute("data-ready", "1");
  }
  window.rasid = { openIncident: openIncident, state: state };
  start();
})();
