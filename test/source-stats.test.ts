/** The source statistics `npm run sources` prints, and the checker's rules on source addresses they count. */
import { describe, expect, test } from 'vitest';
import { sourceStats } from '../src/lib/source-stats.ts';
import { sourceUrlProblems } from '../src/lib/source-urls.ts';

const s = (kind: string, url: string, extra: Record<string, unknown> = {}) => ({
  kind,
  type: 'news',
  url,
  publisher: 'P',
  date: '2020',
  ...extra,
});

describe('source statistics', () => {
  test('count primary sources, marked and unmarked copies, and undated sources', () => {
    const stats = sourceStats([
      {
        sources: [
          s('primary', 'https://gov.example/a'),
          s('secondary', 'https://www.scribd.com/x'),
          s('secondary', 'https://news.example/amp/x', { date: undefined }),
        ],
      },
      { sources: [s('primary', 'https://reliefweb.int/y', { copy: true })] },
    ]);
    expect(stats).toMatchObject({ entries: 2, sources: 4, primary: 2, primaryPercent: 50, markedCopies: 1, unmarkedCopies: 2, undated: 1 });
  });
});

describe('source addresses', () => {
  test('the original publisher’s address passes', () => {
    expect(sourceUrlProblems({ url: 'https://www.osce.org/odihr/elections/ukraine/414359', publisher: 'OSCE/ODIHR' })).toEqual([]);
    expect(sourceUrlProblems({ url: 'https://www.reuters.com/world/x', publisher: 'Reuters' })).toEqual([]);
  });

  test('copies, AMP pages, staging hosts, feeds, tracking parameters and truncated links fail, a marked copy from a known host passes', () => {
    const fails = (u: string, publisher = 'P') => sourceUrlProblems({ url: u, publisher }).length > 0;
    expect(fails('https://ca.news.yahoo.com/x')).toBe(true);
    expect(fails('https://lse.einnews.com/pr_news/814091024/x')).toBe(true);
    expect(fails('https://www.ampr.gov/x')).toBe(false);
    expect(fails('https://example.com/news/amp/x')).toBe(true);
    expect(fails('https://example.com/x?outputType=amp')).toBe(true);
    expect(fails('https://staging.example.com/x')).toBe(true);
    expect(fails('https://example.com/x…')).toBe(true);
    expect(fails('https://euobserver.com/eu-political/157467?utm_source=euobs&utm_medium=rss')).toBe(true);
    expect(fails('https://www.oas.org/en/iachr/jsForm/?File=/en/iachr/media_center/PReleases/2025/007.asp')).toBe(false);
    expect(fails('https://example.com/x', 'Star Tribune (Associated Press)')).toBe(true);
    expect(sourceUrlProblems({ url: 'https://ca.news.yahoo.com/x', publisher: 'P', copy: true })).toEqual([]);
  });
});
