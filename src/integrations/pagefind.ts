/**
 * The Pagefind search index, built with Pagefind's Node API: `indexSite` for `npm run build`, and an
 * integration so that `astro dev` serves the index of the last build.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`; returns the number of HTML
 * files read. Run by `npm run build` after Astro has exited, so the two never hold memory at once.
 */
export async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length || added.page_count === 0) throw new Error(`pagefind indexed no pages: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: in `astro dev`, serves the search index of the last build. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'casebook:pagefind',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // `astro dev` has no index of its own: serve the one from the last build, or say how to get one.
        const built = path.resolve('dist/pagefind');
        server.middlewares.use((req, res, next) => void serve(req, res, next));
        const serve = async (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => {
          if (!req.url?.startsWith('/pagefind/')) return next();
          const file = path.join(built, decodeURIComponent(req.url.split('?')[0].slice('/pagefind/'.length)));
          const fs = await import('node:fs');
          if (!file.startsWith(built) || !fs.existsSync(file)) {
            logger.warn('no search index yet: run `npm run build` once, then search works in dev too');
            res.statusCode = 404;
            return res.end('No search index: run `npm run build` once.');
          }
          const types: Record<string, string> = {
            '.js': 'text/javascript',
            '.css': 'text/css',
            '.json': 'application/json',
            '.wasm': 'application/wasm',
          };
          res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
          fs.createReadStream(file).pipe(res);
        };
      },
    },
  };
}
