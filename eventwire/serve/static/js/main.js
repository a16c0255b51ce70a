// Wires filters, URL, map, timeline, list and panels together. One rule: every change goes
// through the URL hash and hashchange re-renders from it, so reload and sharing just work.

import { fetchArticle, fetchEvent, fetchEvents, fetchPoints } from "./api.js";
import { TYPES, typeColor } from "./colors.js";
import { h, listItem, renderArticle, renderEvidence } from "./evidence.js";
import { EventMap, NO_DAY } from "./map.js";
import { filterQuery, readState, sameFilters, stateToHash } from "./state.js";
import { dayToISO, isoToDay, Timeline } from "./timeline.js";

const PAGE = 100;
// The map and timeline get every event matching the other filters; dates and the place box
// are applied on the client so brushing the timeline answers at once.
const CLIENT_SIDE = ["since", "until", "bbox"];

const $ = (id) => document.getElementById(id);
const form = $("filters");
const statusLine = $("status");

let state = {};
let lastPoints = null; // state the points were fetched for
let lastList = null; // state the list was fetched for
let listCursor = null;
let pointsCtl = null, listCtl = null, viewCtl = null;
let pointsTotal = 0;

const eventMap = new EventMap($("map"), {
  onEvent: (id) => go({ ...state, event: id, article: undefined }),
  onPlace: ({ bbox }) => go({ ...state, bbox: bbox.join(","), event: undefined,
    article: undefined }),
});
eventMap.loadBorders("/static/vendor/world-atlas/countries-50m.json")
  .catch((err) => setStatus(`Borders not loaded: ${err.message}`, true));

const timeline = new Timeline($("timeline"), {
  onBrush: (since, until) => go({
    ...state,
    since: since == null ? undefined : dayToISO(since),
    until: until == null ? undefined : dayToISO(until),
    event: undefined, article: undefined,
  }),
});

function go(next) {
  const hash = stateToHash(next);
  if (hash === (location.hash || "#")) { render(); return; }
  location.hash = hash;
}

function setStatus(text, error = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", error);
}

// -- filters form -------------------------------------------------------------------------
function buildForm() {
  const sel = $("f-type");
  for (const t of TYPES) sel.append(h("option", { value: t }, t));
  const legend = $("types-legend");
  for (const t of TYPES) {
    legend.append(h("button", { type: "button", class: "type-chip", dataset: { type: t },
      title: `Show or hide ${t}`, onclick: () => toggleType(t) },
    h("span", { class: "swatch", style: `background:${typeColor(t)}` }), t));
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); applyForm(); });
  for (const input of form.querySelectorAll("select, input[type=date]")) {
    input.addEventListener("change", () => applyForm());
  }
  $("reset").addEventListener("click", () => go({ g: state.g }));
  $("granularity").addEventListener("change", (e) => go({ ...state, g: e.target.value }));
  $("more").addEventListener("click", () => loadList(true));
  for (const b of document.querySelectorAll("[data-back]")) {
    b.addEventListener("click", () => {
      if (state.article && state.event) go({ ...state, article: undefined });
      else go({ ...state, event: undefined, article: undefined });
    });
  }
}

function toggleType(t) {
  const types = new Set((state.type || "").split(",").filter(Boolean));
  if (types.has(t)) types.delete(t); else types.add(t);
  go({ ...state, type: [...types].join(","), event: undefined, article: undefined });
}

function applyForm() {
  const data = new FormData(form);
  const next = { g: state.g, bbox: state.bbox };
  for (const [k, v] of data.entries()) {
    const s = String(v).trim();
    if (s) next[k] = s;
  }
  if (data.get("type") === "__multi") next.type = state.type;
  go(next);
}

function fillForm() {
  const sel = $("f-type");
  sel.querySelector("option[value=__multi]")?.remove();
  const types = (state.type || "").split(",").filter(Boolean);
  if (types.length > 1) {
    sel.append(h("option", { value: "__multi" }, `${types.length} types`));
    sel.value = "__multi";
  } else {
    sel.value = types[0] || "";
  }
  for (const chip of document.querySelectorAll(".type-chip")) {
    chip.classList.toggle("off", types.length > 0 && !types.includes(chip.dataset.type));
  }
  const fields = { mode: "f-mode", country: "f-country", actor: "f-actor", since: "f-since",
    until: "f-until", status: "f-status", min_fatalities: "f-minfat", text: "f-text" };
  for (const [k, id] of Object.entries(fields)) $(id).value = state[k] || "";
  $("granularity").value = state.g || "auto";
  const q = filterQuery(state).toString();
  $("export-csv").href = "/api/export.csv" + (q ? "?" + q : "");
  $("export-geojson").href = "/api/export.geojson" + (q ? "?" + q : "");
}

// -- data ---------------------------------------------------------------------------------
async function loadPoints() {
  pointsCtl?.abort();
  pointsCtl = new AbortController();
  const wanted = { ...state };
  const t0 = performance.now();
  const data = await fetchPoints(filterQuery(wanted, CLIENT_SIDE), pointsCtl.signal);
  lastPoints = wanted;
  pointsTotal = data.count;
  const firstLoad = !eventMap.points;
  eventMap.setPoints(data);
  applyRange();
  timeline.setData(eventMap.points.day, eventMap.points.fat);
  if (firstLoad && !state.event) eventMap.fitPoints();
  window.__ewReady = { points: data.count, shown: eventMap.shown, ms: performance.now() - t0,
    at: performance.now() };
  document.body.dataset.ready = "1";
}

function applyRange() {
  const since = isoToDay(state.since), until = isoToDay(state.until);
  eventMap.setRange(since, until);
  timeline.setRange(since, until);
}

async function loadList(more = false) {
  listCtl?.abort();
  listCtl = new AbortController();
  const params = filterQuery(state);
  params.set("limit", String(PAGE));
  if (more && listCursor) params.set("cursor", listCursor);
  const wanted = { ...state };
  const data = await fetchEvents(params, listCtl.signal);
  lastList = wanted;
  const ol = $("event-list");
  if (!more) ol.replaceChildren();
  const open = (id) => go({ ...state, event: id, article: undefined });
  for (const e of data.events) ol.append(listItem(e, open));
  listCursor = data.next_cursor || null;
  $("more").hidden = !listCursor;
  const n = ol.children.length;
  $("list-title").replaceChildren(`Events (${n}${listCursor ? "+" : ""})`);
  if (state.bbox) {
    $("list-title").append(" at one place ",
      h("button", { type: "button", class: "chip-clear",
        onclick: () => go({ ...state, bbox: undefined }) }, "× show all places"));
  }
  if (!n) ol.append(h("li", { class: "empty" }, "No events match these filters."));
}

function summary() {
  const parts = [`${pointsTotal} events match`];
  const unplaced = pointsTotal - (eventMap.points?.located ?? 0);
  parts.push(`${eventMap.shown} on the map`);
  if (unplaced) parts.push(`${unplaced} without coordinates`);
  if ((state.since || state.until) && eventMap.points) {
    const { day } = eventMap.points;
    const lo = isoToDay(state.since) ?? -Infinity, hi = isoToDay(state.until) ?? Infinity;
    let n = 0;
    for (let i = 0; i < day.length; i++) {
      if (day[i] !== NO_DAY && day[i] >= lo && day[i] <= hi) n++;
    }
    parts[0] = `${n} of ${pointsTotal} events match`;
    parts.push(`dates ${state.since || "…"} to ${state.until || "…"}`);
  }
  setStatus(parts.join(" · "));
}

async function showView() {
  viewCtl?.abort();
  viewCtl = new AbortController();
  const signal = viewCtl.signal;
  const list = $("list-view"), ev = $("evidence-view"), art = $("article-view");
  if (state.article) {
    const [a, e] = await Promise.all([
      fetchArticle(state.article, signal),
      state.event ? fetchEvent(state.event, signal).catch(() => null) : null,
    ]);
    renderArticle($("article"), a, e);
    list.hidden = true; ev.hidden = true; art.hidden = false;
  } else if (state.event) {
    const e = await fetchEvent(state.event, signal);
    eventMap.select(e.location?.lat, e.location?.lon);
    renderEvidence($("evidence"), e,
      (aid) => stateToHash({ ...state, article: aid, event: state.event }));
    list.hidden = true; ev.hidden = false; art.hidden = true;
  } else {
    eventMap.select(null, null);
    list.hidden = false; ev.hidden = true; art.hidden = true;
  }
}

let renderSeq = 0;

async function render() {
  const seq = ++renderSeq;
  const hash = location.hash || "#";
  document.body.dataset.busy = "1";
  state = readState();
  fillForm();
  if (state.g) timeline.unit = state.g;
  else timeline.unit = "auto";
  const jobs = [];
  if (!lastPoints || !sameFilters(lastPoints, state, CLIENT_SIDE)) jobs.push(loadPoints());
  else { applyRange(); timeline.render(); timeline.setRange(isoToDay(state.since),
    isoToDay(state.until)); }
  if (!lastList || !sameFilters(lastList, state)) jobs.push(loadList());
  jobs.push(showView());
  try {
    const results = await Promise.allSettled(jobs);
    const failed = results.find((r) => r.status === "rejected" && r.reason.name !== "AbortError");
    if (failed) setStatus(failed.reason.message, true);
    else if (seq === renderSeq) summary();
  } finally {
    // Tests and scripts wait on this: the view for this hash is fully drawn.
    if (seq === renderSeq) {
      delete document.body.dataset.busy;
      document.body.dataset.rendered = hash;
    }
  }
}

// A handle for the console and the browser tests.
window.eventwire = { map: eventMap, timeline };

buildForm();
window.addEventListener("hashchange", render);
render();
