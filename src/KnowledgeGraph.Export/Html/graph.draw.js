// Knowledge graph viewer, part "draw": sizing, fitting and drawing: cached layers per zoom level, links, node stamps.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

