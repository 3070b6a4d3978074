// The drawing: cytoscape.js with one style per kind (colour + shape + kind in the label), node size by betweenness,
// articulation points marked by a border and text. Large drawings use a linear-time layout and no animation.
import cytoscape from 'cytoscape';
import { KINDS, kindInfo } from './kinds.js';
import { displayName } from './model.js';

const LARGE = 300; // nodes; above this the layout is concentric (O(n)) instead of force-directed
const LABELS_ON_EDGES_MAX = 60; // edges; above this edge labels only show for the selection

function nodeLabel(node, metrics) {
  const lines = [displayName(node), `(${node.kind})`];
  if (metrics?.articulationPoint) lines.push('articulation point');
  if (node.removed) lines.push('removed (what if)');
  return lines.join('\n');
}

function styles() {
  const s = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'font-size': 10,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#333333',
        'background-color': '#666666',
      },
    },
    ...KINDS.map((k) => ({
      selector: `node[kind = "${k.kind}"]`,
      style: { 'background-color': k.colour, shape: k.shape },
    })),
    {
      selector: 'node.articulation',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#000000' },
    },
    {
      selector: 'node.focus',
      style: { 'overlay-color': '#000000', 'overlay-opacity': 0.12, 'overlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#ff00aa', 'border-style': 'solid' },
    },
    {
      selector: 'node.removed',
      style: { opacity: 0.35, 'border-style': 'dashed', 'border-width': 3, 'border-color': '#b00020' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9a9a9a',
        'target-arrow-color': '#9a9a9a',
        'target-arrow-shape': 'triangle',
        'curve-style': 'straight',
        'arrow-scale': 0.7,
        'font-size': 8,
        'min-zoomed-font-size': 8,
        color: '#444444',
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge.peripheral', style: { 'line-color': '#d4d4d4', 'target-arrow-color': '#d4d4d4', width: 0.8 } },
    { selector: 'edge.labelled', style: { label: 'data(type)', 'curve-style': 'bezier' } },
    { selector: 'edge.peripheral.labelled', style: { label: '' } },
    { selector: 'edge:selected', style: { label: 'data(type)', 'line-color': '#ff00aa', width: 2.5 } },
    { selector: 'edge.removed', style: { 'line-style': 'dashed', opacity: 0.35 } },
    {
      selector: 'edge.path',
      style: {
        width: 4,
        'line-color': '#1b5e20',
        'target-arrow-color': '#1b5e20',
        'curve-style': 'bezier',
        label: 'data(pathLabel)',
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'font-size': 9,
        color: '#1b5e20',
      },
    },
  ];
  return s;
}

/** Owns the cytoscape instance; the page calls draw() with nodes, edges and per-node metrics. */
export class GraphView {
  constructor(container, { onSelect }) {
    this._container = container;
    this.cy = cytoscape({
      container,
      style: styles(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
    });
    this.cy.on('tap', 'node', (e) => onSelect(e.target.id()));
    this.lastDrawMs = 0;
  }

  /**
   * Replaces the drawing. `metrics` maps node id to { betweenness, articulationPoint }; `focusId` is marked;
   * `extraEdgeClasses` maps edge id to classes (paths); returns the time taken in ms.
   */
  draw({ nodes, edges, metrics = new Map(), focusId = null, edgeClasses = new Map(), edgeData = new Map(), layoutName = 'rings' }) {
    const started = performance.now();
    const ids = new Set(nodes.map((n) => n.id));
    let maxBetweenness = 0;
    for (const n of nodes) maxBetweenness = Math.max(maxBetweenness, metrics.get(n.id)?.betweenness ?? 0);
    const large = nodes.length > LARGE;
    const elements = [];
    for (const n of nodes) {
      const m = metrics.get(n.id);
      const b = m?.betweenness ?? 0;
      const size = maxBetweenness > 0 ? 18 + 42 * Math.sqrt(b / maxBetweenness) : 24;
      const classes = [];
      if (m?.articulationPoint) classes.push('articulation');
      if (n.id === focusId) classes.push('focus');
      if (n.removed) classes.push('removed');
      elements.push({
        group: 'nodes',
        data: { id: n.id, kind: kindInfo(n.kind).kind, label: nodeLabel(n, m), size },
        classes,
      });
    }
    const labelEdges = edges.length <= LABELS_ON_EDGES_MAX;
    for (const e of edges) {
      if (!ids.has(e.from) || !ids.has(e.to)) continue;
      const classes = [...(edgeClasses.get(e.id) ?? [])];
      if (labelEdges) classes.push('labelled');
      if (focusId && e.from !== focusId && e.to !== focusId) classes.push('peripheral');
      if (e.removed) classes.push('removed');
      elements.push({
        group: 'edges',
        data: { id: `e:${e.id}`, source: e.from, target: e.to, type: e.type, ...(edgeData.get(e.id) ?? {}) },
        classes,
      });
    }
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout(this._layoutFor(focusId, large, layoutName)).run();
    cy.fit(undefined, 30);
    if (focusId && cy.getElementById(focusId).nonempty()) cy.getElementById(focusId).select();
    this.lastDrawMs = performance.now() - started;
    this._container.dataset.drawnNodes = String(cy.nodes().length);
    this._container.dataset.drawnEdges = String(cy.edges().length);
    this._container.dataset.drawCount = String(Number(this._container.dataset.drawCount ?? 0) + 1);
    return this.lastDrawMs;
  }

  /**
   * Rings around the focus (one ring per hop, linear time, readable labels); paths as layers from their start;
   * large or unfocused drawings as rings by degree.
   */
  _layoutFor(focusId, large, layoutName) {
    const cy = this.cy;
    const focus = focusId ? cy.getElementById(focusId) : cy.collection();
    if (layoutName === 'layers' && focus.nonempty()) {
      return { name: 'breadthfirst', roots: focus, directed: false, animate: false, spacingFactor: 1.1, grid: false };
    }
    if (!large && focus.nonempty()) {
      const hops = new Map();
      cy.elements().bfs({
        roots: focus,
        directed: false,
        visit: (v, e, u, i, depth) => {
          hops.set(v.id(), depth);
        },
      });
      const far = Math.max(0, ...hops.values()) + 1;
      return {
        name: 'concentric',
        animate: false,
        concentric: (node) => far - (hops.get(node.id()) ?? far),
        levelWidth: () => 1,
        minNodeSpacing: 55,
        startAngle: (3 / 2) * Math.PI,
      };
    }
    return { name: 'concentric', animate: false, concentric: (node) => node.degree(), levelWidth: () => 4, minNodeSpacing: large ? 4 : 30 };
  }

  select(id) {
    const cy = this.cy;
    cy.$(':selected').unselect();
    const el = cy.getElementById(id);
    if (el.nonempty()) {
      el.select();
      cy.animate({ center: { eles: el } }, { duration: 0 });
    }
  }

  clear() {
    this.cy.elements().remove();
    this._container.dataset.drawnNodes = '0';
    this._container.dataset.drawnEdges = '0';
  }
}
