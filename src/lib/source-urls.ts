/**
 * Rules for source addresses that a schema cannot express: the methodology says a mirror is never
 * cited when the original is known, so addresses of known aggregators, syndicated copies, AMP
 * pages, staging servers, feeds and truncated links are refused unless the source is marked `copy`.
 * Tracking parameters are refused too: they make one document look like several and leak where
 * the editor found it.
 */

/**
 * Hosts that republish other publishers' documents or stories (document aggregators, legal
 * databases that copy judgments, wire-story syndicators, encyclopaedias). A host matches itself
 * and its subdomains. Sorted; add to it when review finds another.
 */
export const COPY_HOSTS = [
  'archyde.com',
  'bund.dev',
  'dig.watch',
  'docslib.org',
  'einnews.com',
  'einpresswire.com',
  'eumonitor.eu',
  'europeansources.info',
  'finanznachrichten.de',
  'flipboard.com',
  'globalsecurity.org',
  'homelandsecuritynewswire.com',
  'inkl.com',
  'issuu.com',
  'jewishvirtuallibrary.org',
  'journalsofindia.com',
  'jurishand.com',
  'lawinsider.com',
  'lexbuild.dev',
  'menafn.com',
  'milnz.nz',
  'miragenews.com',
  'msn.com',
  'nasdaq.com',
  'newsbreak.com',
  'newser.com',
  'newsnetmedia.com',
  'oversight.garden',
  'parallelparliament.co.uk',
  'pressreader.com',
  'pubt.io',
  'refworld.org',
  'reliefweb.int',
  'researchgate.net',
  'scribd.com',
  'slideshare.net',
  'urdupoint.com',
  'vlex.co.uk',
  'vlex.com',
  'wikipedia.org',
  'worldjpn.net',
  'yahoo.com',
] as const;

/** Words in a publisher field that say the address is someone else's copy ("AP (via Omaha World-Herald)"). */
const COPY_WORDING =
  /\((?:[^)]*\bvia\b[^)]*|[^)]*\b(?:AP|AFP|Reuters|EFE|Associated Press|Canadian Press)\b[^)]*)\)|\bcopy hosted\b|\brepublished\b/i;

/** Query parameters added by newsletters, feeds and ad networks rather than by the publisher's page. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|feedType|feedName|ocid|cmpid)$/i;

/** What is wrong with a source's address, for the checker; empty when nothing is. */
export interface SourceUrlProblem {
  field: 'url' | 'publisher';
  message: string;
}

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

const matchesHost = (host: string, list: readonly string[]) => list.find((h) => host === h || host.endsWith('.' + h));

/** Checks one source's `url` (and `publisher`, which often says "via …" for a copy). */
export function sourceUrlProblems(source: { url?: unknown; publisher?: unknown; copy?: unknown }): SourceUrlProblem[] {
  const problems: SourceUrlProblem[] = [];
  const url = typeof source.url === 'string' ? source.url : '';
  const parsed = parse(url);
  if (!parsed?.hostname) return problems; // the schema reports a malformed URL
  const host = parsed.hostname.toLowerCase();
  const copy = source.copy === true;
  if (/…|%E2%80%A6|\.\.\.$/i.test(url))
    problems.push({ field: 'url', message: `"${url}" looks truncated (it contains an ellipsis): copy the whole address from the browser` });
  const path = url.slice(url.indexOf(host) + host.length);
  if (
    /^amp\./.test(host) ||
    /\.ampproject\.org$/.test(host) ||
    /(?:^|\/)amp(?:\/|$|\.html)/i.test(path) ||
    /[?&](?:amp|outputType=amp)\b/i.test(path)
  )
    problems.push({ field: 'url', message: `"${url}" is an AMP copy of a page: cite the publisher's canonical address instead` });
  if (
    /(?:^|[.-])(?:staging|stage|preprod|uat)(?:[.-]|$)/.test(host) ||
    /^dev\./.test(host) ||
    /(?:^|\.)cdn\.arcpublishing\.com$/.test(host)
  )
    problems.push({
      field: 'url',
      message: `"${host}" is a staging or content-delivery server, not the publisher's public site: cite the public address`,
    });
  const tracking = [...parsed.searchParams.keys()].filter((k) => TRACKING_PARAM.test(k));
  if (tracking.length)
    problems.push({
      field: 'url',
      message: `"${url}" carries tracking parameters (${tracking.join(', ')}): remove them and keep the address of the document itself`,
    });
  if (/^feeds?\./.test(host) || /\/(?:rss|feed)(?:\/|\.xml|$)/i.test(path))
    problems.push({ field: 'url', message: `"${url}" is a news feed, not the article: cite the article's own address` });
  const copyHost = matchesHost(host, COPY_HOSTS);
  if (copyHost && !copy)
    problems.push({
      field: 'url',
      message: `${copyHost} republishes other publishers' documents: cite the original publisher's address, or, if no original is online, add "copy: true" to this source`,
    });
  if (!copyHost && !copy && typeof source.publisher === 'string' && COPY_WORDING.test(source.publisher))
    problems.push({
      field: 'publisher',
      message: `"${source.publisher}" says this is a copy of someone else's story or document: cite the original, or, if no original is online, add "copy: true"`,
    });
  return problems;
}
