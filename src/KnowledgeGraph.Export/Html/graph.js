// Knowledge graph viewer: draws the embedded graph (positions computed by the exporter) on a canvas.
// Every text of the graph reaches the page through textContent, never as HTML. User-facing words come from
// data.texts and display names of labels and types from data.names (both written by the exporter per language).
(function () {
  'use strict';
  const errorBox = document.getElementById('kg-errors');
  function report(message) {
    errorBox.hidden = false;
    errorBox.textContent += message + '\n';
  }
  window.addEventListener('error', (e) => report('Error: ' + e.message + ' (line ' + e.lineno + ')'));
  window.addEventListener('unhandledrejection', (e) => report('Unhandled rejection: ' + e.reason));

  const COLOURS = {
    Person: '#e15759', Organization: '#4e79a7', Country: '#59a14f', City: '#2ca6a4', Location: '#9c755f',
    Event: '#f28e2b', Work: '#b07aa1', Article: '#a8a29e',
  };
  const colour = (label) => COLOURS[label] || '#6b7280';

  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const T = data.texts || {};
  const NAMES = data.names || {};
  const display = (id) => NAMES[id] || id;
  const nodes = data.nodes;
  const links = data.links;
  const byId = new Map();
  nodes.forEach((n, i) => {
    n.index = i;
    n.adj = [];
    n.article = n.label === 'Article';
    byId.set(n.id, n);
  });
  links.forEach((l, i) => {
    l.index = i;
    l.s = byId.get(l.source);
    l.t = byId.get(l.target);
    l.mentions = l.type === 'MENTIONS';
    l.s.adj.push(l);
    if (l.t !== l.s) l.t.adj.push(l);
  });
  // Degree without MENTIONS: what ranks entities against each other (every entity is mentioned).
  nodes.forEach((n) => { n.real = n.adj.reduce((c, l) => c + (l.mentions ? 0 : 1), 0); });
  const labels = [...new Set(nodes.map((n) => n.label))].sort((a, b) => labelRank(a) - labelRank(b) || a.localeCompare(b));
  const byLabel = new Map(labels.map((label) => [label, nodes.filter((n) => n.label === label)]));
  const byDegree = nodes.slice().sort((a, b) => b.real - a.real || b.degree - a.degree || a.index - b.index);
  const hiddenLabels = new Set();
  let showArticles = false; // articles and MENTIONS links are hidden until the toggle shows them

  function labelRank(label) {
    const i = Object.keys(COLOURS).indexOf(label);
    return i < 0 ? 99 : i;
  }

  const canvas = document.getElementById('kg-canvas');
  const ctx = canvas.getContext('2d');
  const view = { x: 0, y: 0, k: 1 };
  let width = 0, height = 0, dpr = 1, pending = false;
  let selected = null; // { node } or { link }
  let focus = null; // Set of nodes to keep bright, or null
  let marked = [];

  const visible = (n) => !hiddenLabels.has(n.label) && (showArticles || !n.article);
  const linkVisible = (l) => (showArticles || !l.mentions) && visible(l.s) && visible(l.t);
  // Radius in world units as drawn: the layout's size, but never under 80% of it on screen when zoomed out.
  const rad = (n, k = view.k) => n.r * Math.max(1, 0.8 / k);

  function resize() {
    dpr = window.devicePixelRatio || 1;
    width = canvas.clientWidth || 800;
    height = canvas.clientHeight || 600;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }

  function fit() {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const n of nodes) {
      if (!visible(n)) continue;
      minX = Math.min(minX, n.x - n.r); maxX = Math.max(maxX, n.x + n.r);
      minY = Math.min(minY, n.y - n.r); maxY = Math.max(maxY, n.y + n.r);
    }
    if (minX === Infinity) { minX = minY = -1; maxX = maxY = 1; }
    view.k = Math.min(4, 0.92 * Math.min(width / Math.max(maxX - minX, 1), height / Math.max(maxY - minY, 1)));
    fitK = view.k;
    view.x = width / 2 - view.k * (minX + maxX) / 2;
    view.y = height / 2 - view.k * (minY + maxY) / 2;
  }

  function redraw() {
    if (!pending) { pending = true; requestAnimationFrame(draw); }
  }

  // The world rectangle on screen, with a margin, for culling.
  function worldBox(margin) {
    return { x0: (-view.x - margin) / view.k, y0: (-view.y - margin) / view.k, x1: (width - view.x + margin) / view.k, y1: (height - view.y + margin) / view.k };
  }
  const inBox = (b, x, y) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
  // Whether the link misses the box: both ends beyond one side, or (Liang-Barsky) the line leaves before it enters.
  function segmentOut(b, l) {
    const x0 = l.s.x, y0 = l.s.y, dx = l.t.x - x0, dy = l.t.y - y0;
    if ((x0 < b.x0 && l.t.x < b.x0) || (x0 > b.x1 && l.t.x > b.x1) || (y0 < b.y0 && l.t.y < b.y0) || (y0 > b.y1 && l.t.y > b.y1)) return true;
    let t0 = 0, t1 = 1;
    for (const [p, q] of [[-dx, x0 - b.x0], [dx, b.x1 - x0], [-dy, y0 - b.y0], [dy, b.y1 - y0]]) {
      if (p === 0) { if (q < 0) return true; continue; }
      const t = q / p;
      if (p < 0) { if (t > t1) return true; if (t > t0) t0 = t; } else { if (t < t0) return true; if (t < t1) t1 = t; }
    }
    return false;
  }

  // Link styles: MENTIONS, the other links (lighter when there are many), links between highlighted nodes.
  const STYLES = [{ stroke: '#d7dbe3', width: 0.8 }, { stroke: '#9aa3b5', width: 1 }, { stroke: '#1d2433', width: 2 }];
  const MANY = '#c3c9d5';
  const ARROWS_UP_TO = 600; // links of one style drawn directly in one frame; more are drawn as plain lines (layers keep them)

  // One path per style; g is already in world coordinates at scale k (screen pixels per world unit).
  function strokeLinks(g, list, style, k, stroke, arrows = list.length <= ARROWS_UP_TO) {
    if (!list.length) return;
    g.beginPath();
    for (const l of list) {
      g.moveTo(l.s.x, l.s.y);
      g.lineTo(l.t.x, l.t.y);
      if (arrows && !l.symmetric) arrow(g, l, k);
    }
    g.strokeStyle = stroke || style.stroke;
    g.lineWidth = style.width / k;
    g.stroke();
  }

  // Stamps the nodes; device(n) gives a node's centre in g's device pixels, scale its device pixels per world unit.
  function stampNodes(g, list, scale, device, k = view.k) {
    for (const n of list) {
      const img = sprite(n.label, rad(n, k) * scale);
      const [x, y] = device(n);
      g.drawImage(img, Math.round(x - img.width / 2), Math.round(y - img.height / 2));
    }
  }

  // Cached layers: where many links and nodes are shown, they are drawn once into a bitmap at a zoom level (steps of
  // sqrt 2 from the zoom of the whole graph) and the bitmap is reused, scaled by less than a fifth, while the view
  // stays at that level and inside the bitmap (panning, selecting, searching), dimmed under a selection. A bitmap holds
  // the whole graph where it fits in 3072 pixels a side, else the view and half a view around it. The last few levels
  // are kept; all are dropped when what is visible changes or a node is moved. Once the view has rested, the frame is
  // drawn again from a bitmap made at exactly its zoom, so a resting view is as sharp as one drawn directly.
  // Above LAYER_UP_TO times the zoom of the whole graph, few enough things are in view to draw them directly.
  const LAYER_MAX = 3072, LAYER_LEVELS = 3, LAYER_FROM = 3000, LAYER_UP_TO = 4.5;
  const layers = new Map(); // level -> layer
  let layerVersion = 0;
  let benchRunning = false; // frames timed back to back: no redraw after rest
  let fitK = 1;
  let exact = null; // the layer made at exactly the zoom of a resting view
  let restTimer = 0;
  const layerKey = () => [layerVersion, showArticles, [...hiddenLabels].join(','), dpr, fitK].join('|');
  const covers = (layer, b) => layer.key === layerKey()
    && (layer.whole || (b.x0 >= layer.x0 && b.y0 >= layer.y0 && b.x1 <= layer.x0 + layer.w && b.y1 <= layer.y0 + layer.h));

  // The world rectangle a layer at scale k (device pixels per world unit) holds: the visible graph, cut to the view
  // and a margin when larger than LAYER_MAX.
  function layerBox(visibleNodes, k) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const n of visibleNodes) {
      const r = rad(n, k / dpr) + 4 * dpr / k;
      minX = Math.min(minX, n.x - r); maxX = Math.max(maxX, n.x + r);
      minY = Math.min(minY, n.y - r); maxY = Math.max(maxY, n.y + r);
    }
    const v = worldBox(0);
    const cut = (lo, hi, vlo, vhi) => {
      if (hi - lo <= LAYER_MAX / k) return [lo, hi];
      const side = Math.min(LAYER_MAX / k, 2 * (vhi - vlo));
      const mid = Math.min(Math.max((vlo + vhi) / 2, lo + side / 2), hi - side / 2);
      return [mid - side / 2, mid + side / 2];
    };
    const [x0, x1] = cut(minX, maxX, v.x0, v.x1), [y0, y1] = cut(minY, maxY, v.y0, v.y1);
    return { x0: x0, y0: y0, x1: x1, y1: y1, whole: x0 === minX && x1 === maxX && y0 === minY && y1 === maxY };
  }

  function buildLayer(visibleNodes, visibleLinks, zoom) {
    const scale = zoom * dpr, b = layerBox(visibleNodes, scale);
    const c = document.createElement('canvas');
    c.width = Math.max(1, Math.ceil((b.x1 - b.x0) * scale));
    c.height = Math.max(1, Math.ceil((b.y1 - b.y0) * scale));
    const g = c.getContext('2d');
    g.setTransform(scale, 0, 0, scale, -b.x0 * scale, -b.y0 * scale);
    const inside = visibleLinks.filter((l) => !segmentOut(b, l));
    strokeLinks(g, inside.filter((l) => l.mentions), STYLES[0], zoom, null, true);
    const others = inside.filter((l) => !l.mentions);
    strokeLinks(g, others, STYLES[1], zoom, others.length > 800 ? MANY : null, true);
    g.setTransform(1, 0, 0, 1, 0, 0);
    stampNodes(g, visibleNodes.filter((n) => inBox(b, n.x, n.y)), scale, (n) => [(n.x - b.x0) * scale, (n.y - b.y0) * scale], zoom);
    const layer = { canvas: c, key: layerKey(), k: zoom, whole: b.whole, x0: b.x0, y0: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 };
    // An ImageBitmap is cheaper to draw than a canvas (snapshotted on every draw); it is made off the main thread.
    if (typeof createImageBitmap === 'function') createImageBitmap(c).then((bitmap) => { layer.canvas = bitmap; }, () => {});
    return layer;
  }

  // The layer for the current view: the exact one of a resting view, else the level's, made when missing or left.
  const levelOf = (k) => Math.round(2 * Math.log2(k / fitK));
  function layerFor(visibleNodes, visibleLinks) {
    const v = worldBox(0);
    if (exact && exact.k === view.k && covers(exact, v)) return exact;
    return levelLayer(levelOf(view.k), v, visibleNodes, visibleLinks);
  }

  function levelLayer(level, v, visibleNodes, visibleLinks) {
    let layer = layers.get(level);
    if (!layer || !covers(layer, v)) {
      layer = buildLayer(visibleNodes, visibleLinks, fitK * Math.pow(2, level / 2));
      layers.delete(level);
      if (layers.size >= LAYER_LEVELS) layers.delete(layers.keys().next().value);
    } else {
      layers.delete(level); // most recently used last
    }
    layers.set(level, layer);
    return layer;
  }

  // Once the view rests: draw it again from a layer at exactly its zoom (a scaled bitmap is a little soft), then make
  // the layers of the levels just in and just out, one at a time, so that the next turn of the wheel finds its layer.
  function settle(visibleNodes, visibleLinks, layer) {
    clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      const level = levelOf(view.k), v = worldBox(0);
      const next = [level + 1, level - 1].filter((l) => l <= 2 * Math.log2(LAYER_UP_TO));
      const ahead = () => {
        const l = next.shift();
        if (l === undefined) return;
        levelLayer(l, v, visibleNodes, visibleLinks);
        const current = layers.get(level);
        if (current) { layers.delete(level); layers.set(level, current); } // the current level stays the most recent
        restTimer = setTimeout(ahead, 30);
      };
      if (layer.k !== view.k) {
        exact = buildLayer(visibleNodes, visibleLinks, view.k);
        redraw();
      }
      restTimer = setTimeout(ahead, 30);
    }, 250);
  }

  // Draws links (one path per style), nodes (stamped bitmaps) and labels; counts what it drew (culled or not).
  function draw() {
    pending = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const world = () => ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    const device = (n) => [dpr * (view.x + n.x * view.k), dpr * (view.y + n.y * view.k)];
    const box = worldBox(20);
    const shownLinks = links.filter(linkVisible);
    const shownNodes = [];
    for (const label of labels) {
      if (hiddenLabels.has(label) || (label === 'Article' && !showArticles)) continue;
      for (const n of byLabel.get(label)) shownNodes.push(n);
    }
    const bright = (l) => focus && focus.has(l.s) && focus.has(l.t);
    world();
    // While a node is dragged every frame differs: drawn directly, no layer made for one frame.
    if (shownLinks.length + shownNodes.length > LAYER_FROM && view.k <= fitK * LAYER_UP_TO && !(press && press.node)) {
      const layer = layerFor(shownNodes, shownLinks);
      if (!benchRunning) settle(shownNodes, shownLinks, layer);
      ctx.globalAlpha = focus ? 0.3 : 1;
      ctx.drawImage(layer.canvas, layer.x0, layer.y0, layer.w, layer.h);
      ctx.globalAlpha = 1;
      if (focus) strokeLinks(ctx, shownLinks.filter(bright), STYLES[2], view.k);
    } else {
      const buckets = [[], [], []];
      for (const l of shownLinks) {
        if (!segmentOut(box, l)) buckets[bright(l) ? 2 : l.mentions ? 0 : 1].push(l);
      }
      STYLES.forEach((style, i) => {
        ctx.globalAlpha = focus && i < 2 ? 0.35 : 1;
        strokeLinks(ctx, buckets[i], style, view.k, i === 1 && buckets[1].length > 800 ? MANY : null);
      });
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = focus ? 0.25 : 1;
      stampNodes(ctx, shownNodes.filter((n) => !(focus && focus.has(n)) && inBox(box, n.x, n.y)), dpr * view.k, device);
      world();
    }
    if (selected && selected.link) {
      ctx.globalAlpha = 1;
      ctx.beginPath();
      ctx.moveTo(selected.link.s.x, selected.link.s.y);
      ctx.lineTo(selected.link.t.x, selected.link.t.y);
      ctx.strokeStyle = '#f4b400';
      ctx.lineWidth = 4 / view.k;
      ctx.stroke();
    }
    // Highlighted nodes on top, at full strength.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    if (focus) stampNodes(ctx, shownNodes.filter((n) => focus.has(n) && inBox(box, n.x, n.y)), dpr * view.k, device);
    world();
    if (selected && selected.node) ring(selected.node, '#1d2433', 3);
    for (const n of marked) ring(n, '#f4b400', 3);
    drawLabels();
    publish(shownNodes.length, shownLinks.length);
  }

  // A node's stamp: a square under 2.5 device px across (cheap), else a disc, outlined in white from 8 px across.
  // Radii are rounded to half pixels, so a few dozen stamps serve every zoom.
  const sprites = new Map();
  function sprite(label, deviceRadius) {
    const q = Math.max(0.5, Math.round(deviceRadius * 2) / 2);
    const key = label + ':' + q;
    let c = sprites.get(key);
    if (c) return c;
    const size = Math.ceil(2 * q + 4);
    c = document.createElement('canvas');
    c.width = c.height = size;
    const g = c.getContext('2d');
    g.fillStyle = colour(label);
    if (q < 1.25) {
      const d = Math.max(1, Math.round(2 * q));
      g.fillRect((size - d) / 2, (size - d) / 2, d, d);
    } else {
      g.beginPath();
      g.arc(size / 2, size / 2, q, 0, 2 * Math.PI);
      g.fill();
      if (q >= 4) {
        g.strokeStyle = '#ffffff';
        g.lineWidth = 1.2;
        g.stroke();
      }
    }
    sprites.set(key, c);
    return c;
  }

  // An arrow head at the target, only where it can be seen (the link and the target large enough on screen).
  function arrow(g, l, k) {
    const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.hypot(dx, dy), rt = rad(l.t, k);
    if (d * k < 24 || rt * k < 3 || d < rt * 2) return;
    const ux = dx / d, uy = dy / d, size = 6 / Math.max(k, 0.5);
    const tipX = l.t.x - ux * rt, tipY = l.t.y - uy * rt;
    g.moveTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    g.lineTo(tipX, tipY);
    g.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    g.moveTo(l.t.x, l.t.y);
  }

  function ring(n, stroke, w) {
    ctx.beginPath();
    ctx.arc(n.x, n.y, rad(n) + 2 / view.k, 0, 2 * Math.PI);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = w / view.k;
    ctx.stroke();
  }

  // ---- labels: never over one another, except that the selected node, its neighbours and search matches always get one ----
  function textOf(n) {
    if (n.text === undefined) {
      n.text = n.name.length > 40 ? n.name.slice(0, 39) + '…' : n.name;
      n.tw = ctx.measureText(n.text).width;
    }
    return n.text;
  }

  function drawLabels() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = '12px "DejaVu Sans", "Segoe UI", Arial, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const grid = new Map(), done = new Set();
    written = [];
    const first = [];
    if (selected && selected.node) first.push(selected.node);
    if (selected && selected.link) first.push(selected.link.s, selected.link.t);
    first.push(...marked);
    if (focus) for (const n of byDegree) if (focus.has(n)) first.push(n);
    for (const n of first) {
      if (done.has(n) || !visible(n)) continue;
      done.add(n);
      place(grid, n, true);
    }
    let count = 0;
    for (const n of byDegree) {
      if (count >= 150) break;
      if (done.has(n) || !visible(n)) continue;
      const sr = rad(n) * view.k;
      if (sr < 4 && count >= 30) continue;
      const cx = view.x + n.x * view.k, cy = view.y + n.y * view.k;
      if (cx < -200 || cx > width + 200 || cy < -10 || cy > height + 10) continue;
      if (place(grid, n, false)) count++;
    }
  }

  let written = []; // the names written in the last frame: { n, b (screen box), forced }

  // Writes the node's name at the first free spot of sixteen around it (near ring, then far ring); a forced name
  // with no free spot goes right of the node. Returns whether it wrote.
  function place(grid, n, force) {
    const text = textOf(n), tw = n.tw, sr = rad(n) * view.k;
    const cx = view.x + n.x * view.k, cy = view.y + n.y * view.k;
    let spot = null;
    for (const d of [3, 16]) {
      const a = sr + d;
      const spots = [[cx + a, cy], [cx - a - tw, cy], [cx - tw / 2, cy + a + 7], [cx - tw / 2, cy - a - 7],
        [cx + a * 0.7, cy - a * 0.7 - 6], [cx + a * 0.7, cy + a * 0.7 + 6], [cx - a * 0.7 - tw, cy - a * 0.7 - 6], [cx - a * 0.7 - tw, cy + a * 0.7 + 6]];
      for (const [x, y] of spots) {
        const b = { x0: x - 2, y0: y - 8, x1: x + tw + 2, y1: y + 8 };
        if (!clashes(grid, b)) { spot = [x, y, b]; break; }
      }
      if (spot) break;
    }
    if (!spot) {
      if (!force) return false;
      spot = [cx + sr + 3, cy, { x0: cx + sr + 1, y0: cy - 8, x1: cx + sr + tw + 5, y1: cy + 8 }];
    }
    const [x, y, b] = spot;
    written.push({ n: n, b: b, forced: force });
    forCells(b, (k) => { if (!grid.has(k)) grid.set(k, []); grid.get(k).push(b); return false; });
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 3;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = focus && !focus.has(n) ? '#8a93a6' : '#1d2433';
    ctx.fillText(text, x, y);
    return true;
  }

  const CELL = 64;
  // Calls f with the key of each grid cell the box touches, until f returns true (then returns true).
  function forCells(b, f) {
    const gx1 = Math.floor(b.x1 / CELL), gy1 = Math.floor(b.y1 / CELL);
    for (let gx = Math.floor(b.x0 / CELL); gx <= gx1; gx++) {
      for (let gy = Math.floor(b.y0 / CELL); gy <= gy1; gy++) if (f(gx * 65536 + gy)) return true;
    }
    return false;
  }

  function clashes(grid, b) {
    return forCells(b, (k) => {
      const list = grid.get(k);
      if (!list) return false;
      for (const o of list) if (o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) return true;
      return false;
    });
  }

  function publish(drawnNodes, drawnLinks) {
    window.kgStats = { nodes: nodes.length, links: links.length, drawnNodes: drawnNodes, drawnLinks: drawnLinks };
    document.body.dataset.nodes = nodes.length;
    document.body.dataset.links = links.length;
    document.body.dataset.drawnNodes = drawnNodes;
    document.body.dataset.drawnLinks = drawnLinks;
    // For the tests: names written, pairs of names overlapping where one was not forced, highlighted nodes left unnamed.
    let clashes = 0;
    for (let i = 0; i < written.length; i++) {
      for (let j = i + 1; j < written.length; j++) {
        const a = written[i], c = written[j];
        if ((!a.forced || !c.forced) && a.b.x0 < c.b.x1 && c.b.x0 < a.b.x1 && a.b.y0 < c.b.y1 && c.b.y0 < a.b.y1) clashes++;
      }
    }
    const named = new Set(written.map((w) => w.n));
    document.body.dataset.labels = written.length;
    document.body.dataset.labelClashes = clashes;
    document.body.dataset.unnamedFocus = focus ? [...focus].filter((n) => visible(n) && !named.has(n)).length : 0;
  }

  // ---- hit testing and pointer interaction ----
  const toWorld = (px, py) => ({ x: (px - view.x) / view.k, y: (py - view.y) / view.k });

  function nodeAt(px, py) {
    const p = toWorld(px, py);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i];
      if (visible(n) && Math.hypot(n.x - p.x, n.y - p.y) <= rad(n) + 3 / view.k) return n;
    }
    return null;
  }

  function linkAt(px, py) {
    const p = toWorld(px, py), reach = 5 / view.k;
    let best = null, bestD = reach;
    for (const l of links) {
      if (!linkVisible(l)) continue;
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, len2 = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((p.x - l.s.x) * dx + (p.y - l.s.y) * dy) / len2));
      const d = Math.hypot(l.s.x + t * dx - p.x, l.s.y + t * dy - p.y);
      if (d < bestD) { best = l; bestD = d; }
    }
    return best;
  }

  let press = null;
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    press = { x: e.offsetX, y: e.offsetY, node: nodeAt(e.offsetX, e.offsetY), moved: false, vx: view.x, vy: view.y };
    canvas.classList.add('dragging');
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!press) {
      const n = nodeAt(e.offsetX, e.offsetY);
      canvas.title = n ? n.name + ' (' + display(n.label) + ')' : '';
      canvas.style.cursor = n || linkAt(e.offsetX, e.offsetY) ? 'pointer' : '';
      return;
    }
    if (Math.hypot(e.offsetX - press.x, e.offsetY - press.y) > 3) press.moved = true;
    if (press.node) {
      const p = toWorld(e.offsetX, e.offsetY);
      press.node.x = p.x;
      press.node.y = p.y;
      layerVersion++;
    } else {
      view.x = press.vx + e.offsetX - press.x;
      view.y = press.vy + e.offsetY - press.y;
    }
    redraw();
  });
  canvas.addEventListener('pointerup', (e) => {
    if (press && !press.moved) {
      const n = press.node || nodeAt(e.offsetX, e.offsetY);
      if (n) selectNode(n, false);
      else {
        const l = linkAt(e.offsetX, e.offsetY);
        if (l) selectLink(l); else clearSelection();
      }
    }
    press = null;
    canvas.classList.remove('dragging');
  });
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const factor = Math.exp(-e.deltaY * 0.0015), k = Math.max(0.02, Math.min(12, view.k * factor));
    view.x = e.offsetX - (e.offsetX - view.x) * (k / view.k);
    view.y = e.offsetY - (e.offsetY - view.y) * (k / view.k);
    view.k = k;
    redraw();
  }, { passive: false });
  window.addEventListener('resize', () => { resize(); redraw(); });
  document.getElementById('kg-fit').addEventListener('click', () => { fit(); redraw(); });
  const articlesToggle = document.getElementById('kg-articles');
  function setArticles(on) {
    showArticles = on;
    articlesToggle.checked = on;
    renderLegend();
    redraw();
  }
  articlesToggle.addEventListener('change', () => setArticles(articlesToggle.checked));

  // ---- selection and the side panel ----
  const panel = document.getElementById('kg-panel');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function table(rows) {
    const t = el('table');
    for (const [k, v] of rows) {
      const tr = t.insertRow();
      tr.insertCell().textContent = k;
      tr.insertCell().textContent = typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
    return t;
  }

  function tag(label) {
    const t = el('span', display(label), 'kg-tag');
    t.style.background = colour(label);
    t.title = label;
    return t;
  }

  function nodeLink(n) {
    const a = el('a', n.name);
    a.addEventListener('click', () => selectNode(n, true));
    return a;
  }

  function center(n) {
    view.k = Math.max(view.k, 1.2);
    view.x = width / 2 - n.x * view.k;
    view.y = height / 2 - n.y * view.k;
  }

  // The node's relationships grouped by type (largest group first), MENTIONS last and folded.
  function relationshipGroups(n) {
    const groups = new Map();
    for (const l of n.adj) {
      if (!groups.has(l.type)) groups.set(l.type, []);
      groups.get(l.type).push(l);
    }
    const order = [...groups.keys()].sort((a, b) => (a === 'MENTIONS') - (b === 'MENTIONS') || groups.get(b).length - groups.get(a).length || a.localeCompare(b));
    return order.map((type) => {
      const box = el('details', null, 'kg-group');
      box.dataset.type = type;
      box.open = type !== 'MENTIONS';
      const summary = el('summary', display(type) + ' · ' + groups.get(type).length);
      summary.title = type;
      const ul = el('ul');
      groups.get(type).slice(0, 300).forEach((l) => {
        const li = el('li');
        const other = l.s === n ? l.t : l.s;
        const a = el('a', l.symmetric ? '—' : l.s === n ? '→' : '←');
        a.addEventListener('click', () => selectLink(l));
        li.append(a, document.createTextNode(' '), nodeLink(other));
        ul.append(li);
      });
      box.append(summary, ul);
      return box;
    });
  }

  function selectNode(n, andCenter) {
    if (n.article && !showArticles) setArticles(true);
    selected = { node: n };
    focus = new Set([n]);
    n.adj.forEach((l) => { if (linkVisible(l)) { focus.add(l.s); focus.add(l.t); } });
    if (andCenter) center(n);
    panel.replaceChildren(el('h2', n.name), tag(n.label));
    const props = [[T.key, n.id], [T.degree, n.degree], [T.mentionCount, n.mentionCount]].concat(Object.entries(n.properties));
    panel.append(el('h3', T.properties), table(props));
    if (n.aliases.length) {
      const ul = el('ul');
      n.aliases.forEach((a) => ul.append(el('li', a)));
      panel.append(el('h3', T.aliases), ul);
    }
    if (n.adj.length) panel.append(el('h3', T.relationships + ' · ' + n.adj.length), ...relationshipGroups(n));
    redraw();
  }

  function selectLink(l) {
    if (l.mentions && !showArticles) setArticles(true);
    selected = { link: l };
    focus = new Set([l.s, l.t]);
    const head = el('p');
    head.append(nodeLink(l.s), document.createTextNode(l.symmetric ? ' — ' : ' → '), nodeLink(l.t));
    const title = el('h2', display(l.type));
    title.title = l.type;
    panel.replaceChildren(title, el('p', l.type, 'kg-type'), head);
    const props = Object.entries(l.properties);
    if (props.length) panel.append(el('h3', T.properties), table(props));
    panel.append(el('h3', T.evidence + ' · ' + l.evidence.length));
    for (const ev of l.evidence) {
      const q = el('blockquote', ev.text);
      const article = byId.get(ev.articleKey);
      const where = (article ? article.name : ev.articleKey) + ' · ' + ev.start + '–' + ev.end
        + (ev.confidence !== undefined ? ' · ' + ev.confidence : '');
      q.append(el('small', where));
      panel.append(q);
    }
    redraw();
  }

  function clearSelection() {
    selected = null;
    focus = null;
    marked = [];
    panel.replaceChildren(el('p', T.hint, 'kg-hint'));
    redraw();
  }

  // ---- search: exact name, then exact alias, then prefix of a name or alias, then substring; ties by degree ----
  const search = document.getElementById('kg-search');
  const results = document.getElementById('kg-results');
  const fold = (s) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  nodes.forEach((n) => { n.keys = [n.name].concat(n.aliases).map(fold); });
  let found = [];
  let active = 0;

  function rank(n, q) {
    if (n.keys[0] === q) return 0;
    if (n.keys.indexOf(q, 1) > 0) return 1;
    if (n.keys.some((k) => k.startsWith(q) || k.includes(' ' + q))) return 2;
    if (n.keys.some((k) => k.includes(q))) return 3;
    return 9;
  }

  function find(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const scored = [];
    for (const n of nodes) {
      const r = rank(n, q);
      if (r < 9) scored.push([r, n]);
    }
    // An article (hidden unless shown) comes after every entity of the same rank.
    scored.sort((a, b) => a[0] - b[0] || (a[1].article && !showArticles) - (b[1].article && !showArticles) || b[1].real - a[1].real || b[1].degree - a[1].degree);
    return scored.slice(0, 12).map((x) => x[1]);
  }

  function choose(n) {
    results.hidden = true;
    hiddenLabels.delete(n.label);
    renderLegend();
    marked = [n];
    selectNode(n, true);
  }

  function showResults() {
    if (!found.length) {
      results.replaceChildren(el('li', T.noMatch, 'kg-none'));
      results.hidden = !search.value.trim();
      return;
    }
    results.replaceChildren(...found.map((n, i) => {
      const li = el('li', n.name + ' ');
      li.append(el('small', display(n.label) + (n.aliases.length ? ' · ' + n.aliases.slice(0, 3).join(', ') : '')));
      if (i === active) li.className = 'active';
      li.addEventListener('click', () => choose(n));
      return li;
    }));
    results.hidden = false;
  }

  search.addEventListener('input', () => {
    found = find(search.value);
    active = 0;
    showResults();
    marked = found;
    redraw();
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (found.length) active = (active + (e.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length;
      showResults();
    }
    if (e.key === 'Enter' && found.length) choose(found[active]);
    if (e.key === 'Escape') { results.hidden = true; search.value = ''; marked = []; redraw(); }
  });

  // ---- legend ----
  const legend = document.getElementById('kg-legend');
  function renderLegend() {
    legend.replaceChildren(...labels.filter((label) => showArticles || label !== 'Article').map((label) => {
      const row = el('div');
      const dot = el('i');
      dot.style.background = colour(label);
      row.append(dot, document.createTextNode(display(label) + ' (' + byLabel.get(label).length + ')'));
      row.title = label;
      if (hiddenLabels.has(label)) row.className = 'off';
      row.addEventListener('click', () => {
        if (hiddenLabels.has(label)) hiddenLabels.delete(label); else hiddenLabels.add(label);
        renderLegend();
        redraw();
      });
      return row;
    }));
  }

  // Frame benchmark (page.html#bench=N): N frames of four kinds in turn (the whole graph, 2x and 4x zoom near the
  // centre, and 2x zoom panned across the graph), the second half with the best-connected node selected. One frame
  // of each kind is drawn first and timed apart (sprites made, code compiled). Each frame is forced to raster
  // (getImageData) and timed; times and kinds go on the body for the test.
  function bench(count) {
    const KINDS = [['zoom1', 1, false], ['zoom2', 2, false], ['zoom4', 4, false], ['pan2', 2, true]];
    const base = { x: view.x, y: view.y, k: view.k };
    const frame = (i) => {
      const [name, zoom, pan] = KINDS[i % KINDS.length];
      view.k = base.k * zoom;
      const dx = pan ? ((i * 3) % 7 - 3) * width * 0.3 : (i % 5) * 7, dy = pan ? ((i * 2) % 5 - 2) * height * 0.3 : 0;
      view.x = width / 2 - (width / 2 - base.x) * zoom + dx;
      view.y = height / 2 - (height / 2 - base.y) * zoom + dy;
      const t0 = performance.now();
      draw();
      ctx.getImageData(0, 0, 1, 1);
      return [name + (selected ? '+sel' : ''), performance.now() - t0];
    };
    benchRunning = true;
    const first = KINDS.map((kind, i) => frame(i));
    const times = [], kinds = [];
    for (let i = 0; i < count; i++) {
      if (i === Math.floor(count / 2) && byDegree.length) selectNode(byDegree[0], false);
      const [name, t] = frame(i);
      kinds.push(name);
      times.push(t);
    }
    benchRunning = false;
    document.body.dataset.firstFrames = first.map(([name, t]) => name + '=' + t.toFixed(1)).join(' ');
    document.body.dataset.frameKinds = kinds.join(' ');
    document.body.dataset.frameTimes = times.map((t) => t.toFixed(1)).join(' ');
  }

  renderLegend();
  resize();
  fit();
  draw();
  // A link to the page can open a node or a relationship or show the articles:
  // page.html#search=Name, page.html#link=12 (its index), page.html#articles, page.html#bench=30.
  const hash = location.hash;
  if (hash.startsWith('#articles')) setArticles(true);
  if (hash.startsWith('#search=')) {
    search.value = decodeURIComponent(hash.slice(8));
    found = find(search.value);
    showResults();
    if (found.length) choose(found[0]);
  } else if (hash.startsWith('#link=') && links[+hash.slice(6)]) {
    selectLink(links[+hash.slice(6)]);
  } else if (hash.startsWith('#bench=')) {
    bench(+hash.slice(7) || 30);
  }
})();
