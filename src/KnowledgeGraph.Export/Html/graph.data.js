// Knowledge graph viewer, part "data": the graph data, its indexes, the canvas and the view state.
// HtmlGraphExport joins the graph.*.js parts in a fixed order inside one strict-mode function, so they share its scope.
// Knowledge graph viewer: draws the embedded graph (positions computed by the exporter) on a canvas.
// Every text of the graph reaches the page through textContent, never as HTML. User-facing words come from
// data.texts and display names of labels and types from data.names (both written by the exporter per language).
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

