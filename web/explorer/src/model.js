// Normalises what the API returns (names may differ slightly between schema versions) into the page's model.
import { kindName } from './kinds.js';

const RESERVED = new Set([
  '__typename', 'id', 'kind', 'name', 'aliases', 'description', 'confidence', 'validFrom', 'validTo',
  'sources', 'provenance', 'properties', 'note', 'relationships', 'edges', 'neighbours', 'neighbors',
]);

function endId(value) {
  if (value == null) return null;
  return typeof value === 'object' ? value.id ?? null : String(value);
}

function propertyEntries(raw) {
  const out = [];
  const props = raw.properties;
  if (Array.isArray(props)) {
    for (const p of props) {
      if (p && (p.key ?? p.name) != null) out.push([p.key ?? p.name, p.value ?? p.values ?? '']);
    }
  } else if (props && typeof props === 'object') {
    for (const [k, v] of Object.entries(props)) out.push([k, v]);
  } else if (typeof props === 'string') {
    try {
      for (const [k, v] of Object.entries(JSON.parse(props))) out.push([k, v]);
    } catch {
      out.push(['properties', props]);
    }
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!RESERVED.has(k) && v != null && typeof v !== 'object') out.push([k, v]);
  }
  const seen = new Set();
  return out.filter(([k]) => (seen.has(k) ? false : seen.add(k)));
}

function sourcesOf(raw) {
  const list = raw.provenance?.sources ?? raw.sources ?? (raw.provenance?.sourceIds ?? []);
  return list
    .map((s) => (typeof s === 'string' ? { id: s } : s))
    .filter((s) => s && s.id)
    .map((s) => {
      const props = new Map(propertyEntries(s));
      return { id: s.id, name: s.name ?? s.id, url: s.url ?? props.get('url') ?? null, publisher: s.publisher ?? props.get('publisher') ?? null };
    });
}

/** A node as the page uses it. */
export function toNode(raw) {
  const properties = propertyEntries(raw);
  const acronym = properties.find(([k]) => k === 'acronym')?.[1] ?? null;
  return {
    id: raw.id,
    kind: kindName(raw.kind ?? raw.__typename),
    name: raw.name ?? raw.id,
    acronym,
    aliases: raw.aliases ?? [],
    description: raw.description ?? null,
    confidence: raw.confidence ? String(raw.confidence).toLowerCase() : null,
    validFrom: raw.validFrom ?? null,
    validTo: raw.validTo ?? null,
    note: raw.provenance?.note ?? raw.note ?? null,
    sources: sourcesOf(raw),
    properties,
  };
}

/** A relationship as the page uses it. */
export function toEdge(raw) {
  const from = endId(raw.from ?? raw.source ?? raw.fromId ?? raw.start);
  const to = endId(raw.to ?? raw.target ?? raw.toId ?? raw.end);
  const type = raw.type ?? raw.__typename ?? 'RELATED';
  return {
    id: raw.id ?? `${from}--${type}->${to}`,
    type: String(type),
    from,
    to,
    confidence: raw.confidence ? String(raw.confidence).toLowerCase() : null,
    validFrom: raw.validFrom ?? null,
    validTo: raw.validTo ?? null,
    properties: propertyEntries(raw).filter(([k]) => !['type', 'from', 'to', 'source', 'target'].includes(k)),
  };
}

/** Nodes and relationships from a subgraph-like answer ({ nodes, edges|relationships }). */
export function toSubgraph(raw) {
  if (!raw) return { nodes: [], edges: [] };
  const nodes = (raw.nodes ?? []).filter(Boolean).map(toNode);
  const edges = (raw.edges ?? raw.relationships ?? []).filter(Boolean).map(toEdge);
  return { nodes, edges };
}

/** A short human label: "Name (ACRONYM)". */
export function displayName(node) {
  if (!node) return '';
  return node.acronym && node.acronym !== node.name ? `${node.name} (${node.acronym})` : node.name;
}
