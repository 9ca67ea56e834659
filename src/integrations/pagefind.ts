/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API,
 * so one build produces the site and its index and a failed index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The Astro integration. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'casebook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length || added.page_count === 0) throw new Error(`pagefind indexed no pages: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`search index: ${added.page_count} HTML files read`);
        } finally {
          await pagefind.close();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro dev` has no index of its own: serve the one from the last build, or say how to get one.
        const built = path.resolve('dist/pagefind');
        server.middlewares.use(async (req, res, next) => {
          if (!req.url?.startsWith('/pagefind/')) return next();
          const file = path.join(built, decodeURIComponent(req.url.split('?')[0]!.slice('/pagefind/'.length)));
          const fs = await import('node:fs');
          if (!file.startsWith(built) || !fs.existsSync(file)) {
            logger.warn('no search index yet: run `npm run build` once, then search works in dev too');
            res.statusCode = 404;
            return res.end('No search index: run `npm run build` once.');
          }
          const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
          res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
          fs.createReadStream(file).pipe(res);
        });
      },
    },
  };
}
