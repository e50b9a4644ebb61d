// Knowledge graph viewer: draws the embedded graph (positions computed by the exporter) on a canvas.
// Every text of the graph reaches the page through textContent, never as HTML.
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
  const nodes = data.nodes;
  const links = data.links;
  const byId = new Map();
  nodes.forEach((n, i) => {
    n.index = i;
    n.adj = [];
    byId.set(n.id, n);
  });
  links.forEach((l, i) => {
    l.index = i;
    l.s = byId.get(l.source);
    l.t = byId.get(l.target);
    l.s.adj.push(l);
    if (l.t !== l.s) l.t.adj.push(l);
  });
  const labels = [...new Set(nodes.map((n) => n.label))].sort((a, b) => labelRank(a) - labelRank(b) || a.localeCompare(b));
  const byDegree = nodes.slice().sort((a, b) => b.degree - a.degree || a.index - b.index);
  const hiddenLabels = new Set();

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

  const visible = (n) => !hiddenLabels.has(n.label);
  // Radius in world units as drawn: the layout's size, but never under 80% of it on screen when zoomed out.
  const rad = (n) => n.r * Math.max(1, 0.8 / view.k);

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
      minX = Math.min(minX, n.x - rad(n)); maxX = Math.max(maxX, n.x + rad(n));
      minY = Math.min(minY, n.y - rad(n)); maxY = Math.max(maxY, n.y + rad(n));
    }
    if (minX === Infinity) { minX = minY = -1; maxX = maxY = 1; }
    view.k = Math.min(4, 0.92 * Math.min(width / Math.max(maxX - minX, 1), height / Math.max(maxY - minY, 1)));
    view.x = width / 2 - view.k * (minX + maxX) / 2;
    view.y = height / 2 - view.k * (minY + maxY) / 2;
  }

  function redraw() {
    if (!pending) { pending = true; requestAnimationFrame(draw); }
  }

  // Draws links (one path per style), nodes (one path per label) and labels; counts what it drew.
  function draw() {
    pending = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    let drawnLinks = 0, drawnNodes = 0;
    const lit = (n) => !focus || focus.has(n);
    const styles = [
      { when: (l) => l.type === 'MENTIONS' && !(lit(l.s) && lit(l.t) && focus), stroke: '#d7dbe3', width: 0.8 },
      { when: (l) => l.type !== 'MENTIONS' && !(lit(l.s) && lit(l.t) && focus), stroke: links.length > 800 ? '#c3c9d5' : '#9aa3b5', width: 1 },
      { when: (l) => focus && lit(l.s) && lit(l.t), stroke: '#1d2433', width: 2 },
    ];
    for (const style of styles) {
      ctx.beginPath();
      for (const l of links) {
        if (!visible(l.s) || !visible(l.t) || !style.when(l)) continue;
        ctx.moveTo(l.s.x, l.s.y);
        ctx.lineTo(l.t.x, l.t.y);
        if (!l.symmetric && view.k > 0.5) arrow(l);
        drawnLinks++;
      }
      ctx.globalAlpha = focus && style.width < 2 ? 0.35 : 1;
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = style.width / view.k;
      ctx.stroke();
    }
    if (selected && selected.link) {
      ctx.beginPath();
      ctx.moveTo(selected.link.s.x, selected.link.s.y);
      ctx.lineTo(selected.link.t.x, selected.link.t.y);
      ctx.strokeStyle = '#f4b400';
      ctx.lineWidth = 4 / view.k;
      ctx.stroke();
    }
    for (const pass of focus ? [false, true] : [true]) {
      ctx.globalAlpha = pass ? 1 : 0.25;
      for (const label of labels) {
        if (hiddenLabels.has(label)) continue;
        ctx.beginPath();
        for (const n of nodes) {
          if (n.label !== label || (focus && focus.has(n) !== pass)) continue;
          ctx.moveTo(n.x + rad(n), n.y);
          ctx.arc(n.x, n.y, rad(n), 0, 2 * Math.PI);
          drawnNodes++;
        }
        ctx.fillStyle = colour(label);
        ctx.fill();
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 1.2 / view.k;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    if (selected && selected.node) ring(selected.node, '#1d2433', 3);
    for (const n of marked) ring(n, '#f4b400', 3);
    drawLabels();
    publish(drawnNodes, drawnLinks);
  }

  function arrow(l) {
    const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.hypot(dx, dy);
    if (d < rad(l.t) * 2) return;
    const ux = dx / d, uy = dy / d, size = 6 / Math.max(view.k, 0.5);
    const tipX = l.t.x - ux * rad(l.t), tipY = l.t.y - uy * rad(l.t);
    ctx.moveTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    ctx.lineTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    ctx.moveTo(l.t.x, l.t.y);
  }

  function ring(n, stroke, w) {
    ctx.beginPath();
    ctx.arc(n.x, n.y, rad(n) + 2 / view.k, 0, 2 * Math.PI);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = w / view.k;
    ctx.stroke();
  }

  // Names of the best-connected (or highlighted) nodes, skipping any that would overlap one already written.
  function drawLabels() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = '12px "DejaVu Sans", "Segoe UI", Arial, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const cell = 60, grid = new Map();
    const wanted = focus ? byDegree.filter((n) => focus.has(n)).concat(byDegree.filter((n) => !focus.has(n))) : byDegree;
    let written = 0;
    for (const n of wanted) {
      if (written >= 400) break;
      if (!visible(n)) continue;
      const sr = rad(n) * view.k, important = (focus && focus.has(n)) || marked.includes(n);
      if (!important && sr < 9 && written >= 40) continue;
      const text = n.name.length > 40 ? n.name.slice(0, 39) + '…' : n.name;
      const cx = view.x + n.x * view.k, cy = view.y + n.y * view.k, tw = ctx.measureText(text).width;
      if (cx - sr - tw > width || cy < -10 || cy > height + 10 || cx + sr + tw < 0) continue;
      // Right of the node, else left, else below; a highlighted node's name is written even over others.
      const spots = [[cx + sr + 3, cy], [cx - sr - 3 - tw, cy], [cx - tw / 2, cy + sr + 9]];
      let spot = null;
      for (const [x, y] of spots) {
        const box = { x0: x - 1, y0: y - 8, x1: x + tw + 1, y1: y + 8 };
        if (!clashes(grid, cell, box)) { spot = [x, y, box]; break; }
      }
      if (!spot && !important) continue;
      spot = spot || [spots[0][0], spots[0][1], { x0: spots[0][0], y0: cy - 8, x1: spots[0][0] + tw, y1: cy + 8 }];
      const [x, y, box] = spot;
      cellsOf(box, cell).forEach((k) => { if (!grid.has(k)) grid.set(k, []); grid.get(k).push(box); });
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.lineWidth = 3;
      ctx.strokeText(text, x, y);
      ctx.fillStyle = focus && !focus.has(n) ? '#8a93a6' : '#1d2433';
      ctx.fillText(text, x, y);
      written++;
    }
  }

  function cellsOf(box, cell) {
    const keys = [];
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
      for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) keys.push(gx + ',' + gy);
    }
    return keys;
  }

  function clashes(grid, cell, box) {
    return cellsOf(box, cell).some((k) => (grid.get(k) || []).some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1));
  }

  function publish(drawnNodes, drawnLinks) {
    window.kgStats = { nodes: nodes.length, links: links.length, drawnNodes: drawnNodes, drawnLinks: drawnLinks };
    document.body.dataset.nodes = nodes.length;
    document.body.dataset.links = links.length;
    document.body.dataset.drawnNodes = drawnNodes;
    document.body.dataset.drawnLinks = drawnLinks;
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
      if (!visible(l.s) || !visible(l.t)) continue;
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
      canvas.title = n ? n.name + ' (' + n.label + ')' : '';
      canvas.style.cursor = n || linkAt(e.offsetX, e.offsetY) ? 'pointer' : '';
      return;
    }
    if (Math.hypot(e.offsetX - press.x, e.offsetY - press.y) > 3) press.moved = true;
    if (press.node) {
      const p = toWorld(e.offsetX, e.offsetY);
      press.node.x = p.x;
      press.node.y = p.y;
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

  // ---- selection and the side panel ----
  const panel = document.getElementById('kg-panel');
  let marked = [];

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
    const t = el('span', label, 'kg-tag');
    t.style.background = colour(label);
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

  function selectNode(n, andCenter) {
    selected = { node: n };
    focus = new Set([n]);
    n.adj.forEach((l) => { focus.add(l.s); focus.add(l.t); });
    if (andCenter) center(n);
    panel.replaceChildren(el('h2', n.name), tag(n.label));
    panel.append(el('h3', 'Свойства'), table([['key', n.id], ['degree', n.degree], ['mentionCount', n.mentionCount]].concat(Object.entries(n.properties))));
    if (n.aliases.length) {
      const ul = el('ul');
      n.aliases.forEach((a) => ul.append(el('li', a)));
      panel.append(el('h3', 'Псевдонимы'), ul);
    }
    if (n.adj.length) {
      const ul = el('ul');
      n.adj.slice(0, 300).forEach((l) => {
        const li = el('li');
        const a = el('a', l.type);
        a.addEventListener('click', () => selectLink(l));
        const other = l.s === n ? l.t : l.s;
        li.append(a, document.createTextNode(l.s === n ? ' → ' : ' ← '), nodeLink(other));
        ul.append(li);
      });
      panel.append(el('h3', 'Связи (' + n.adj.length + ')'), ul);
    }
    redraw();
  }

  function selectLink(l) {
    selected = { link: l };
    focus = new Set([l.s, l.t]);
    const head = el('p');
    head.append(nodeLink(l.s), document.createTextNode(l.symmetric ? ' — ' : ' → '), nodeLink(l.t));
    panel.replaceChildren(el('h2', l.type), head);
    const props = Object.entries(l.properties);
    if (props.length) panel.append(el('h3', 'Свойства'), table(props));
    panel.append(el('h3', 'Свидетельства (' + l.evidence.length + ')'));
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
    panel.replaceChildren(el('p', 'Нажмите на узел или связь, чтобы увидеть свойства и предложения-источники.', 'kg-hint'));
    redraw();
  }

  // ---- search ----
  const search = document.getElementById('kg-search');
  const results = document.getElementById('kg-results');
  const fold = (s) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  nodes.forEach((n) => { n.keys = [n.name].concat(n.aliases).map(fold); });
  let found = [];

  function find(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const scored = [];
    for (const n of nodes) {
      let best = 9;
      n.keys.forEach((k, i) => {
        const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : 9;
        if (s < best) best = s + (i > 0 ? 0.5 : 0);
      });
      if (best < 9) scored.push([best, n]);
    }
    scored.sort((a, b) => a[0] - b[0] || b[1].degree - a[1].degree);
    return scored.slice(0, 12).map((x) => x[1]);
  }

  function choose(n) {
    results.hidden = true;
    hiddenLabels.delete(n.label);
    renderLegend();
    marked = [n];
    selectNode(n, true);
  }

  search.addEventListener('input', () => {
    found = find(search.value);
    results.replaceChildren(...found.map((n, i) => {
      const li = el('li', n.name + ' ');
      li.append(el('small', n.label + (n.aliases.length ? ' · ' + n.aliases.slice(0, 3).join(', ') : '')));
      if (i === 0) li.className = 'active';
      li.addEventListener('click', () => choose(n));
      return li;
    }));
    results.hidden = found.length === 0;
    marked = found;
    redraw();
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && found.length) choose(found[0]);
    if (e.key === 'Escape') { results.hidden = true; search.value = ''; marked = []; redraw(); }
  });

  // ---- legend ----
  const legend = document.getElementById('kg-legend');
  function renderLegend() {
    legend.replaceChildren(...labels.map((label) => {
      const row = el('div');
      const dot = el('i');
      dot.style.background = colour(label);
      row.append(dot, document.createTextNode(label + ' (' + nodes.filter((n) => n.label === label).length + ')'));
      if (hiddenLabels.has(label)) row.className = 'off';
      row.addEventListener('click', () => {
        if (hiddenLabels.has(label)) hiddenLabels.delete(label); else hiddenLabels.add(label);
        renderLegend();
        redraw();
      });
      return row;
    }));
  }

  const shown = nodes.length + ' узлов, ' + links.length + ' связей';
  document.getElementById('kg-count').textContent = data.totalNodes > nodes.length
    ? shown + ' (из ' + data.totalNodes + ' узлов, ' + data.totalLinks + ' связей)' : shown;
  renderLegend();
  resize();
  fit();
  draw();
  // A link to the page can open a node or a relationship: page.html#search=Name, page.html#link=12 (its index)
  if (location.hash.startsWith('#search=')) {
    search.value = decodeURIComponent(location.hash.slice(8));
    found = find(search.value);
    if (found.length) choose(found[0]);
  } else if (location.hash.startsWith('#link=') && links[+location.hash.slice(6)]) {
    selectLink(links[+location.hash.slice(6)]);
  }
})();
