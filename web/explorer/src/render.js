// DOM helpers: text only (textContent), never HTML from the API.
import { displayName } from './model.js';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** "1.234" for numbers, the text otherwise. */
export function formatValue(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function humanKey(key) {
  return key
    .replace(/^[A-Z][a-zA-Z]*_/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());
}

function isRef(v) {
  return v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string' && ('name' in v || 'kind' in v);
}

/**
 * Any answer as nested lists: entities (objects with an id and a name) become buttons that call `onRef(id)`, so
 * analysis results the page has no dedicated view for are still readable and navigable.
 */
export function renderValue(value, onRef, depth = 0) {
  if (value == null) return el('span', { class: 'muted', text: 'none' });
  if (isRef(value)) {
    const label = `${displayName({ name: value.name ?? value.id, acronym: value.acronym })}${value.kind ? ` (${kindText(value.kind)})` : ''}`;
    return el('button', { type: 'button', class: 'ref', 'data-ref': value.id, onclick: () => onRef(value.id) }, label);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return el('span', { class: 'muted', text: 'none' });
    if (value.every((v) => v == null || typeof v !== 'object')) return el('span', { text: value.map(formatValue).join(', ') });
    return el('ol', { class: 'result-list' }, value.map((v) => el('li', {}, renderValue(v, onRef, depth + 1))));
  }
  if (typeof value === 'object') {
    const dl = el('dl', { class: 'kv' });
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename') continue;
      dl.append(el('dt', { text: humanKey(k) }), el('dd', {}, renderValue(v, onRef, depth + 1)));
    }
    return dl;
  }
  return el('span', { text: formatValue(value) });
}

function kindText(kind) {
  const s = String(kind);
  return s.charAt(0) + s.slice(1).toLowerCase();
}
