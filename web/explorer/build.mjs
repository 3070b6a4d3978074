// Bundles the explorer page into the API's static files folder (gitignored): explorer.js, explorer.css, index.html.
// Usage: npm run build [-- --watch]
import { build, context } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, '../../src/KnowledgeGraph.Api/wwwroot/explorer');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: [
    { in: resolve(here, 'src/main.js'), out: 'explorer' },
    { in: resolve(here, 'src/explorer.css'), out: 'explorer' },
  ],
  outdir,
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
if (watch) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
await copyFile(resolve(here, 'src/index.html'), resolve(outdir, 'index.html'));
await copyFile(resolve(here, 'src/favicon.svg'), resolve(outdir, 'favicon.svg'));
console.log(`explorer: built into ${outdir}`);
