/**
 * Puts every web site on this machine for Firefox. Chromium has `--host-resolver-rules`; Firefox has no such switch,
 * so the harness points Firefox at a proxy auto-config (a data: URL, `network.proxy.type` = 2) that sends every host to
 * this proxy. The proxy never opens a connection to anywhere: a `CONNECT mail.google.com:443` tunnel ends in a TLS
 * server inside this process (a throwaway self-signed certificate, accepted through puppeteer's `acceptInsecureCerts`),
 * which serves the fixture pages under `/fixtures/` on whatever host was asked for. So the shipped manifest, which
 * matches only real site names, runs unchanged on https://mail.google.com/fixtures/…; every other request is refused and
 * recorded. (`network.dns.localDomains` was the other candidate: it only maps names to 127.0.0.1 port 443, which needs
 * a privileged port and cannot refuse what it does not know.)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { certificate } from '../../e2e/support/certificate';
import { FIXTURES_DIR, FIXTURES_DIST, TYPES } from '../../e2e/support/servers';

/** Firefox-only fixture pages first, then the shared ones (built bundles, hand-written pages). */
export const FIREFOX_FIXTURES_DIR = resolve('tests/e2e-firefox/fixtures');
const FIXTURE_DIRS = [FIREFOX_FIXTURES_DIR, FIXTURES_DIST, FIXTURES_DIR];

/** puppeteer points Firefox's own housekeeping (remote settings, blocklists) at this host name. */
const BROWSER_HOUSEKEEPING = 'dummy.test';

export interface FixtureProxy {
  /** the proxy auto-config for Firefox's `network.proxy.autoconfig_url` */
  pacUrl: string;
  /** every URL asked for through the proxy, except the browser's own housekeeping */
  requests: string[];
  /** the ones refused because they are not fixture pages: anything here tried to leave the machine */
  blocked: string[];
  close(): Promise<void>;
}

function fixtureFile(pathname: string): string | null {
  if (!pathname.startsWith('/fixtures/')) return null;
  const name = normalize(decodeURIComponent(pathname.slice('/fixtures/'.length)));
  for (const dir of FIXTURE_DIRS) {
    const file = join(dir, name);
    if (file.startsWith(dir + '/') && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export async function startFixtureProxy(): Promise<FixtureProxy> {
  const requests: string[] = [];
  const blocked: string[] = [];
  const sockets = new Set<Socket | Duplex>();
  const track = (socket: Socket | Duplex): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const refuse = (url: string, response: ServerResponse): void => {
    const host = new URL(url).hostname;
    if (host !== BROWSER_HOUSEKEEPING) {
      requests.push(url);
      blocked.push(url);
    }
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('blocked: tests never leave this machine');
  };

  const pages = createHttpsServer(certificate(), (request: IncomingMessage, response: ServerResponse) => {
    const url = `https://${request.headers.host ?? 'unknown'}${request.url ?? '/'}`;
    const file = fixtureFile(new URL(url).pathname);
    if (!file) return refuse(url, response);
    requests.push(url);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  const proxy = createHttpServer((request, response) => refuse(request.url ?? 'http://unknown/', response));
  proxy.on('connect', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    track(socket);
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    // the tunnel's TLS ends here, whatever host it was meant for
    pages.emit('connection', socket);
  });
  for (const server of [proxy, pages]) {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
      const url = request.url?.startsWith('http') ? request.url : `wss://${request.headers.host}${request.url}`;
      requests.push(url);
      blocked.push(url);
      socket.destroy();
    });
  }
  proxy.on('connection', track);
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const port = (proxy.address() as AddressInfo).port;
  const pac = `function FindProxyForURL(url, host) {
    if (host === '127.0.0.1' || host === 'localhost') return 'DIRECT';
    return 'PROXY 127.0.0.1:${port}';
  }`;
  return {
    pacUrl: `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    requests,
    blocked,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      pages.closeAllConnections();
      await new Promise<void>((done) => proxy.close(() => done()));
    },
  };
}
