// Knowledge graph viewer, part "input": hit testing, pointer and wheel input, the toolbar.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

