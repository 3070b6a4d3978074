// An accessible combobox (ARIA 1.2 list autocomplete): type to search, ArrowDown/ArrowUp to move, Enter to choose,
// Escape to close. Options are rendered as text; nothing from the API is ever inserted as HTML.
import { displayName } from './model.js';

let nextId = 0;

export class Combobox {
  /**
   * @param {HTMLInputElement} input the role=combobox input
   * @param {HTMLUListElement} listbox its role=listbox popup
   * @param {{ searchAsync: (text: string, signal: AbortSignal) => Promise<any[]>, onChoose: (node: any) => void }} options
   */
  constructor(input, listbox, { searchAsync, onChoose }) {
    this.input = input;
    this.listbox = listbox;
    this._searchAsync = searchAsync;
    this._onChoose = onChoose;
    this._items = [];
    this._active = -1;
    this._timer = 0;
    this._abort = null;
    this._prefix = `opt-${++nextId}`;
    this.chosen = null;
    this.pending = Promise.resolve();

    input.addEventListener('input', () => this._schedule());
    input.addEventListener('keydown', (e) => this._onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    listbox.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
  }

  _schedule() {
    this.chosen = null;
    clearTimeout(this._timer);
    const text = this.input.value.trim();
    if (text.length === 0) {
      this.close();
      return;
    }
    this._timer = setTimeout(() => {
      this.pending = this._run(text);
    }, 120);
  }

  async _run(text) {
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    try {
      const items = await this._searchAsync(text, abort.signal);
      if (abort.signal.aborted) return;
      this._render(items, text);
    } catch (err) {
      if (abort.signal.aborted) return;
      this._render([], text, `Search failed: ${err.message}`);
    }
  }

  _render(items, text, error = null) {
    this._items = items;
    this._active = items.length > 0 ? 0 : -1;
    this.listbox.replaceChildren();
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-disabled', 'true');
      li.textContent = error ?? `No match for "${text}"`;
      this.listbox.append(li);
    }
    items.forEach((node, i) => {
      const li = document.createElement('li');
      li.id = `${this._prefix}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.id = node.id;
      const name = document.createElement('span');
      name.className = 'option-name';
      name.textContent = displayName(node);
      const kind = document.createElement('span');
      kind.className = 'option-kind';
      kind.textContent = node.kind;
      li.append(name, ' ', kind);
      li.addEventListener('click', () => this._choose(i));
      this.listbox.append(li);
    });
    this.listbox.dataset.query = text;
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this._highlight();
  }

  _highlight() {
    [...this.listbox.querySelectorAll('[role=option]')].forEach((li, i) => {
      li.setAttribute('aria-selected', i === this._active ? 'true' : 'false');
    });
    if (this._active >= 0) {
      const li = this.listbox.querySelector(`#${this._prefix}-${this._active}`);
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  _onKey(e) {
    const open = !this.listbox.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) {
        this._schedule();
        return;
      }
      if (this._items.length > 0) this._active = (this._active + 1) % this._items.length;
      this._highlight();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open && this._items.length > 0) {
        this._active = (this._active - 1 + this._items.length) % this._items.length;
        this._highlight();
      }
    } else if (e.key === 'Enter') {
      if (open && this._active >= 0) {
        e.preventDefault();
        this._choose(this._active);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        this.close();
      }
    }
  }

  _choose(i) {
    const node = this._items[i];
    if (!node) return;
    this.chosen = node;
    this.input.value = displayName(node);
    this.close();
    this._onChoose(node);
  }

  /** Sets the chosen node without a search (e.g. "use as path start" from the details panel). */
  set(node) {
    this.chosen = node;
    this.input.value = node ? displayName(node) : '';
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
