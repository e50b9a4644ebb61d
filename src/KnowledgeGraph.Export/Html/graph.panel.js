// Knowledge graph viewer, part "panel": selection and the side panel.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
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

