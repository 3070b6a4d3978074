// The drawing: cytoscape.js with one style per kind (colour + shape + kind in the label), node size by betweenness,
// articulation points marked by a border and text. Large drawings use a linear-time layout and no animation.
import cytoscape from 'cytoscape';
import { KINDS, kindInfo } from './kinds.js';
import { displayName } from './model.js';

const LARGE = 300; // nodes; above this rings are packed tightly and only the selection is labelled
const LABELS_ON_EDGES_MAX = 60; // edges; above this edge labels only show for the selection

function nodeLabel(node, metrics) {
  const lines = [displayName(node), `(${node.kind})`];
  if (metrics?.articulationPoint) lines.push('articulation point');
  if (node.removed) lines.push('removed (what if)');
  if (node.status === 'unmet') lines.push('unmet');
  return lines.join('\n');
}

function styles() {
  const s = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'font-size': 12,
        'min-zoomed-font-size': 6,
        'text-valign': 'bottom',
        'text-halign': 'center',
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
    { selector: 'node[halign]', style: { 'text-halign': 'data(halign)', 'text-valign': 'data(valign)', 'text-margin-x': 0 } },
    { selector: 'node[halign = "right"]', style: { 'text-margin-x': 4 } },
    { selector: 'node[halign = "left"]', style: { 'text-margin-x': -4 } },
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet:selected', style: { label: 'data(label)' } },
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
    { selector: 'node.unmet', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#b00020' } },
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
    // Haystack edges (no arrows, no per-edge geometry) paint several times faster; large drawings use them.
    { selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.7 } },
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

/**
 * Concentric rings: the focus in the centre and one ring per hop from it (nodes it does not reach on the outer
 * ring); without a focus, rings by degree. Within a ring nodes are ordered by kind then name, so kinds cluster.
 * Linear in nodes + edges (plus the sort).
 */
export function ringPositions(nodes, edges, focusId, large) {
  const ids = new Set(nodes.map((n) => n.id));
  const adjacency = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    adjacency.get(e.from).push(e.to);
    adjacency.get(e.to).push(e.from);
  }
  const level = new Map();
  if (focusId && ids.has(focusId)) {
    level.set(focusId, 0);
    const queue = [focusId];
    for (let i = 0; i < queue.length; i++) {
      for (const next of adjacency.get(queue[i])) {
        if (!level.has(next)) {
          level.set(next, level.get(queue[i]) + 1);
          queue.push(next);
        }
      }
    }
    const outer = Math.max(0, ...level.values()) + 1;
    for (const n of nodes) if (!level.has(n.id)) level.set(n.id, outer);
  } else {
    // Busiest nodes innermost; ring sizes grow so that each ring is about as dense as the others.
    const byDegree = [...nodes].sort((a, b) => adjacency.get(b.id).length - adjacency.get(a.id).length);
    let ring = 0;
    let capacity = 1;
    let used = 0;
    for (const n of byDegree) {
      if (used >= capacity) {
        ring += 1;
        used = 0;
        capacity = Math.ceil(6 * ring * (large ? 1.5 : 1));
      }
      level.set(n.id, ring);
      used += 1;
    }
  }
  const rings = [];
  for (const n of nodes) {
    const l = level.get(n.id);
    (rings[l] ??= []).push(n);
  }
  const spacing = large ? 16 : 66;
  const gap = large ? 28 : 140;
  const positions = new Map();
  let radius = 0;
  rings.forEach((members = [], l) => {
    members.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    if (l === 0 && members.length === 1) {
      positions.set(members[0].id, { x: 0, y: 0, halign: 'center', valign: 'bottom' });
      return;
    }
    radius = Math.max(radius + gap, (members.length * spacing) / (2 * Math.PI));
    members.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      // Labels point away from the centre, so neighbours on a ring do not write over each other.
      const halign = cos > 0.35 ? 'right' : cos < -0.35 ? 'left' : 'center';
      const valign = halign !== 'center' ? 'center' : sin > 0 ? 'bottom' : 'top';
      // Wider than tall: the drawing area is, and labels run sideways.
      positions.set(n.id, { x: radius * cos * (large ? 1 : 1.5), y: radius * sin, halign, valign });
    });
  });
  return positions;
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
      if (n.status === 'unmet') classes.push('unmet');
      // Hundreds of canvas labels cost more than the layout; large drawings label the selection only (the text
      // list of drawn nodes names every node).
      if (large && n.id !== focusId && !m?.articulationPoint) classes.push('quiet');
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
      if (large) classes.push('bulk');
      if (layoutName !== 'layers' && focusId && e.from !== focusId && e.to !== focusId) classes.push('peripheral');
      if (e.removed) classes.push('removed');
      elements.push({
        group: 'edges',
        data: { id: `e:${e.id}`, source: e.from, target: e.to, type: e.type, ...(edgeData.get(e.id) ?? {}) },
        classes,
      });
    }
    const cy = this.cy;
    const rings = layoutName !== 'layers' || !focusId;
    if (rings) {
      // Positions computed here and added with the elements: one pass, no layout run (a layout's position
      // updates cost more than the layout itself at thousands of elements).
      const positions = ringPositions(nodes, edges, focusId, large);
      for (const e of elements) {
        if (e.group !== 'nodes') continue;
        const { x, y, halign, valign } = positions.get(e.data.id);
        e.position = { x, y };
        e.data.halign = halign;
        e.data.valign = valign;
      }
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    if (!rings) {
      cy.layout({ name: 'breadthfirst', roots: cy.getElementById(focusId), directed: false, animate: false, spacingFactor: 1.1 }).run();
    }
    if (rings) this._fitPositions(elements, 30, large);
    else cy.fit(undefined, 30);
    if (focusId && cy.getElementById(focusId).nonempty()) cy.getElementById(focusId).select();
    this.lastDrawMs = performance.now() - started;
    this._container.dataset.drawnNodes = String(cy.nodes().length);
    this._container.dataset.drawnEdges = String(cy.edges().length);
    this._container.dataset.drawCount = String(Number(this._container.dataset.drawCount ?? 0) + 1);
    return this.lastDrawMs;
  }

  // cy.fit() measures every element and label (seconds at 2,000 elements); the positions are known here, so the
  // viewport is computed from them directly (plus room for the largest node and its label).
  _fitPositions(elements, padding, large) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let maxSize = 0;
    for (const e of elements) {
      if (e.group !== 'nodes') continue;
      minX = Math.min(minX, e.position.x);
      maxX = Math.max(maxX, e.position.x);
      minY = Math.min(minY, e.position.y);
      maxY = Math.max(maxY, e.position.y);
      maxSize = Math.max(maxSize, e.data.size);
    }
    if (minX === Infinity) return;
    const margin = maxSize / 2 + (large ? 20 : 110); // a node's half size and its label beside it
    const width = Math.max(1, this.cy.width() - 2 * padding);
    const height = Math.max(1, this.cy.height() - 2 * padding);
    const boxW = maxX - minX + 2 * margin;
    const boxH = maxY - minY + 2 * margin;
    const zoom = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), Math.min(width / boxW, height / boxH, 1.6)));
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2 - cx * zoom, y: this.cy.height() / 2 - cy * zoom } });
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
