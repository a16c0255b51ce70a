// The event list, the evidence panel and the article view. Every piece of text that came from
// an article or the store goes into the page through textContent or createTextNode, never as
// HTML: news text routinely contains markup-like strings, and some of it is hostile.

import { typeColor } from "./colors.js";

// Highlight kinds, in the order they win when spans overlap.
export const KINDS = [
  ["trigger", "trigger"],
  ["figure", "figures"],
  ["actor1", "actor 1"],
  ["actor2", "actor 2"],
  ["location", "place"],
  ["sentence", "sentence"],
];
const PRIORITY = Object.fromEntries(KINDS.map(([k], i) => [k, i]));

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number"
      ? document.createTextNode(String(c)) : c);
  }
  return node;
}

// text split at span edges into text nodes and <mark> elements. spans: [{kind, start, end}]
// with offsets into text; out-of-range or malformed spans are clipped or dropped.
export function highlight(text, spans) {
  const frag = document.createDocumentFragment();
  const clean = [];
  for (const s of spans) {
    const a = Math.max(0, Math.min(text.length, Math.floor(Number(s.start))));
    const b = Math.max(0, Math.min(text.length, Math.floor(Number(s.end))));
    if (Number.isFinite(a) && Number.isFinite(b) && b > a) clean.push({ ...s, start: a, end: b });
  }
  const edges = [...new Set([0, text.length, ...clean.flatMap((s) => [s.start, s.end])])]
    .sort((x, y) => x - y);
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i], b = edges[i + 1];
    const piece = text.slice(a, b);
    const kinds = clean.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind);
    if (!kinds.length) { frag.appendChild(document.createTextNode(piece)); continue; }
    kinds.sort((x, y) => PRIORITY[x] - PRIORITY[y]);
    const mark = h("mark", { class: `hl hl-${kinds[0]}`, title: [...new Set(kinds)].join(", ") });
    mark.dataset.kind = kinds[0];
    mark.textContent = piece;
    frag.appendChild(mark);
  }
  return frag;
}

// A mention's spans as {kind, start, end} relative to `base` (the sentence start for the
// sentence alone, 0 for the whole article).
export function mentionSpans(m, base) {
  const out = [];
  const add = (kind, span) => {
    if (Array.isArray(span) && span.length === 2) {
      out.push({ kind, start: span[0] - base, end: span[1] - base });
    }
  };
  add("trigger", m.trigger_span);
  add("actor1", m.actor1_span);
  add("actor2", m.actor2_span);
  add("location", m.location_span);
  for (const f of m.figure_spans || []) add("figure", f);
  return out;
}

export function actorLabel(a) {
  if (!a) return null;
  const name = a.name || a.text;
  return a.code && a.code !== name ? `${name} (${a.code})` : name;
}

function placeLabel(loc) {
  if (!loc) return null;
  return loc.name || loc.text;
}

export function eventSummary(e) {
  const a1 = actorLabel(e.actor1), a2 = actorLabel(e.actor2);
  const who = a1 && a2 ? `${a1} → ${a2}` : a1 || (a2 ? `→ ${a2}` : "");
  return who;
}

export function listItem(e, onOpen) {
  const killed = e.fatalities != null ? `${e.fatalities} killed` : null;
  const item = h("li", { class: "event-item", dataset: { id: e.event_id } },
    h("button", { type: "button", class: "event-open", onclick: () => onOpen(e.event_id) },
      h("span", { class: "swatch", style: `background:${typeColor(e.event_type)}` }),
      h("span", { class: "ev-type" }, e.event_type + (e.mode ? ` · ${e.mode}` : "")),
      h("span", { class: "ev-date" }, e.date || "date unknown"),
      h("span", { class: "ev-who" }, eventSummary(e)),
      h("span", { class: "ev-where" }, placeLabel(e.location) || ""),
      killed ? h("span", { class: "ev-killed" }, killed) : null,
      e.status && e.status !== "reported" ? h("span", { class: "ev-status" }, e.status) : null,
    ));
  return item;
}

function row(label, value) {
  if (value === null || value === undefined || value === "" ||
      (Array.isArray(value) && !value.length)) return null;
  return h("div", { class: "kv" }, h("dt", {}, label),
    h("dd", {}, Array.isArray(value) ? value.join(", ") : String(value)));
}

function kindLegend() {
  return h("p", { class: "hl-legend" }, "Highlighted: ",
    ...KINDS.filter(([k]) => k !== "sentence")
      .map(([k, label]) => h("mark", { class: `hl hl-${k}` }, label)));
}

// articleHref(articleId) gives the link to the article view keeping the page state.
export function renderEvidence(container, e, articleHref) {
  container.replaceChildren();
  const loc = e.location || {};
  const where = [placeLabel(e.location), loc.admin1, loc.country].filter(Boolean).join(", ");
  const coords = loc.lat != null && loc.lon != null
    ? `${(+loc.lat).toFixed(4)}, ${(+loc.lon).toFixed(4)}` : null;
  container.append(
    h("h2", { class: "ev-title" },
      h("span", { class: "swatch", style: `background:${typeColor(e.event_type)}` }),
      e.event_type + (e.mode ? ` · ${e.mode}` : "")),
    h("dl", { class: "facts" },
      row("Date", e.date ? `${e.date}${e.date_precision && e.date_precision !== "day"
        ? ` (${e.date_precision})` : ""}` : "unknown"),
      row("Date text", e.date_text),
      row("Actor 1", actorLabel(e.actor1)),
      row("Actor 2", actorLabel(e.actor2)),
      row("Place", where ? where + (loc.precision ? ` (${loc.precision})` : "") : null),
      row("Coordinates", coords),
      row("Killed", e.fatalities),
      row("Injured", e.injured),
      row("Figures", e.casualties_text),
      row("Other figures reported", (e.figures_disagreement || []).map((x) =>
        typeof x === "object" ? JSON.stringify(x) : String(x))),
      row("Status", e.status),
      row("Attribution", e.attribution),
      row("Context", e.context),
      row("Confidence", e.confidence != null ? (+e.confidence).toFixed(2) : null),
      row("Reports", `${e.n_mentions ?? "?"} mentions in ${e.n_articles ?? "?"} articles from `
        + `${e.n_sources ?? "?"} outlets`),
      row("CAMEO / ACLED", [e.cameo_root, e.acled_event_type, e.acled_sub_event_type]
        .filter(Boolean).join(" · ")),
      row("Event id", e.event_id),
    ),
    h("h3", {}, "Evidence"),
    kindLegend(),
  );
  const list = h("ol", { class: "mentions" });
  for (const m of e.mentions || []) {
    const sentence = m.sentence || "";
    const base = m.sentence_start || 0;
    list.append(h("li", { class: "mention" },
      h("div", { class: "m-source" },
        h("span", { class: "m-outlet" }, m.outlet || "unknown outlet"),
        m.published ? h("span", { class: "m-date" }, m.published) : null,
        h("a", { class: "m-title", href: articleHref(m.article_id) },
          m.title || `article ${m.article_id}`),
      ),
      h("blockquote", { class: "m-sentence" }, highlight(sentence, mentionSpans(m, base))),
      h("div", { class: "m-meta" },
        m.rule ? h("span", { class: "m-rule" }, "rule: ", h("code", {}, m.rule)) : null,
        m.trigger ? h("span", { class: "m-trigger" }, "trigger: ", m.trigger) : null,
      ),
    ));
  }
  if (!(e.mentions || []).length) list.append(h("li", {}, "No mentions stored."));
  container.append(list);
}

// The article body, with this event's mentions (when known) marked in place.
export function renderArticle(container, a, event) {
  container.replaceChildren();
  const meta = [a.outlet, a.published, a.dateline].filter(Boolean).join(" · ");
  const byline = Array.isArray(a.byline) ? a.byline.join(", ") : a.byline;
  const url = typeof a.url === "string" && /^https?:\/\//i.test(a.url) ? a.url : null;
  const parts = [
    h("h2", { class: "art-title" }, a.title || "Untitled article"),
    meta ? h("p", { class: "art-meta" }, meta) : null,
    byline ? h("p", { class: "art-byline" }, "By ", byline) : null,
    url ? h("p", { class: "art-url" },
      h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url)) : null,
    h("p", { class: "art-id" }, `article ${a.article_id}`),
  ];
  // Element.append would turn a null into the text "null".
  container.append(...parts.filter(Boolean));
  const text = a.text || "";
  const spans = [];
  for (const m of (event && event.mentions) || []) {
    if (m.article_id !== a.article_id) continue;
    spans.push({ kind: "sentence", start: m.sentence_start, end: m.sentence_end
      ?? m.sentence_start + (m.sentence || "").length });
    spans.push(...mentionSpans(m, 0));
  }
  if (spans.length) container.append(kindLegend());
  const body = h("div", { class: "art-text" });
  body.append(highlight(text, spans));
  container.append(body);
  const first = body.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}
