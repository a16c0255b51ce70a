// Thin wrappers over the REST API; errors carry the server's message for the status line.

export class ApiError extends Error {}

async function getJSON(url, signal) {
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    let msg = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      const detail = body.error ?? body.detail ?? body.message;
      if (detail) msg = typeof detail === "string" ? detail : JSON.stringify(detail);
    } catch { /* not JSON */ }
    throw new ApiError(msg);
  }
  return res.json();
}

export function fetchPoints(params, signal) {
  return getJSON(`/api/events/points?${params}`, signal);
}

export function fetchEvents(params, signal) {
  return getJSON(`/api/events?${params}`, signal);
}

export function fetchEvent(id, signal) {
  return getJSON(`/api/events/${encodeURIComponent(id)}`, signal);
}

export function fetchArticle(id, signal) {
  return getJSON(`/api/articles/${encodeURIComponent(id)}`, signal);
}
