// The explorer page: search, neighbourhood drawing, details, paths, roadmap, as-of date and what-if.
// All data comes from the GraphQL API (POST /graphql); see api.js.
import { renderPath, renderRoadmap, renderWhatIf } from './analysis-views.js';
import { Api } from './api.js';
import { Combobox } from './combobox.js';
import { GraphView } from './graph-view.js';
import { KINDS } from './kinds.js';
import { displayName } from './model.js';
import { el, formatValue } from './render.js';

const $ = (id) => document.getElementById(id);

const state = {
  api: null,
  mode: 'neighbourhood', // or 'paths'
  focusId: null,
  selectedId: null,
  depth: 1,
  asOf: today(),
  whatIf: false,
  nodes: new Map(), // drawn nodes by id
  edges: [],
  metrics: new Map(),
  metricsAsOf: null,
  paths: [],
  known: new Map(), // every node seen, by id: names for ids in analysis answers
  generation: 0, // drops answers that arrive after a newer request
};

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function status(text, kind = 'info') {
  const p = $('status');
  p.textContent = text;
  p.dataset.kind = kind;
}

function setGraphState(value) {
  $('graph').dataset.state = value;
  $('graph').setAttribute('aria-busy', value === 'loading' ? 'true' : 'false');
}

let view;

// ---------- legend and node list ----------

function renderLegend() {
  $('legend-list').replaceChildren(
    ...KINDS.map((k) =>
      el(
        'li',
        {},
        el('span', { class: `swatch swatch-${k.kind.toLowerCase()}`, 'aria-hidden': 'true' }),
        `${k.kind}: ${k.shapeName}`,
      ),
    ),
  );
}

function renderNodeList() {
  const list = $('node-list');
  // Keep keyboard focus on the same node's button across re-renders.
  const focusedId = list.contains(document.activeElement) ? document.activeElement.dataset.nodeId : null;
  const items = [...state.nodes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  list.replaceChildren(
    ...items.map((n) => {
      const m = state.metrics.get(n.id);
      const notes = [n.kind];
      if (m?.articulationPoint) notes.push('articulation point');
      if (m?.rank != null) notes.push(`betweenness rank ${m.rank}`);
      if (n.removed) notes.push('removed in what-if');
      if (n.status) notes.push(n.status);
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: 'node-button',
            'data-node-id': n.id,
            'aria-current': n.id === state.selectedId ? 'true' : null,
            onclick: () => selectNode(n.id),
          },
          el('span', { class: `swatch swatch-${n.kind.toLowerCase()}`, 'aria-hidden': 'true' }),
          `${displayName(n)} — ${notes.join(', ')}`,
        ),
      );
    }),
  );
  $('node-count').textContent = `(${items.length} nodes, ${state.edges.length} relationships)`;
  if (focusedId) list.querySelector(`[data-node-id="${CSS.escape(focusedId)}"]`)?.focus();
}

// ---------- drawing ----------

function draw(edgeClasses = new Map(), edgeData = new Map()) {
  const ms = view.draw({
    layoutName: state.mode === 'paths' ? 'layers' : 'rings',
    nodes: [...state.nodes.values()],
    edges: state.edges,
    metrics: state.metrics,
    focusId: state.focusId,
    edgeClasses,
    edgeData,
  });
  renderNodeList();
  window.kgExplorer.lastDrawMs = ms;
  return ms;
}

let metricsLoad = null; // { asOf, promise }: one request per date, shared by the drawing and the details

function ensureMetricsAsync() {
  if (!state.api.has('bottlenecks') || state.metricsAsOf === state.asOf) return Promise.resolve();
  if (metricsLoad && metricsLoad.asOf === state.asOf) return metricsLoad.promise;
  const asOf = state.asOf;
  const promise = (async () => {
    try {
      const metrics = await state.api.bottlenecksAsync({ asOf });
      if (asOf !== state.asOf) return;
      state.metrics = metrics;
      state.metricsAsOf = asOf;
      remember([...metrics.values()].map((m) => m.node));
    } catch (err) {
      state.metrics = new Map();
      status(`Betweenness is not available: ${err.message}`, 'warn');
    }
  })();
  metricsLoad = { asOf, promise };
  return promise;
}

async function loadNeighbourhoodAsync() {
  if (!state.focusId) return;
  const generation = ++state.generation;
  state.mode = 'neighbourhood';
  setGraphState('loading');
  status('Loading the neighbourhood…');
  try {
    const [sub] = await Promise.all([
      state.api.neighbourhoodAsync(state.focusId, { depth: state.depth, asOf: state.asOf }),
      ensureMetricsAsync(),
    ]);
    if (generation !== state.generation) return;
    state.nodes = new Map(sub.nodes.map((n) => [n.id, n]));
    state.edges = sub.edges;
    remember(sub.nodes);
    if (state.whatIf && state.selectedId) markRemoved(state.selectedId);
    const ms = draw();
    setGraphState('ready');
    const focus = state.nodes.get(state.focusId);
    status(
      `Drew ${state.nodes.size} nodes and ${state.edges.length} relationships around ${focus ? displayName(focus) : state.focusId} as of ${state.asOf} (${Math.round(ms)} ms).`,
    );
  } catch (err) {
    if (generation !== state.generation) return;
    setGraphState('error');
    status(`Could not load the neighbourhood: ${err.message}`, 'error');
  }
}

function markRemoved(id) {
  for (const n of state.nodes.values()) n.removed = n.id === id;
  for (const e of state.edges) e.removed = e.from === id || e.to === id;
}

// The view is in the address (#id=mx-sedena&depth=1&asOf=2020-06-01) so that it can be bookmarked and shared.
function saveLocation() {
  const params = new URLSearchParams();
  if (state.focusId) params.set('id', state.focusId);
  params.set('depth', String(state.depth));
  params.set('asOf', state.asOf);
  history.replaceState(null, '', `#${params}`);
}

function readLocation() {
  const params = new URLSearchParams(location.hash.slice(1));
  const depth = Number(params.get('depth'));
  if ([1, 2, 3].includes(depth)) {
    state.depth = depth;
    $('depth-select').value = String(depth);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '')) state.asOf = params.get('asOf');
  return params.get('id');
}

/** Draws a node and its neighbourhood and shows its details. */
async function focusNodeAsync(id) {
  state.focusId = id;
  state.selectedId = id;
  saveLocation();
  await Promise.all([loadNeighbourhoodAsync(), showDetailsAsync(id)]);
  if (state.whatIf) await runWhatIfAsync();
}

function selectNode(id) {
  state.selectedId = id;
  view.select(id);
  for (const b of document.querySelectorAll('.node-button')) {
    if (b.dataset.nodeId === id) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  showDetailsAsync(id);
  if (state.whatIf) {
    markRemoved(id);
    draw();
    runWhatIfAsync();
  }
}

// ---------- details ----------

async function showDetailsAsync(id) {
  const box = $('details');
  const hadFocus = box.contains(document.activeElement);
  box.replaceChildren(el('p', { class: 'hint', text: 'Loading…' }));
  let node;
  try {
    [node] = await Promise.all([state.api.nodeAsync(id, state.asOf), ensureMetricsAsync()]);
  } catch (err) {
    box.replaceChildren(el('p', { class: 'error', text: `Could not load ${id}: ${err.message}` }));
    return;
  }
  if (state.selectedId !== id) return;
  if (!node) {
    box.replaceChildren(el('p', { text: `${id} does not exist as of ${state.asOf}.` }));
    return;
  }
  const m = state.metrics.get(id);
  const facts = el('dl', { class: 'kv' });
  const add = (k, v) => {
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) return;
    facts.append(el('dt', { text: k }), el('dd', {}, v instanceof Node ? v : formatValue(v)));
  };
  add('Kind', node.kind);
  add('Id', node.id);
  add('Confidence', node.confidence ? el('span', { class: `confidence confidence-${node.confidence}`, text: node.confidence }) : null);
  add('Valid', node.validFrom || node.validTo ? `${node.validFrom ?? '…'} to ${node.validTo ?? '…'}` : null);
  add('Aliases', node.aliases);
  for (const [k, v] of node.properties) add(k, v);
  if (m) {
    add('Betweenness', m.betweenness);
    add('Betweenness rank', m.rank);
    add('Articulation point', m.articulationPoint ? 'yes: removing it disconnects institutions' : 'no');
    add('Dependants', m.dependants);
    add('Core number', m.coreNumber);
  }

  const sources = el('ul', { class: 'sources' });
  for (const s of node.sources) {
    const label = s.name ?? s.id;
    const url = s.url;
    sources.append(
      el('li', {}, url && /^https?:\/\//.test(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label) : label,
        s.publisher ? ` — ${s.publisher}` : ''),
    );
  }

  const related = el('ul', { class: 'related' });
  for (const e of state.edges) {
    if (e.from !== id && e.to !== id) continue;
    const otherId = e.from === id ? e.to : e.from;
    const other = state.nodes.get(otherId);
    related.append(
      el('li', {}, e.from === id ? `${e.type} → ` : `← ${e.type} `,
        el('button', { type: 'button', class: 'ref', onclick: () => selectNode(otherId) }, other ? `${displayName(other)} (${other.kind})` : otherId)),
    );
  }

  box.replaceChildren(
    el('h3', { id: 'details-title', tabindex: '-1' }, displayName(node)),
    node.description ? el('p', { text: node.description }) : '',
    facts,
    el('h4', { text: 'Provenance' }),
    node.note ? el('p', { class: 'note', text: node.note }) : '',
    node.sources.length ? sources : el('p', { class: 'muted', text: 'No sources listed.' }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => focusNodeAsync(node.id) }, 'Explore from here'),
      el('button', { type: 'button', onclick: () => { pathFrom.set(node); $('path-from-input').focus(); } }, 'Use as path start'),
      el('button', { type: 'button', onclick: () => { pathTo.set(node); $('path-to-input').focus(); } }, 'Use as path end'),
    ),
    related.children.length
      ? el('details', { open: related.children.length <= 12 ? true : null },
        el('summary', {}, `Drawn relationships (${related.children.length})`), related)
      : '',
  );
  // A button inside the panel was pressed and the panel was replaced: move focus to its new heading, not the body.
  if (hadFocus) $('details-title').focus({ preventScroll: true });
}

// ---------- paths ----------

async function drawPathsAsync() {
  const from = pathFrom.chosen;
  const to = pathTo.chosen;
  const out = $('paths-result');
  if (!from || !to) {
    out.replaceChildren(el('p', { class: 'error', text: 'Choose both institutions from the search lists first.' }));
    return;
  }
  const k = Math.max(1, Math.min(10, Number($('path-k').value) || 3));
  const generation = ++state.generation;
  setGraphState('loading');
  status(`Finding ${k} paths from ${displayName(from)} to ${displayName(to)}…`);
  let paths;
  try {
    [paths] = await Promise.all([state.api.pathsAsync(from.id, to.id, { k, asOf: state.asOf }), ensureMetricsAsync()]);
  } catch (err) {
    if (generation !== state.generation) return;
    setGraphState('error');
    out.replaceChildren(el('p', { class: 'error', text: `Could not compute paths: ${err.message}` }));
    status(`Could not compute paths: ${err.message}`, 'error');
    return;
  }
  if (generation !== state.generation) return;
  state.mode = 'paths';
  state.paths = paths;
  state.nodes = new Map();
  state.edges = [];
  const edgeClasses = new Map();
  const edgeData = new Map();
  paths.forEach((p, i) => {
    for (const n of p.nodes) if (!state.nodes.has(n.id)) state.nodes.set(n.id, n);
    for (const e of p.edges) {
      const id = `p${i}:${e.id}`;
      state.edges.push({ ...e, id });
      edgeClasses.set(id, ['path']);
      edgeData.set(id, { pathLabel: `path ${i + 1}${e.cost != null ? `, cost ${formatValue(e.cost)}` : ''}` });
    }
  });
  state.focusId = from.id;
  const ms = draw(edgeClasses, edgeData);
  setGraphState('ready');
  status(`Drew ${paths.length} path(s) from ${displayName(from)} to ${displayName(to)} as of ${state.asOf} (${Math.round(ms)} ms).`);
  renderPaths(paths, from, to);
}

function renderPaths(paths, from, to) {
  const out = $('paths-result');
  if (paths.length === 0) {
    out.replaceChildren(el('p', { text: `No path from ${displayName(from)} to ${displayName(to)} as of ${state.asOf}.` }));
    return;
  }
  for (const p of paths) remember(p.nodes);
  out.replaceChildren(
    el('p', { class: 'hint', text: `${paths.length} path(s) as of ${state.asOf}, best first.` }),
    el('ol', { class: 'paths', 'aria-label': 'Paths, best first' }, paths.map((p, i) => renderPath(p, i, analysisContext))),
  );
}

function remember(nodes) {
  for (const n of nodes) if (n && n.id) state.known.set(n.id, n);
}

/** "Name (Kind)" for an id, from the answer itself or from any node seen so far. */
function labelFor(id, obj) {
  const n = obj && obj.name ? obj : state.known.get(id);
  if (!n) return id;
  const kind = n.kind ? String(n.kind).charAt(0) + String(n.kind).slice(1).toLowerCase() : null;
  return `${displayName(n)}${kind ? ` (${kind})` : ''}`;
}

const analysisContext = { onRef: (id) => selectOrFocus(id), label: labelFor };

function selectOrFocus(id) {
  if (state.nodes.has(id)) selectNode(id);
  else focusNodeAsync(id);
}

// ---------- roadmap ----------

async function loadGoalsAsync() {
  const select = $('roadmap-goal');
  if (!state.api.has('roadmap')) return;
  let goals = [];
  try {
    goals = await state.api.listKindAsync('Objective', 'objectives');
    if (goals.length === 0 && state.api.has('search')) goals = await state.api.searchAsync('', { kinds: ['Objective'], first: 200 });
  } catch {
    goals = [];
  }
  goals.sort((a, b) => a.name.localeCompare(b.name));
  select.replaceChildren(...goals.map((g) => el('option', { value: g.id, selected: g.id === 'security-treaty' ? true : null }, displayName(g))));
}

async function showRoadmapAsync() {
  const goal = $('roadmap-goal').value;
  const out = $('roadmap-result');
  if (!goal) {
    out.replaceChildren(el('p', { class: 'error', text: 'Choose a goal first.' }));
    return;
  }
  out.replaceChildren(el('p', { class: 'hint', text: 'Loading…' }));
  const generation = ++state.generation;
  try {
    const { plan, subgraph } = await state.api.roadmapAsync(goal, { asOf: state.asOf });
    if (generation !== state.generation) return;
    for (const list of [plan?.prerequisites, plan?.unmetInOrder, plan?.criticalChain]) remember((list ?? []).map((i) => ({ ...i, kind: i.kind })));
    out.replaceChildren(el('p', { class: 'hint', text: `Roadmap as of ${state.asOf}.` }), renderRoadmap(plan, analysisContext));
    if (subgraph && subgraph.nodes.length) drawRoadmap(goal, plan, subgraph);
  } catch (err) {
    out.replaceChildren(el('p', { class: 'error', text: `Could not compute the roadmap: ${err.message}` }));
  }
}

/** The goal in the centre, its prerequisites in rings by depth; unmet ones say so in their label. */
function drawRoadmap(goal, plan, subgraph) {
  const met = new Map((plan.prerequisites ?? []).map((i) => [i.id, i.met]));
  state.mode = 'roadmap';
  state.focusId = goal;
  state.nodes = new Map(subgraph.nodes.map((n) => [n.id, { ...n, status: met.has(n.id) ? (met.get(n.id) ? 'met' : 'unmet') : null }]));
  state.edges = subgraph.edges;
  remember(subgraph.nodes);
  const ms = draw();
  setGraphState('ready');
  status(`Drew the roadmap to ${labelFor(goal)}: ${subgraph.nodes.length} nodes as of ${state.asOf} (${Math.round(ms)} ms).`);
}

// ---------- what if ----------

async function runWhatIfAsync() {
  const panel = $('whatif-panel');
  const out = $('whatif-result');
  panel.hidden = !state.whatIf;
  if (!state.whatIf) return;
  const id = state.selectedId;
  if (!id) {
    out.replaceChildren(el('p', { class: 'hint', text: 'Select a node: the page shows what changes without it.' }));
    return;
  }
  const node = state.nodes.get(id);
  out.replaceChildren(el('p', { class: 'hint', text: 'Computing…' }));
  try {
    const result = await state.api.whatIfAsync(id, { asOf: state.asOf, pathFrom: pathFrom.chosen?.id, pathTo: pathTo.chosen?.id });
    if (state.selectedId !== id || !state.whatIf) return;
    const rows = [...(result?.bottlenecks?.before ?? []), ...(result?.bottlenecks?.after ?? [])];
    remember(rows.filter((r) => r.nodeId && r.name).map((r) => ({ id: r.nodeId, name: r.name, kind: r.kind })));
    out.replaceChildren(
      el('p', {}, `Without ${node ? displayName(node) : id} as of ${state.asOf}:`),
      renderWhatIf(result, analysisContext),
    );
  } catch (err) {
    out.replaceChildren(el('p', { class: 'error', text: `What-if failed: ${err.message}` }));
  }
}

function setWhatIf(on) {
  state.whatIf = on;
  $('whatif-toggle').setAttribute('aria-pressed', on ? 'true' : 'false');
  if (on && state.selectedId) markRemoved(state.selectedId);
  if (!on) markRemoved(null);
  if (state.nodes.size) draw();
  runWhatIfAsync();
}

// ---------- as of ----------

async function setAsOfAsync(value) {
  state.asOf = value || today();
  $('asof-input').value = state.asOf;
  saveLocation();
  state.metricsAsOf = null;
  const tasks = [];
  if (state.mode === 'paths' && state.paths.length) tasks.push(drawPathsAsync());
  else if (state.mode === 'roadmap') tasks.push(showRoadmapAsync());
  else if (state.focusId) tasks.push(loadNeighbourhoodAsync());
  if (state.selectedId) tasks.push(showDetailsAsync(state.selectedId));
  await Promise.all(tasks);
  if (state.whatIf) await runWhatIfAsync();
}

// ---------- start ----------

let pathFrom;
let pathTo;

function disableFeature(buttonId, text) {
  const b = $(buttonId);
  b.disabled = true;
  b.insertAdjacentElement('afterend', el('p', { class: 'hint missing', text }));
}

async function startAsync() {
  renderLegend();
  const startId = readLocation();
  $('asof-input').value = state.asOf;
  view = new GraphView($('graph'), { onSelect: (id) => selectNode(id) });
  window.kgExplorer.cy = view.cy;

  try {
    state.api = await Api.connectAsync();
  } catch (err) {
    status(`Cannot reach the GraphQL API: ${err.message}`, 'error');
    setGraphState('error');
    document.body.dataset.ready = 'error';
    return;
  }
  window.kgExplorer.api = state.api;
  const missing = state.api.missing();
  window.kgExplorer.missing = missing;
  if (missing.length) status(`This API lacks: ${missing.join(', ')}. The page works without them.`, 'warn');

  const searchAsync = (kinds) => async (text, signal) => {
    const found = await state.api.searchAsync(text, { kinds, signal });
    remember(found);
    return found;
  };
  new Combobox($('search-input'), $('search-results'), {
    searchAsync: searchAsync(undefined),
    onChoose: (node) => focusNodeAsync(node.id),
  });
  pathFrom = new Combobox($('path-from-input'), $('path-from-results'), { searchAsync: searchAsync(['Institution']), onChoose: () => {} });
  pathTo = new Combobox($('path-to-input'), $('path-to-results'), { searchAsync: searchAsync(['Institution']), onChoose: () => {} });

  $('depth-select').addEventListener('change', (e) => {
    state.depth = Number(e.target.value);
    saveLocation();
    loadNeighbourhoodAsync();
  });
  $('asof-input').addEventListener('change', (e) => setAsOfAsync(e.target.value));
  $('asof-today').addEventListener('click', () => setAsOfAsync(today()));
  $('whatif-toggle').addEventListener('click', () => setWhatIf(!state.whatIf));
  $('paths-form').addEventListener('submit', (e) => {
    e.preventDefault();
    drawPathsAsync();
  });
  $('roadmap-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showRoadmapAsync();
  });

  if (!state.api.has('interoperabilityPaths')) disableFeature('paths-submit', 'Not available: the API has no interoperabilityPaths query yet.');
  if (!state.api.has('roadmap')) disableFeature('roadmap-submit', 'Not available: the API has no roadmap query yet.');
  if (!state.api.has('whatIf')) disableFeature('whatif-toggle', 'Not available: the API has no whatIf query yet.');
  if (!state.api.has('bottlenecks')) $('legend-size').textContent = 'Node size: uniform (the API has no bottlenecks query yet, so betweenness and articulation points are not shown).';

  await loadGoalsAsync();
  setGraphState('empty');
  document.body.dataset.ready = 'true';
  if (startId) await focusNodeAsync(startId);
}

// A small surface for the browser tests and for people at the console: the cytoscape instance and a way to draw
// arbitrary data through the same pipeline the page uses.
window.kgExplorer = {
  cy: null,
  api: null,
  missing: [],
  lastDrawMs: 0,
  state,
  drawSubgraph(nodes, edges) {
    state.mode = 'neighbourhood';
    state.nodes = new Map(nodes.map((n) => [n.id, n]));
    state.edges = edges;
    const ms = draw();
    setGraphState('ready');
    return ms;
  },
};

startAsync();
