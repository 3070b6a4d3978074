// Readable views of the analysis answers (paths, roadmap, what-if). Field names are read tolerantly; anything the
// view does not know is still shown by renderValue, so a new field is never hidden.
import { el, formatValue, renderValue } from './render.js';

const idOf = (v) => (v && typeof v === 'object' ? v.id ?? null : v ?? null);

/** A button naming a node (name and kind) that selects it, or plain text for an unknown id. */
function nodeRef(value, ctx) {
  const id = idOf(value);
  if (!id) return el('span', { class: 'muted', text: 'unknown' });
  const label = ctx.label(id, typeof value === 'object' ? value : null);
  return el('button', { type: 'button', class: 'ref', 'data-ref': id, onclick: () => ctx.onRef(id) }, label);
}

function reasonsText(reasons) {
  return (reasons ?? [])
    .map((r) => (typeof r === 'string' ? r : `${r.text ?? r.reason ?? ''}${r.amount != null ? ` (+${formatValue(r.amount)})` : ''}`))
    .filter(Boolean)
    .join('; ');
}

function rest(obj, known) {
  const out = {};
  for (const [k, v] of Object.entries(obj ?? {})) if (!known.includes(k) && k !== '__typename') out[k] = v;
  return Object.keys(out).length ? out : null;
}

/** One interoperability path: its hops with cost and reasons, then the competency gaps and their agreements. */
export function renderPath(path, index, ctx) {
  const raw = path.raw;
  const hops = raw.hops ?? raw.steps ?? [];
  const gaps = raw.gaps ?? raw.competencyGaps ?? [];
  const hopList = el(
    'ol',
    { class: 'hops', 'aria-label': `Hops of path ${index + 1}` },
    hops.map((h) =>
      el(
        'li',
        {},
        nodeRef(h.from ?? h.source, ctx),
        ' → ',
        nodeRef(h.to ?? h.target, ctx),
        h.channel ? ` via ${h.channel}` : '',
        h.cost != null ? el('span', { class: 'cost' }, ` cost ${formatValue(h.cost)}`) : '',
        reasonsText(h.reasons) ? el('div', { class: 'reasons', text: `Why: ${reasonsText(h.reasons)}` }) : '',
      ),
    ),
  );
  const gapRows = gaps.map((g) => {
    const competency = g.competency ?? { id: g.competencyId, name: g.competencyName };
    const agreements = g.agreements ?? g.buildingAgreements ?? [];
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, nodeRef(competency, ctx)),
      el('td', { text: formatValue(g.fromLevel ?? '') }),
      el('td', { text: formatValue(g.toLevel ?? '') }),
      el(
        'td',
        {},
        agreements.length
          ? agreements.map((a, i) => [i ? ', ' : '', nodeRef(a, ctx), a.status ? ` (${String(a.status).toLowerCase()})` : ''])
          : el('span', { class: 'muted', text: 'none known' }),
      ),
    );
  });
  const gapTable = gaps.length
    ? el(
        'details',
        { class: 'gaps-details', open: index === 0 ? true : null },
        el('summary', {}, `Competency gaps between the two ends (${gaps.length})`),
        el(
          'table',
          { class: 'gaps' },
          el('thead', {}, el('tr', {}, ['Competency', 'From level', 'To level', 'Agreements that build it'].map((h) => el('th', { scope: 'col', text: h })))),
          el('tbody', {}, gapRows),
        ),
      )
    : el('p', { class: 'muted', text: 'No competency gap between the two ends.' });
  const extra = rest(raw, ['rank', 'cost', 'totalCost', 'nodeIds', 'nodes', 'hops', 'steps', 'gaps', 'competencyGaps']);
  const cost = path.cost ?? raw.cost;
  return el(
    'li',
    { class: 'path', 'data-path-index': index },
    el('h3', {}, `Path ${raw.rank ?? index + 1}${cost != null ? `: total cost ${formatValue(cost)}` : ''}`),
    hops.length ? hopList : renderValue(raw.nodes ?? raw.nodeIds ?? [], ctx.onRef),
    gapTable,
    extra ? renderValue(extra, ctx.onRef) : '',
  );
}

function itemList(items, ctx, label) {
  if (!items || items.length === 0) return el('p', { class: 'muted', text: 'none' });
  return el(
    'ol',
    { class: 'result-list', 'aria-label': label },
    items.map((it) =>
      el(
        'li',
        {},
        nodeRef(it, ctx),
        it.met != null ? ` — ${it.met ? 'met' : 'unmet'}` : '',
        it.reason ? el('span', { class: 'muted', text: `: ${it.reason}` }) : '',
      ),
    ),
  );
}

/** The roadmap: goal status, unmet prerequisites in order, critical chain, best unblocker, cycle. */
export function renderRoadmap(plan, ctx) {
  if (!plan || typeof plan !== 'object') return renderValue(plan, ctx.onRef);
  const parts = [];
  if (plan.cycle && plan.cycle.length) {
    parts.push(el('p', { class: 'error' }, 'The requirements form a cycle: ', plan.cycle.map((c, i) => [i ? ' → ' : '', nodeRef(c, ctx)])));
  }
  if (plan.goalMet != null) parts.push(el('p', {}, plan.goalMet ? 'The goal is met on this date.' : 'The goal is not met on this date.'));
  const unblocker = plan.bestUnblocker;
  if (unblocker) {
    const target = unblocker.item ?? unblocker.prerequisite ?? unblocker.node ?? unblocker;
    const counts = [];
    if (unblocker.waiting != null) counts.push(`${unblocker.waiting} unmet item(s) wait on it`);
    if (unblocker.completes != null) counts.push(`meeting it completes ${unblocker.completes} objective(s)`);
    const details = rest(unblocker, ['item', 'prerequisite', 'node', 'id', 'name', 'kind', 'met', 'reason', 'waiting', 'completes']);
    parts.push(
      el('h4', { text: 'Best unblocker' }),
      el('p', {}, nodeRef(target, ctx), counts.length ? `: ${counts.join('; ')}.` : ''),
      details ? renderValue(details, ctx.onRef) : '',
    );
  }
  parts.push(el('h4', { text: 'Unmet prerequisites, in the order they can be met' }), itemList(plan.unmetInOrder, ctx, 'Unmet prerequisites in order'));
  parts.push(el('h4', { text: 'Critical chain' }), itemList(plan.criticalChain, ctx, 'Critical chain'));
  parts.push(
    el('details', {}, el('summary', {}, `All prerequisites (${(plan.prerequisites ?? []).length})`), itemList(plan.prerequisites, ctx, 'All prerequisites')),
  );
  const extra = rest(plan, ['goalId', 'goal', 'goalMet', 'cycle', 'bestUnblocker', 'unmetInOrder', 'criticalChain', 'prerequisites', 'subgraph', 'holderCountries']);
  if (extra) parts.push(renderValue(extra, ctx.onRef));
  return el('div', { class: 'roadmap' }, parts);
}

/** What changes without a node: rank changes, then broken and new paths. */
export function renderWhatIf(result, ctx) {
  if (!result || typeof result !== 'object') return renderValue(result, ctx.onRef);
  const parts = [];
  const changes = result.diff ?? result.rankChanges ?? [];
  parts.push(el('h4', { text: 'Bottleneck ranks that change' }));
  parts.push(
    changes.length
      ? el(
          'table',
          { class: 'rank-changes' },
          el('thead', {}, el('tr', {}, ['Node', 'Rank before', 'Rank after', 'Betweenness before', 'Betweenness after'].map((h) => el('th', { scope: 'col', text: h })))),
          el(
            'tbody',
            {},
            changes.map((c) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, nodeRef(c.node ?? c.nodeId, ctx)),
                el('td', { text: c.rankBefore ?? 'not in network' }),
                el('td', { text: c.rankAfter ?? 'not in network' }),
                el('td', { text: c.betweennessBefore != null ? formatValue(c.betweennessBefore) : '' }),
                el('td', { text: c.betweennessAfter != null ? formatValue(c.betweennessAfter) : '' }),
              ),
            ),
          ),
        )
      : el('p', { class: 'muted', text: 'No rank changes.' }),
  );
  const comparison = result.interoperabilityPaths ?? {};
  const pathLists = { broken: comparison.broken ?? result.brokenPaths, new: comparison.new ?? result.newPaths };
  for (const [key, title] of [['broken', 'Paths that break'], ['new', 'Paths that appear']]) {
    if (pathLists[key] == null) continue;
    const paths = pathLists[key];
    parts.push(el('h4', { text: title }));
    parts.push(
      paths.length
        ? el('ol', { class: 'result-list' }, paths.map((p) => el('li', {}, (p.nodeIds ?? p.nodes ?? []).map((n, i) => [i ? ' → ' : '', nodeRef(n, ctx)]), p.cost != null ? ` (cost ${formatValue(p.cost)})` : '')))
        : el('p', { class: 'muted', text: 'none' }),
    );
  }
  const extra = rest(result, ['diff', 'rankChanges', 'brokenPaths', 'newPaths', 'bottlenecks', 'interoperabilityPaths', 'bottlenecksBefore', 'bottlenecksAfter', 'pathsBefore', 'pathsAfter']);
  if (extra) parts.push(renderValue(extra, ctx.onRef));
  return el('div', { class: 'whatif' }, parts);
}
