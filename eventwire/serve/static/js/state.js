// The page's state lives in the URL hash (#type=ASSAULT&since=2024-01-01&event=ID), so any
// view can be shared and reloaded; filters use the API's own parameter names.

export const FILTER_KEYS = [
  "type", "mode", "country", "actor", "since", "until", "status", "min_fatalities", "text", "bbox",
];
// What the page shows besides filters: an event's evidence, or an article.
export const VIEW_KEYS = ["event", "article", "g"];

export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const state = {};
  for (const k of [...FILTER_KEYS, ...VIEW_KEYS]) {
    const v = params.get(k);
    if (v !== null && v !== "") state[k] = v;
  }
  return state;
}

export function stateToHash(state) {
  const params = new URLSearchParams();
  for (const k of [...FILTER_KEYS, ...VIEW_KEYS]) {
    if (state[k] !== undefined && state[k] !== null && state[k] !== "") params.set(k, state[k]);
  }
  const s = params.toString();
  return s ? "#" + s : "#";
}

// The API query string for the filters in state; `omit` drops keys (the map ignores dates,
// which it filters itself so the timeline can be brushed without a round trip).
export function filterQuery(state, omit = []) {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    if (omit.includes(k)) continue;
    if (state[k] !== undefined && state[k] !== "") params.set(k, state[k]);
  }
  return params;
}

export function sameFilters(a, b, omit = []) {
  return filterQuery(a, omit).toString() === filterQuery(b, omit).toString();
}
