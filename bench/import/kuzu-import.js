// Kuzu side of run.sh: loads nodes.csv (id,name) and edges.csv (src,dst,weight) into a fresh database with COPY FROM.
// usage: node kuzu-import.js DATA_DIR DB_PATH
"use strict";
const path = require("path");
const kuzu = require("kuzu");

async function main() {
  const [dataDir, dbPath] = process.argv.slice(2);
  if (!dataDir || !dbPath) {
    console.error("usage: node kuzu-import.js DATA_DIR DB_PATH");
    process.exit(2);
  }
  const nodes = path.resolve(dataDir, "nodes.csv");
  const edges = path.resolve(dataDir, "edges.csv");
  for (const file of [nodes, edges]) {
    if (file.includes("'")) throw new Error(`unsupported path ${file}`);
  }

  const started = process.hrtime.bigint();
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  await conn.query("CREATE NODE TABLE Institution(id STRING, name STRING, PRIMARY KEY(id))");
  await conn.query("CREATE REL TABLE COORDINATES_WITH(FROM Institution TO Institution, weight DOUBLE)");
  await conn.query(`COPY Institution FROM '${nodes}' (HEADER=true)`);
  await conn.query(`COPY COORDINATES_WITH FROM '${edges}' (HEADER=true)`);
  const counted = await conn.query("MATCH ()-[r:COORDINATES_WITH]->() RETURN count(r) AS n");
  const [{ n }] = await counted.getAll();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`kuzu: loaded ${n} edges in ${seconds.toFixed(1)} s`);
  await conn.close();
  await db.close();
}

main().catch((error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
