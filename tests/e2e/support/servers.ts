import { certificate } from './certificate';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = resolve('tests/e2e/fixtures');
/** Fixture pages bundled with the real editor libraries (see tests/e2e/support/build-fixtures.ts). */
export const FIXTURES_DIST = resolve('tests/e2e/.fixtures-dist');

/** Content types of the files fixture pages use. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const STRICT_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'";

/** Serves the fixture pages: built bundles first, then the hand-written files; every path a site might use works. */
function handler(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://x');
  const path = decodeURIComponent(url.pathname);
  const name = normalize(path.replace(/^\/+/, '').replace(/^fixtures\//, '')) || 'index.html';
  for (const dir of [FIXTURES_DIST, FIXTURES_DIR]) {
    const file = join(dir, name);
    if (file.startsWith(dir) && existsSync(file) && !file.endsWith('/')) {
      try {
        const body = readFileSync(file);
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          // ?csp serves the page under a policy as strict as a webmail's: only its own scripts, no eval, no frames
          ...(url.searchParams.has('csp') ? { 'content-security-policy': STRICT_CSP } : {}),
        });
        response.end(body);
        return;
      } catch {
        break;
      }
    }
  }
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

export interface FixtureServers {
  /** plain http on 127.0.0.1, for pages on an origin the extension does not know */
  httpOrigin: string;
  /** https port on 127.0.0.1 that every host name is mapped to, so fixtures load as https://mail.google.com/… */
  httpsPort: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
}

export async function startFixtureServers(): Promise<FixtureServers> {
  const http = createHttpServer(handler);
  const https = createHttpsServer(certificate(), handler);
  const [httpPort, httpsPort] = await Promise.all([listen(http), listen(https)]);
  return {
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    httpsPort,
    close: () =>
      Promise.all(
        [http, https].map(
          (s) =>
            new Promise<void>((done) => {
              s.closeAllConnections();
              s.close(() => done());
            }),
        ),
      ).then(() => undefined),
  };
}
