// Knowledge graph viewer, part "search": search by name and alias.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

