// The offline map: Natural Earth country borders (vendored TopoJSON, no tiles) and the events
// drawn on one canvas. Leaflet markers cost a DOM node or a layer object each, far too many for
// 100,000 events, so points are projected once to Web Mercator and grouped on a screen grid per
// zoom level: a cell with one event is a dot sized by fatalities and coloured by type; a cell
// with several is a numbered disc that zooms in when clicked (or lists the events when they
// share one place).

import { TYPES, typeColor } from "./colors.js";

const CELL = 44; // grid cell size in screen pixels
const NO_DAY = -2147483648;
const MAX_LAT = 85.0511287798;

export class EventMap {
  constructor(el, { onEvent, onPlace }) {
    this.onEvent = onEvent; // (eventId) => void
    this.onPlace = onPlace; // ({bbox, count}) => void: a cluster of events at one spot
    this.map = L.map(el, {
      worldCopyJump: false,
      minZoom: 1,
      maxZoom: 16,
      zoomSnap: 1,
      preferCanvas: true,
      maxBounds: [[-90, -400], [90, 400]],
    }).setView([25, 20], 2);
    this.map.attributionControl.addAttribution("Borders: Natural Earth");
    this.points = null;
    this.selected = null;
    this.clusters = [];
    this.range = [NO_DAY, -NO_DAY];
    this.canvas = L.DomUtil.create("canvas", "ew-points", this.map.getContainer());
    this.tooltip = L.DomUtil.create("div", "ew-tooltip", this.map.getContainer());
    this.tooltip.hidden = true;
    this._resize();
    this.map.on("resize", () => { this._resize(); this._draw(); });
    this.map.on("zoomstart", () => this._clear());
    this.map.on("zoomend", () => { this._cluster(); this._draw(); });
    this.map.on("move", () => this._draw());
    this.map.on("click", (e) => this._click(e.containerPoint));
    this.map.on("mousemove", (e) => this._hover(e.containerPoint));
    this.map.on("mouseout", () => { this.tooltip.hidden = true; });
  }

  async loadBorders(url) {
    const topo = await (await fetch(url)).json();
    const land = fixAntimeridian(topojson.feature(topo, topo.objects.countries));
    L.geoJSON(land, {
      renderer: L.canvas({ padding: 0.2 }),
      interactive: false,
      style: { color: "#8a8f98", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    }).addTo(this.map);
  }

  // data: the columnar answer of /api/events/points.
  setPoints(data) {
    const n = data.count;
    const typeIndex = data.types.map((t) => TYPES.indexOf(t));
    const p = {
      n,
      ids: data.id,
      types: data.types,
      lat: data.lat,
      lon: data.lon,
      type: new Uint8Array(n),
      fat: new Int32Array(n),
      day: new Int32Array(n),
      wx: new Float64Array(n),
      wy: new Float64Array(n),
      located: 0,
    };
    for (let i = 0; i < n; i++) {
      p.type[i] = data.type[i];
      const f = data.fatalities[i];
      p.fat[i] = f == null ? -1 : f;
      const d = data.day[i];
      p.day[i] = d == null ? NO_DAY : d;
      const lat = data.lat[i], lon = data.lon[i];
      if (lat == null || lon == null) {
        p.wx[i] = NaN;
        p.wy[i] = NaN;
        continue;
      }
      // Leaflet's EPSG:3857 pixel space at zoom 0 (256 px wide world).
      const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
      p.wx[i] = 256 * (lon / 360 + 0.5);
      p.wy[i] = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
      p.located++;
    }
    p.typeIndex = typeIndex;
    this.points = p;
    this._cluster();
    this._draw();
  }

  // Ring the open event's place (null clears), panning to it when it is out of view.
  select(lat, lon) {
    if (lat == null || lon == null) { this.selected = null; this._draw(); return; }
    const pt = this.map.project([lat, lon], 0);
    this.selected = [pt.x, pt.y];
    if (!this.map.getBounds().contains([lat, lon])) this.map.panTo([lat, lon]);
    this._draw();
  }

  // [sinceDay, untilDay] inclusive, epoch days; nulls mean open ends.
  setRange(since, until) {
    this.range = [since ?? NO_DAY, until ?? -NO_DAY];
    this._cluster();
    this._draw();
  }

  // How many events the map shows now (located and inside the date range).
  get shown() {
    return this.clusters.reduce((s, c) => s + c.count, 0);
  }

  fitPoints() {
    const p = this.points;
    if (!p || !p.located) return;
    let s = 90, w = 180, nth = -90, e = -180;
    for (let i = 0; i < p.n; i++) {
      if (Number.isNaN(p.wx[i]) || !this._inRange(i)) continue;
      const la = p.lat[i], lo = p.lon[i];
      if (la < s) s = la; if (la > nth) nth = la; if (lo < w) w = lo; if (lo > e) e = lo;
    }
    if (s > nth) return;
    this.map.fitBounds([[s, w], [nth, e]], { padding: [30, 30], maxZoom: 8 });
  }

  _inRange(i) {
    const d = this.points.day[i];
    if (d === NO_DAY) return this.range[0] === NO_DAY && this.range[1] === -NO_DAY;
    return d >= this.range[0] && d <= this.range[1];
  }

  _resize() {
    const size = this.map.getSize();
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = size.x * ratio;
    this.canvas.height = size.y * ratio;
    this.canvas.style.width = size.x + "px";
    this.canvas.style.height = size.y + "px";
    this.ratio = ratio;
  }

  _cellKeyScale() {
    return 2 ** this.map.getZoom();
  }

  _cluster() {
    const p = this.points;
    this.clusters = [];
    if (!p) return;
    const scale = this._cellKeyScale();
    const cells = new Map();
    const ntypes = p.types.length;
    for (let i = 0; i < p.n; i++) {
      const x = p.wx[i];
      if (Number.isNaN(x) || !this._inRange(i)) continue;
      const y = p.wy[i];
      const key = Math.floor((x * scale) / CELL) * 8388608 + Math.floor((y * scale) / CELL);
      let c = cells.get(key);
      if (c === undefined) {
        c = { key, count: 0, sx: 0, sy: 0, fat: 0, anyFat: false, first: i,
          byType: new Int32Array(ntypes), minX: x, maxX: x, minY: y, maxY: y };
        cells.set(key, c);
        this.clusters.push(c);
      }
      c.count++;
      c.sx += x;
      c.sy += y;
      if (p.fat[i] >= 0) { c.fat += p.fat[i]; c.anyFat = true; }
      c.byType[p.type[i]]++;
      if (x < c.minX) c.minX = x; if (x > c.maxX) c.maxX = x;
      if (y < c.minY) c.minY = y; if (y > c.maxY) c.maxY = y;
    }
    for (const c of this.clusters) {
      let best = 0;
      for (let t = 1; t < ntypes; t++) if (c.byType[t] > c.byType[best]) best = t;
      c.type = p.types[best];
      c.x = c.sx / c.count;
      c.y = c.sy / c.count;
      c.r = radius(c);
    }
    // Big discs first so small ones stay visible and clickable on top.
    this.clusters.sort((a, b) => b.r - a.r);
  }

  _offset() {
    const z = this.map.getZoom();
    // container = world pixel at zoom 0 * 2^z - (projected origin) + (its container point)
    const origin = this.map.project([0, 0], z);
    const cp = this.map.latLngToContainerPoint([0, 0]);
    return [cp.x - origin.x, cp.y - origin.y, 2 ** z];
  }

  _clear() {
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  _draw() {
    this._clear();
    if (!this.points) return;
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    const [dx, dy, scale] = this._offset();
    const size = this.map.getSize();
    ctx.font = "bold 11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 1.2;
    for (const c of this.clusters) {
      const x = c.x * scale + dx;
      const y = c.y * scale + dy;
      c.px = x;
      c.py = y;
      if (x < -c.r || y < -c.r || x > size.x + c.r || y > size.y + c.r) continue;
      ctx.beginPath();
      ctx.arc(x, y, c.r, 0, 2 * Math.PI);
      ctx.globalAlpha = c.count > 1 ? 0.85 : 0.75;
      ctx.fillStyle = typeColor(c.type);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = c.count > 1 ? "#ffffff" : "rgba(0,0,0,0.55)";
      ctx.stroke();
      if (c.count > 1) {
        ctx.fillStyle = "#ffffff";
        ctx.fillText(c.count >= 10000 ? Math.round(c.count / 1000) + "k" : String(c.count), x, y);
      }
    }
    if (this.selected) {
      const x = this.selected[0] * scale + dx, y = this.selected[1] * scale + dy;
      ctx.beginPath();
      ctx.arc(x, y, 13, 0, 2 * Math.PI);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#111111";
      ctx.stroke();
    }
    this.drawn = true;
  }

  _hit(pt) {
    // Clusters are sorted big first, so search from the end: the topmost drawn wins.
    for (let k = this.clusters.length - 1; k >= 0; k--) {
      const c = this.clusters[k];
      const ddx = pt.x - c.px, ddy = pt.y - c.py;
      if (ddx * ddx + ddy * ddy <= (c.r + 3) ** 2) return c;
    }
    return null;
  }

  _hover(pt) {
    const c = this._hit(pt);
    this.map.getContainer().style.cursor = c ? "pointer" : "";
    if (!c) { this.tooltip.hidden = true; return; }
    const killed = c.anyFat ? `, ${c.fat} killed` : "";
    this.tooltip.textContent = c.count > 1
      ? `${c.count} events${killed} (mostly ${c.type})` : `${c.type}${killed}`;
    this.tooltip.style.left = pt.x + 12 + "px";
    this.tooltip.style.top = pt.y + 12 + "px";
    this.tooltip.hidden = false;
  }

  _click(pt) {
    const c = this._hit(pt);
    if (!c) return;
    const p = this.points;
    if (c.count === 1) { this.onEvent(p.ids[c.first]); return; }
    const spread = (c.maxX - c.minX + c.maxY - c.minY) * 2 ** this.map.getZoom();
    if (spread > 2 && this.map.getZoom() < this.map.getMaxZoom()) {
      const sw = this.map.unproject([c.minX, c.maxY], 0);
      const ne = this.map.unproject([c.maxX, c.minY], 0);
      this.map.fitBounds([sw, ne], { padding: [40, 40], maxZoom: this.map.getMaxZoom() });
      return;
    }
    // Events that share one spot: hand a small box around it to the list.
    const ll = this.map.unproject([c.x, c.y], 0);
    const eps = 0.0005;
    this.onPlace({
      bbox: [ll.lng - eps, ll.lat - eps, ll.lng + eps, ll.lat + eps].map((v) => +v.toFixed(5)),
      count: c.count,
    });
  }
}

// Natural Earth rings that cross the antimeridian (Russia, Fiji, Antarctica) jump from +180 to
// -180; drawn flat they streak across the whole map. Unwrap each ring so its longitudes run
// on continuously, and close a ring that circles a pole through that pole.
function fixAntimeridian(fc) {
  const fixRing = (ring) => {
    const out = [[ring[0][0], ring[0][1]]];
    let shift = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    if (shift !== 0) {
      const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -89.9 : 89.9;
      out.push([out[out.length - 1][0], pole], [out[0][0], pole], out[0]);
    }
    return out;
  };
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(fixRing));
  }
  return fc;
}

function radius(c) {
  if (c.count === 1) return c.anyFat ? Math.min(22, 4.5 + 1.8 * Math.sqrt(c.fat)) : 4.5;
  const byCount = 9 + 3 * Math.log2(c.count);
  const byFat = c.anyFat ? 6 + 1.4 * Math.sqrt(c.fat) : 0;
  return Math.min(30, Math.max(byCount, byFat));
}

export { NO_DAY };
