// Runs Neo4j's own Cypher front end (lintCypherQuery of @neo4j-cypher/language-support: parser and semantic
// analysis) over every statement of a job file, once as Cypher 5 and once as Cypher 25.
//
//   node lint.mjs JOB.json
//
// JOB.json: { "schema": DbSchema (labels, relationshipTypes, propertyKeys, parameters),
//             "items": [{ "name": "...", "text": "...", "expectError": false }] }
// An item is a template, a query or a whole exported script (":param" lines included).
// Any error or warning (deprecations included) on an item fails the run; an item marked expectError must get
// at least one error (the control that proves the checker runs). Prints one line per item and version, then a
// closing line "lint: N checked, N failed"; the exit code is 0 only when nothing failed.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, allCypherVersions } from '@neo4j-cypher/language-support';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const severityName = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
let checked = 0;
let failed = 0;

for (const version of allCypherVersions) {
  const schema = { ...job.schema, defaultLanguage: version };
  for (const item of job.items) {
    checked++;
    const { diagnostics } = lintCypherQuery(item.text, schema);
    const errors = diagnostics.filter((d) => d.severity === 1);
    const ok = item.expectError ? errors.length > 0 : diagnostics.length === 0;
    if (!ok) {
      failed++;
    }

    const verdict = item.expectError
      ? (ok ? `ok (control: ${errors.length} error${errors.length === 1 ? '' : 's'} found as expected)` : 'FAILED (control: no error found)')
      : (ok ? 'ok' : 'FAILED');
    console.log(`${version.padEnd(9)} ${item.name}: ${verdict}`);
    for (const d of diagnostics) {
      const line = d.range?.start?.line;
      console.log(`    ${severityName[d.severity] ?? d.severity}${line === undefined ? '' : ` at line ${line + 1}`}: ${d.message}`);
    }
  }
}

console.log(`lint: ${checked} checked, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
