// Knowledge graph viewer, part "start": the legend, the frame benchmark and start-up.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

