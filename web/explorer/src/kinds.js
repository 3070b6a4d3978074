// Node kinds: colour (Okabe-Ito palette, readable by most colour-blind readers) AND shape AND a text label, so that
// colour is never the only signal.

export const KINDS = [
  { kind: 'Institution', colour: '#0072B2', shape: 'ellipse', shapeName: 'circle' },
  { kind: 'Mechanism', colour: '#E69F00', shape: 'hexagon', shapeName: 'hexagon' },
  { kind: 'Agreement', colour: '#009E73', shape: 'round-rectangle', shapeName: 'rounded square' },
  { kind: 'Competency', colour: '#CC79A7', shape: 'diamond', shapeName: 'diamond' },
  { kind: 'Objective', colour: '#56B4E9', shape: 'star', shapeName: 'star' },
  { kind: 'Barrier', colour: '#D55E00', shape: 'triangle', shapeName: 'triangle' },
  { kind: 'Country', colour: '#F0E442', shape: 'octagon', shapeName: 'octagon' },
  { kind: 'Source', colour: '#999999', shape: 'tag', shapeName: 'tag' },
];

const UNKNOWN = { kind: 'Other', colour: '#666666', shape: 'rectangle', shapeName: 'square' };
const BY_LOWER = new Map(KINDS.map((k) => [k.kind.toLowerCase(), k]));

/** The display record of a kind given as `Institution`, `INSTITUTION` or a GraphQL type name. */
export function kindInfo(kind) {
  if (!kind) return UNKNOWN;
  const key = String(kind).toLowerCase().replace(/type$/, '');
  return BY_LOWER.get(key) ?? { ...UNKNOWN, kind: String(kind) };
}

/** `Institution` from `INSTITUTION`, `institution` or `InstitutionType`. */
export function kindName(kind) {
  return kindInfo(kind).kind;
}
