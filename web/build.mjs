// Builds the GraphiQL page into src/KnowledgeGraph.Api/wwwroot/dist (served at GET /graphql to browsers).
// No inline scripts or styles: the page loads main.js/main.css and Monaco's workers as files, so a strict CSP holds.
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'KnowledgeGraph.Api', 'wwwroot', 'dist');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const common = { bundle: true, minify: true, sourcemap: false, legalComments: 'none', logLevel: 'warning', target: 'es2022' };

await build({
  ...common,
  entryPoints: { main: join(here, 'src', 'main.jsx') },
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: 'assets/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
});

// Monaco runs its language services in web workers; each is its own classic-script bundle.
await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: join(out, 'workers'),
  format: 'iife',
  define: { 'process.env.NODE_ENV': '"production"' },
});

await cp(join(here, 'src', 'index.html'), join(out, 'index.html'));
await writeFile(join(out, 'build-stamp.txt'), new Date().toISOString() + '\n');
console.log(`GraphiQL built into ${out}`);
