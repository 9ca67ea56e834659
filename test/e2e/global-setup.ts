/** Serves the built site on 127.0.0.1 with Astro's own preview server for the whole e2e run. */
import { preview } from 'astro';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` before the e2e tests.');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
