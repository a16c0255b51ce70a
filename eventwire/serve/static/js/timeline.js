// Events (bars) and fatalities (line) per day, week, month or year, in plain SVG. Dragging
// across it selects a date range (the brush), which filters the map at once and the list and
// exports through the URL; a click without a drag clears the range.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const NO_DAY = -2147483648;

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

export function dayToISO(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDay(iso) {
  if (!iso) return null;
  const t = Date.parse(iso + "T00:00:00Z");
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

// Bin arithmetic for each granularity: day -> bin, and a bin's first and last day.
const UNITS = {
  day: { bin: (d) => d, start: (b) => b, end: (b) => b, label: (b) => dayToISO(b) },
  week: {
    // Weeks start on Monday; 1970-01-01 (day 0) was a Thursday.
    bin: (d) => Math.floor((d + 3) / 7),
    start: (b) => b * 7 - 3,
    end: (b) => b * 7 + 3,
    label: (b) => dayToISO(b * 7 - 3),
  },
  month: {
    bin: (d) => { const t = new Date(d * DAY_MS); return t.getUTCFullYear() * 12 + t.getUTCMonth(); },
    start: (b) => Date.UTC(Math.floor(b / 12), b % 12, 1) / DAY_MS,
    end: (b) => Date.UTC(Math.floor(b / 12), (b % 12) + 1, 1) / DAY_MS - 1,
    label: (b) => `${Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, "0")}`,
  },
  year: {
    bin: (d) => new Date(d * DAY_MS).getUTCFullYear(),
    start: (b) => Date.UTC(b, 0, 1) / DAY_MS,
    end: (b) => Date.UTC(b + 1, 0, 1) / DAY_MS - 1,
    label: (b) => String(b),
  },
};

export function autoUnit(minDay, maxDay) {
  const span = maxDay - minDay;
  if (span <= 120) return "day";
  if (span <= 900) return "week";
  if (span <= 365 * 12) return "month";
  return "year";
}

export class Timeline {
  constructor(svg, { onBrush }) {
    this.svg = svg;
    this.onBrush = onBrush; // (sinceDay|null, untilDay|null) => void
    this.unit = "auto";
    this.range = [null, null];
    this.data = null;
    this._drag = null;
    svg.addEventListener("pointerdown", (e) => this._down(e));
    svg.addEventListener("pointermove", (e) => this._move(e));
    svg.addEventListener("pointerup", (e) => this._up(e));
    new ResizeObserver(() => this.render()).observe(svg);
  }

  // days: Int32Array of epoch days (NO_DAY when unknown); fat: Int32Array (-1 when unknown).
  setData(days, fat) {
    this.data = { days, fat };
    this.render();
  }

  setUnit(unit) {
    this.unit = unit;
    this.render();
  }

  setRange(since, until) {
    this.range = [since, until];
    this._drawRange();
  }

  render() {
    const svg = this.svg;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 130;
    this.geom = null;
    if (!this.data) return;
    const { days, fat } = this.data;
    let minDay = Infinity, maxDay = -Infinity;
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if (d === NO_DAY) continue;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
    if (minDay === Infinity) {
      el("text", { x: 10, y: 20, class: "tl-empty" }, svg).textContent = "No dated events";
      return;
    }
    const unitName = this.unit === "auto" ? autoUnit(minDay, maxDay) : this.unit;
    const unit = UNITS[unitName];
    const b0 = unit.bin(minDay), b1 = unit.bin(maxDay);
    const nb = b1 - b0 + 1;
    if (nb > 20000) { // a day scale over decades: fall back rather than draw 20k bars
      this.unit = "auto";
      this.render();
      return;
    }
    const counts = new Float64Array(nb), kills = new Float64Array(nb);
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if (d === NO_DAY) continue;
      const b = unit.bin(d) - b0;
      counts[b]++;
      if (fat[i] > 0) kills[b] += fat[i];
    }
    const pad = { l: 38, r: 38, t: 8, b: 20 };
    const w = width - pad.l - pad.r, h = height - pad.t - pad.b;
    const maxC = Math.max(1, ...counts), maxK = Math.max(1, ...kills);
    const bw = w / nb;
    this.geom = { pad, w, h, nb, b0, unit, unitName, bw, height };
    el("title", {}, svg).textContent = `Events and fatalities per ${unitName}`;
    const bars = el("g", { class: "tl-bars" }, svg);
    for (let b = 0; b < nb; b++) {
      if (!counts[b]) continue;
      const bh = Math.max(1, (counts[b] / maxC) * h);
      const r = el("rect", {
        x: (pad.l + b * bw).toFixed(2), y: (pad.t + h - bh).toFixed(2),
        width: Math.max(1, bw - (bw > 4 ? 1 : 0)).toFixed(2), height: bh.toFixed(2),
      }, bars);
      el("title", {}, r).textContent =
        `${unit.label(b + b0)}: ${counts[b]} events, ${kills[b]} killed`;
    }
    let path = "";
    for (let b = 0; b < nb; b++) {
      const x = pad.l + (b + 0.5) * bw, y = pad.t + h - (kills[b] / maxK) * h;
      path += (b ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
    }
    el("path", { d: path, class: "tl-fatal" }, svg);
    // Axes: counts on the left, fatalities on the right, a few date ticks below.
    const ax = el("g", { class: "tl-axis" }, svg);
    el("line", { x1: pad.l, x2: pad.l + w, y1: pad.t + h, y2: pad.t + h }, ax);
    el("text", { x: pad.l - 4, y: pad.t + 8, "text-anchor": "end" }, ax).textContent = maxC;
    el("text", { x: pad.l + w + 4, y: pad.t + 8, class: "tl-fatal-label" }, ax).textContent =
      maxK;
    const ticks = Math.min(nb, Math.max(2, Math.floor(w / 90)));
    for (let k = 0; k < ticks; k++) {
      const b = Math.round((k * (nb - 1)) / Math.max(1, ticks - 1));
      const x = pad.l + (b + 0.5) * bw;
      el("line", { x1: x, x2: x, y1: pad.t + h, y2: pad.t + h + 4 }, ax);
      el("text", { x, y: height - 4, "text-anchor": "middle" }, ax).textContent =
        unit.label(b + b0);
    }
    this.shade = el("rect", { class: "tl-range", y: pad.t, height: h, x: 0, width: 0 }, svg);
    this.shade.style.display = "none";
    this._drawRange();
  }

  _drawRange() {
    const g = this.geom;
    if (!g || !this.shade) return;
    const [since, until] = this.range;
    if (since == null && until == null) { this.shade.style.display = "none"; return; }
    const x0 = since == null ? 0 : this._dayToX(since);
    const x1 = until == null ? g.w : this._dayToX(until + 1);
    this.shade.setAttribute("x", String(g.pad.l + Math.max(0, x0)));
    this.shade.setAttribute("width", String(Math.max(2, Math.min(g.w, x1) - Math.max(0, x0))));
    this.shade.style.display = "";
  }

  _dayToX(day) {
    // Position of a day within its bin, so ranges that do not align to bins still show.
    const g = this.geom;
    const b = g.unit.bin(day);
    const s = g.unit.start(b), e = g.unit.end(b);
    return (b - g.b0 + (day - s) / (e - s + 1)) * g.bw;
  }

  _xToBin(clientX) {
    const g = this.geom;
    const x = clientX - this.svg.getBoundingClientRect().left - g.pad.l;
    return Math.max(0, Math.min(g.nb - 1, Math.floor(x / g.bw))) + g.b0;
  }

  _down(e) {
    if (!this.geom || e.button !== 0) return;
    this.svg.setPointerCapture(e.pointerId);
    this._drag = { x0: e.clientX, b0: this._xToBin(e.clientX), moved: false };
  }

  _move(e) {
    if (!this._drag) return;
    if (Math.abs(e.clientX - this._drag.x0) > 3) this._drag.moved = true;
    if (!this._drag.moved) return;
    const [since, until] = this._binsToDays(this._drag.b0, this._xToBin(e.clientX));
    this.range = [since, until];
    this._drawRange();
  }

  _up(e) {
    if (!this._drag) return;
    const drag = this._drag;
    this._drag = null;
    if (!drag.moved) {
      this.range = [null, null];
      this._drawRange();
      this.onBrush(null, null);
      return;
    }
    const [since, until] = this._binsToDays(drag.b0, this._xToBin(e.clientX));
    this.range = [since, until];
    this._drawRange();
    this.onBrush(since, until);
  }

  _binsToDays(a, b) {
    const g = this.geom;
    const lo = Math.min(a, b), hi = Math.max(a, b);
    return [g.unit.start(lo), g.unit.end(hi)];
  }
}
