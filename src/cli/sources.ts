/**
 * `npm run sources [-- --json]`: the source statistics of the casebook, per collection: primary
 * share, copies (marked and unmarked), undated sources and publisher types.
 */
import path from 'node:path';
import { readContentFiles } from '../lib/corpus-files.ts';
import { sourceStats, type StatSource } from '../lib/source-stats.ts';
import { COLLECTIONS } from '../schema/vocab.ts';
import { parseContentFile } from '../lib/frontmatter.ts';
import { locate } from '../lib/check.ts';

const root = path.resolve('.');
const files = readContentFiles(root);
// Statistics come from the raw frontmatter, so they can be printed while some files still fail the check.
const byCollection = new Map<string, { sources: StatSource[] }[]>();
for (const f of files) {
  const where = locate(f.path);
  const data = parseContentFile(f.text).data as { sources?: StatSource[] } | undefined;
  if (!where || !data || !Array.isArray(data.sources)) continue;
  byCollection.set(where.collection, [...(byCollection.get(where.collection) ?? []), { sources: data.sources }]);
}
const rows = COLLECTIONS.filter((c) => byCollection.has(c)).map((c) => ({ collection: c, ...sourceStats(byCollection.get(c)!) }));
const total = { collection: 'all', ...sourceStats([...byCollection.values()].flat()) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ collections: rows, total }, null, 2));
} else {
  const head = ['collection', 'entries', 'sources', 'primary', 'primary %', 'copies (marked)', 'copies (unmarked)', 'undated'];
  const line = (r: typeof total) => [
    r.collection,
    r.entries,
    r.sources,
    r.primary,
    r.primaryPercent.toFixed(1),
    r.markedCopies,
    r.unmarkedCopies,
    r.undated,
  ];
  const table = [head, ...rows.map(line), line(total)].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
    if (i === 0 || i === rows.length) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  const cases = rows.find((r) => r.collection === 'cases');
  if (cases) {
    console.log(
      `\nGoals: cases ≥ 50 % primary (now ${cases.primaryPercent.toFixed(1)} %), 0 unmarked copies (now ${total.unmarkedCopies}).`,
    );
    const types = Object.entries(cases.byType)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`Cases' sources by publisher type: ${types}.`);
  }
}
