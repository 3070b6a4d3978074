// Runs the graphql-http GraphQL-over-HTTP server audit against a live endpoint.
// Usage: node scripts/audit.mjs http://127.0.0.1:5000/graphql
// Prints one line per audit ("ok|warn|error <id> <name>") and a last line "SUMMARY {json}".
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const results = await auditServer({ url });
const counts = { total: results.length, ok: 0, warn: 0, error: 0, failedMust: [], failedShould: [], failedMay: [] };
for (const r of results) {
  counts[r.status] += 1;
  const reason = r.status === 'ok' ? '' : ` :: ${r.reason}`;
  console.log(`${r.status} ${r.id} ${r.name}${reason}`);
  if (r.status !== 'ok') {
    const level = r.name.startsWith('MUST') ? 'failedMust' : r.name.startsWith('SHOULD') ? 'failedShould' : 'failedMay';
    counts[level].push(r.id);
  }
}
console.log(`SUMMARY ${JSON.stringify(counts)}`);
