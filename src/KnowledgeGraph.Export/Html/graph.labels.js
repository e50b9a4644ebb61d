// Knowledge graph viewer, part "labels": labels placed without overlap.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

