// Every piece of data the page shows comes from here: GraphQL operations built against the server's own schema.
import { execute, Schema } from './graphql.js';
import { toNode, toSubgraph, toEdge } from './model.js';

const NODE_SPEC = [
  '*',
  'aliases',
  { provenance: ['note', { sources: ['id', 'name', 'url', 'publisher', 'published', { properties: ['key', 'name', 'value'] }] }] },
  { sources: ['id', 'name', 'url', 'publisher', 'published', { properties: ['key', 'name', 'value'] }] },
  { properties: ['key', 'name', 'value'] },
];
const REF_SPEC = ['id', 'name', 'kind', 'acronym', 'aliases'];
const BOTTLENECK_SPEC = ['rank', 'nodeId', 'id', 'name', 'kind', 'betweenness', 'articulationPoint', 'dependants', 'directDependants', 'coreNumber'];
// Paths: ends by id (source/target) with from/to objects as the fallback; nodes by reference only.
const HOP_SPEC = ['source', 'target', 'cost', 'channel', 'channelCount', { reasons: ['amount', 'text'] }];
const PATH_SPEC = [
  'rank', 'cost', 'totalCost', 'nodeIds', { nodes: REF_SPEC },
  { hops: HOP_SPEC }, { steps: HOP_SPEC },
  { gaps: ['competencyId', 'competencyName', 'fromLevel', 'toLevel', { competency: REF_SPEC }, { agreements: ['id', 'name', 'status'] }] },
];
const ITEM_SPEC = ['id', 'name', 'kind', 'met', 'reason'];
const SUBGRAPH_SPEC = [{ nodes: REF_SPEC }, { edges: ['id', 'type', 'source', 'target', 'validFrom', 'validTo'] }];
// Edges name their ends by id (source/target) where the type has them; from/to objects are the fallback.
const EDGE_SPEC = ['*', { properties: ['key', 'name', 'value'] }];
const EDGE_ENDS_SPEC = [{ from: ['id'] }, { to: ['id'] }];

/** Which analyses the API offers; each missing one turns one feature of the page off (see missing()). */
export const FEATURES = {
  search: 'search',
  node: 'node',
  neighbourhood: 'neighbourhood',
  bottlenecks: 'bottlenecks',
  paths: 'interoperabilityPaths',
  roadmap: 'roadmap',
  whatIf: 'whatIf',
};

function firstList(value) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    for (const key of ['items', 'nodes', 'results', 'paths', 'entries']) {
      if (Array.isArray(value[key])) return value[key];
    }
    if (Array.isArray(value.edges)) return value.edges.map((e) => e.node ?? e);
  }
  return [];
}

export class Api {
  constructor(schema) {
    this.schema = schema;
    this.warnings = [];
  }

  static async connectAsync() {
    return new Api(await Schema.loadAsync());
  }

  /** True when the API has the feature (a key of FEATURES) or root field. */
  has(feature) {
    return this.schema.hasQuery(FEATURES[feature] ?? feature);
  }

  /** Root fields the page would use but the API lacks, and analysis fields that take no asOf. */
  missing() {
    const out = [];
    for (const name of Object.values(FEATURES)) {
      if (!this.schema.hasQuery(name)) out.push(`${name} (query field)`);
    }
    for (const name of ['neighbourhood', 'node', 'bottlenecks', 'interoperabilityPaths', 'roadmap', 'whatIf']) {
      if (this.schema.hasQuery(name) && !this.schema.hasArg(name, 'asOf')) out.push(`${name}(asOf)`);
    }
    return out;
  }

  async _runAsync(fieldName, args, spec, signal) {
    const op = this.schema.build(fieldName, args, spec);
    if (op == null) throw new Error(`The API has no '${fieldName}' query.`);
    if (op.missingArg) throw new Error(`'${fieldName}' needs the argument '${op.missingArg}'.`);
    const data = await execute(op.query, op.variables, signal);
    return data.result;
  }

  /** Maps a kind name (Institution) to the value of the API's kind enum (INSTITUTION or Institution). */
  _kindValues(fieldName, kinds) {
    if (!kinds) return undefined;
    const enumName = this.schema.argEnum(fieldName, 'kinds');
    if (!enumName) return kinds;
    const values = this.schema.enumValues(enumName);
    return kinds.map((k) => values.find((v) => v.toLowerCase() === k.toLowerCase()) ?? k);
  }

  async searchAsync(text, { kinds = undefined, first = 12, signal = undefined } = {}) {
    const result = await this._runAsync(
      'search',
      { text, kinds: this._kindValues('search', kinds), first },
      NODE_SPEC,
      signal,
    );
    return firstList(result).map((r) => toNode(r.node ?? r));
  }

  async nodeAsync(id, asOf) {
    const result = await this._runAsync('node', { id, asOf }, NODE_SPEC);
    return result ? toNode(result) : null;
  }

  _edgeSpec(containerType, field) {
    const edgeType = this.schema.fieldTypeName(containerType, field);
    const names = new Set(this.schema.fieldsOf(edgeType).map((f) => f.name));
    return names.has('source') && names.has('target') ? EDGE_SPEC : [...EDGE_SPEC, ...EDGE_ENDS_SPEC];
  }

  /** Nodes within depth hops and the edges among them, as of the date (filtered here when the API cannot). */
  async neighbourhoodAsync(id, { depth = 1, types = undefined, asOf = undefined } = {}) {
    const subgraphType = this.schema.rootTypeName('neighbourhood');
    const spec = [
      { nodes: NODE_SPEC },
      { edges: this._edgeSpec(subgraphType, 'edges') },
      { relationships: this._edgeSpec(subgraphType, 'relationships') },
    ];
    const result = await this._runAsync('neighbourhood', { id, depth, types, asOf }, spec);
    const sub = toSubgraph(result);
    return this.schema.hasArg('neighbourhood', 'asOf') ? sub : validOn(sub, asOf, id);
  }

  /** id -> { betweenness, rank, articulationPoint, dependants, coreNumber } for the whole graph as of the date. */
  async bottlenecksAsync({ asOf = undefined } = {}) {
    // Rows name their node (nodeId, name, kind); `node` is the fallback for a schema without them.
    const names = new Set(this.schema.fieldsOf(this.schema.rootTypeName('bottlenecks')).map((f) => f.name));
    const spec = names.has('nodeId') ? BOTTLENECK_SPEC : [...BOTTLENECK_SPEC, { node: REF_SPEC }];
    // As many rows as the server gives (200 on this API), for sizes; a lower limit gets asked for fewer.
    let result = null;
    for (const top of [200, 100, 10]) {
      try {
        result = await this._runAsync('bottlenecks', { top, asOf }, spec);
        break;
      } catch (err) {
        if (top === 10) throw err;
      }
    }
    const metrics = new Map();
    for (const item of firstList(result)) {
      const id = item.node?.id ?? item.id ?? item.nodeId;
      if (!id) continue;
      metrics.set(id, {
        betweenness: Number(item.betweenness ?? item.weightedBetweenness ?? 0),
        rank: item.rank ?? null,
        articulationPoint: Boolean(item.articulationPoint ?? item.isArticulationPoint),
        dependants: item.dependants ?? null,
        coreNumber: item.coreNumber ?? null,
        node: item.node ? toNode(item.node) : item.name ? toNode({ id, name: item.name, kind: item.kind }) : null,
      });
    }
    return metrics;
  }

  /** The k best paths; each raw path is kept whole (for the hop list) with its drawable nodes and edges. */
  async pathsAsync(from, to, { k = 3, asOf = undefined } = {}) {
    const result = await this._runAsync('interoperabilityPaths', { from, to, k, asOf }, this._hopEnds(PATH_SPEC));
    const paths = firstList(result).map((raw) => ({ raw, ...drawablePath(raw) }));
    await this._completeNodesAsync(paths);
    return paths;
  }

  /** Nodes by id, in one round trip (`nodes(ids)`), or one `node` query each when the API has no `nodes`. */
  async nodesAsync(ids) {
    if (ids.length === 0) return [];
    if (this.schema.hasQuery('nodes') && this.schema.hasArg('nodes', 'ids')) {
      const result = await this._runAsync('nodes', { ids }, NODE_SPEC);
      return firstList(result).filter(Boolean).map(toNode);
    }
    const found = await Promise.all(ids.map((id) => this.nodeAsync(id)));
    return found.filter(Boolean);
  }

  // Paths may name their nodes by id only: fetch the names and kinds to draw them.
  async _completeNodesAsync(paths) {
    const missing = new Set();
    for (const p of paths) {
      const known = new Set(p.nodes.map((n) => n.id));
      for (const id of p.nodeIds) if (!known.has(id)) missing.add(id);
      for (const e of p.edges) for (const id of [e.from, e.to]) if (!known.has(id)) missing.add(id);
    }
    if (missing.size === 0) return;
    const byId = new Map((await this.nodesAsync([...missing])).map((n) => [n.id, n]));
    for (const p of paths) {
      const have = new Set(p.nodes.map((n) => n.id));
      for (const id of [...p.nodeIds, ...p.edges.flatMap((e) => [e.from, e.to])]) {
        if (!have.has(id) && byId.has(id)) {
          p.nodes.push(byId.get(id));
          have.add(id);
        }
      }
    }
  }

  /** The roadmap to a goal, and its subgraph (when the API gives one) ready to draw. */
  async roadmapAsync(goal, { asOf = undefined } = {}) {
    const spec = [
      'goalId', { goal: REF_SPEC }, 'goalMet', 'holderCountries', 'cycle',
      { prerequisites: ITEM_SPEC }, { unmetInOrder: ITEM_SPEC }, { criticalChain: ITEM_SPEC },
      { bestUnblocker: ['id', 'name', 'kind', 'waiting', 'completes'] },
      { subgraph: SUBGRAPH_SPEC },
    ];
    const plan = await this._runAsync('roadmap', { goal, asOf }, spec);
    return { plan, subgraph: plan?.subgraph ? toSubgraph(plan.subgraph) : null };
  }

  // A hop spec that names the ends the way this schema can: source/target ids, else from/to objects.
  _hopEnds(spec) {
    const pathType = this.schema.rootTypeName('interoperabilityPaths');
    const hopType = this.schema.fieldTypeName(pathType, 'hops') ?? this.schema.fieldTypeName(pathType, 'steps');
    const names = new Set(this.schema.fieldsOf(hopType).map((f) => f.name));
    if (names.has('source') && names.has('target')) return spec;
    const withEnds = [...HOP_SPEC, { from: ['id'] }, { to: ['id'] }];
    return spec.map((item) => (item && typeof item === 'object' && (item.hops || item.steps) ? { [Object.keys(item)[0]]: withEnds } : item));
  }

  /** Bottlenecks (and paths, when both ends are given) before and after removing a node, as of the date. */
  async whatIfAsync(remove, { asOf = undefined, pathFrom = undefined, pathTo = undefined, top = 10 } = {}) {
    const field = this.schema.rootField('whatIf');
    const names = new Set(field?.args.map((a) => a.name) ?? []);
    const args = { asOf, top };
    // The documented form is whatIf(remove: [ID!], ...); an input object (remove: { nodeIds }) is handled too.
    const removeArg = field?.args.find((a) => a.name === 'remove' || a.name === 'removeNodeIds');
    const removeType = removeArg ? this.schema.argTypeName('whatIf', removeArg.name) : null;
    if (removeArg && this.schema.types.get(removeType)?.kind === 'INPUT_OBJECT') {
      const input = this.schema.types.get(removeType);
      const idsField = (input.inputFields ?? []).find((f) => /ids|nodes/i.test(f.name))?.name ?? 'nodeIds';
      args[removeArg.name] = { [idsField]: [remove] };
    } else if (removeArg) {
      args[removeArg.name] = [remove];
    }
    for (const [name, value] of [['pathFrom', pathFrom], ['from', pathFrom], ['pathTo', pathTo], ['to', pathTo]]) {
      if (names.has(name) && value) args[name] = value;
    }
    const pathSpec = this._hopEnds(PATH_SPEC);
    const rows = BOTTLENECK_SPEC;
    const spec = [
      { diff: ['nodeId', 'rankBefore', 'rankAfter', 'betweennessBefore', 'betweennessAfter'] },
      { rankChanges: ['nodeId', 'rankBefore', 'rankAfter', 'betweennessBefore', 'betweennessAfter'] },
      { bottlenecks: [{ before: rows }, { after: rows }] },
      { interoperabilityPaths: [{ broken: pathSpec }, { new: pathSpec }] },
      { brokenPaths: pathSpec },
      { newPaths: pathSpec },
    ];
    return this._runAsync('whatIf', args, spec);
  }

  /** The nodes of one kind, for pick lists (per-kind list query such as `objectives`, else a search). */
  async listKindAsync(kind, plural) {
    if (this.schema.hasQuery(plural)) {
      const field = this.schema.rootField(plural);
      const args = {};
      if (field.args.some((a) => a.name === 'first')) args.first = 200;
      const ref = ['id', 'name', 'kind', 'acronym', 'aliases'];
      const connection = new Set(this.schema.fieldsOf(this.schema.rootTypeName(plural)).map((f) => f.name));
      const spec = connection.has('nodes') ? [{ nodes: ref }] : connection.has('edges') ? [{ edges: [{ node: ref }] }] : ref;
      const result = await this._runAsync(plural, args, spec);
      return firstList(result).map((r) => toNode(r.node ?? r));
    }
    return [];
  }
}

function isValidOn(item, date) {
  return (!item.validFrom || item.validFrom <= date) && (!item.validTo || date <= item.validTo);
}

/**
 * The part of a subgraph valid on `date` (ISO dates compare as text), keeping `keepId`; the nodes that only the
 * dropped relationships reached are dropped too, so the drawing is what a dated neighbourhood would return.
 */
export function validOn(sub, date, keepId) {
  if (!date) return sub;
  const nodes = sub.nodes.filter((n) => n.id === keepId || isValidOn(n, date));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = sub.edges.filter((e) => isValidOn(e, date) && ids.has(e.from) && ids.has(e.to));
  const adjacency = new Map();
  for (const e of edges) {
    if (!adjacency.has(e.from)) adjacency.set(e.from, []);
    if (!adjacency.has(e.to)) adjacency.set(e.to, []);
    adjacency.get(e.from).push(e.to);
    adjacency.get(e.to).push(e.from);
  }
  const reached = new Set([keepId]);
  const queue = [keepId];
  while (queue.length > 0) {
    for (const next of adjacency.get(queue.shift()) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return {
    nodes: nodes.filter((n) => reached.has(n.id)),
    edges: edges.filter((e) => reached.has(e.from) && reached.has(e.to)),
  };
}

const HOP_KEYS = ['hops', 'steps', 'edges', 'links', 'relationships'];
const NODE_KEYS = ['nodes', 'path', 'vertices'];

/** Nodes (refs with id/name/kind) and hop edges (from -> to, cost) found in one path answer. */
export function drawablePath(raw) {
  const nodes = new Map();
  const edges = [];
  const addRef = (ref) => {
    if (ref && typeof ref === 'object' && ref.id && !nodes.has(ref.id)) nodes.set(ref.id, toNode(ref));
  };
  for (const key of NODE_KEYS) for (const n of firstList(raw[key])) addRef(n);
  for (const key of HOP_KEYS) {
    for (const hop of firstList(raw[key])) {
      addRef(hop.from);
      addRef(hop.to);
      addRef(hop.source);
      addRef(hop.target);
      const edge = toEdge(hop.relationship ?? hop);
      if (!edge.from || !edge.to) {
        edge.from = hop.from?.id ?? hop.from ?? null;
        edge.to = hop.to?.id ?? hop.to ?? null;
      }
      edge.type = hop.channel ?? hop.type ?? 'PATH';
      edge.id = `${edge.from}~${edge.to}~${edge.type}`;
      edge.cost = hop.cost ?? hop.weight ?? null;
      edge.reasons = hop.reasons ?? [];
      if (edge.from && edge.to) edges.push(edge);
    }
  }
  if (edges.length === 0 && (nodes.size > 1 || (raw.nodeIds ?? []).length > 1)) {
    const ids = (raw.nodeIds ?? []).length > 1 ? raw.nodeIds : [...nodes.keys()];
    for (let i = 0; i + 1 < ids.length; i++) edges.push({ id: `${ids[i]}~${ids[i + 1]}`, type: 'PATH', from: ids[i], to: ids[i + 1] });
  }
  const nodeIds = (raw.nodeIds ?? []).filter((id) => typeof id === 'string');
  return { nodes: [...nodes.values()], nodeIds, edges, cost: raw.cost ?? raw.totalCost ?? null };
}
