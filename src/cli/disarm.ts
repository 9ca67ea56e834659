/**
 * `npm run disarm -- <path to DISARM.json> --commit <commit> --version <version>`: rewrites
 * src/data/disarm-attack-patterns.json, the DISARM techniques (DISARM's own STIX ids and names) the
 * STIX export links the casebook's tactics to. DISARM.json is
 * generated_files/DISARM_STIX/DISARM.json in github.com/DISARMFoundation/DISARMframeworks; the
 * commit and the framework version it publishes are recorded in the file, since DISARM.json
 * states neither. For example, in a clone of that repository:
 *
 *   git show <commit>:generated_files/DISARM_STIX/DISARM.json > /tmp/DISARM.json
 *   npm run disarm -- /tmp/DISARM.json --commit <commit> --version 1.6
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DISARM_REPOSITORY, DISARM_STIX_PATH, disarmData, disarmDataText } from '../lib/disarm.ts';

const USAGE = 'usage: npm run disarm -- <path to DISARM.json> --commit <40-hex commit> --version <DISARM version, e.g. 1.6>';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { commit: { type: 'string' }, version: { type: 'string' } } });
const [input] = positionals;
if (!input || !values.commit || !/^[0-9a-f]{40}$/.test(values.commit) || !values.version) {
  console.error(USAGE);
  process.exit(2);
}

const text = fs.readFileSync(input, 'utf8');
const data = disarmData(JSON.parse(text), {
  repository: DISARM_REPOSITORY,
  path: DISARM_STIX_PATH,
  commit: values.commit,
  version: values.version,
  sha256: crypto.createHash('sha256').update(text).digest('hex'),
});
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(root, 'src/data/disarm-attack-patterns.json');
fs.writeFileSync(out, disarmDataText(data));
console.log(
  `wrote ${path.relative(root, out)}: ${data.techniques.length} DISARM ${values.version} techniques from ${values.commit.slice(0, 12)}`,
);
