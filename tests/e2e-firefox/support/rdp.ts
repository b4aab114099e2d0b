/**
 * A small client for Firefox's remote debugging protocol (the one about:debugging speaks). WebDriver BiDi, which
 * puppeteer drives, cannot reach an extension's own pages; this protocol can evaluate code in the extension's background
 * page, which is how a test opens extension pages (`browser.tabs.create`) or looks at the extension's state.
 * Packets are `<byte length>:<JSON>`; each actor answers its requests in order, and events carry a `type`.
 */
import { connect, type Socket } from 'node:net';

type Packet = Record<string, unknown> & { from?: string; type?: string };

interface Waiter {
  match(packet: Packet): boolean;
  resolve(packet: Packet): void;
  reject(error: Error): void;
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly packets: Packet[] = [];
  private readonly waiters: Waiter[] = [];
  private closed: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.readPackets();
    });
    socket.on('close', () => this.fail(new Error('the Firefox debugging connection closed')));
    socket.on('error', (error) => this.fail(error));
  }

  /** Connects, retrying while Firefox starts its debugger server. */
  static async connect(port: number, timeoutMs = 10_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new RdpClient(socket);
        await client.waitFor((p) => p.from === 'root' && 'applicationType' in p, timeoutMs);
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private readPackets(): void {
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const body = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.packets.push(JSON.parse(body) as Packet);
      this.deliver();
    }
  }

  private deliver(): void {
    for (const waiter of [...this.waiters]) {
      const index = this.packets.findIndex((p) => waiter.match(p));
      if (index < 0) continue;
      const packet = this.packets.splice(index, 1)[0] as Packet;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(packet);
    }
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  waitFor(match: (packet: Packet) => boolean, timeoutMs = 15_000): Promise<Packet> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise<Packet>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error('no answer from Firefox in time'));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.waiters.push(waiter);
      this.deliver();
    });
  }

  send(packet: { to: string; type: string } & Record<string, unknown>): void {
    const text = JSON.stringify(packet);
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
  }

  /** Sends a request and resolves with the actor's reply (events from that actor carry a `type` and are skipped). */
  async request(packet: { to: string; type: string } & Record<string, unknown>): Promise<Packet> {
    const reply = this.waitFor((p) => p.from === packet.to && p.type === undefined);
    this.send(packet);
    const answer = await reply;
    if (typeof answer.error === 'string') {
      throw new Error(`${packet.type}: ${answer.error} ${String(answer.message ?? '')}`);
    }
    return answer;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** A console in an add-on's background page, found through the add-on's debugging descriptor. */
export class BackgroundConsole {
  private constructor(
    private readonly client: RdpClient,
    private readonly consoleActor: string,
  ) {}

  static async open(client: RdpClient, addonId: string, backgroundUrlPrefix: string): Promise<BackgroundConsole> {
    const { addons } = (await client.request({ to: 'root', type: 'listAddons' })) as { addons?: Packet[] };
    const addon = addons?.find((a) => a.id === addonId);
    if (!addon || typeof addon.actor !== 'string') throw new Error(`Firefox does not list the add-on ${addonId}`);
    const watcher = await client.request({ to: addon.actor, type: 'getWatcher', isServerTargetSwitchingEnabled: true });
    // the background page's target arrives as an event; the add-on's fallback document comes first and is not it
    const available = client.waitFor(
      (p) =>
        p.type === 'target-available-form' &&
        typeof (p.target as Packet | undefined)?.url === 'string' &&
        String((p.target as Packet).url).startsWith(backgroundUrlPrefix),
    );
    await client.request({ to: String(watcher.actor), type: 'watchTargets', targetType: 'frame' });
    const target = (await available).target as Packet;
    return new BackgroundConsole(client, String(target.consoleActor));
  }

  /**
   * Runs an async function body in the background page and returns its JSON-serialisable result.
   * Example: `evaluate<string>('return browser.runtime.id')`.
   */
  async evaluate<T>(body: string): Promise<T> {
    // a rejected promise would come back as a plain value, so failures travel inside the result
    const text = `(async () => {
      try { return JSON.stringify({ value: (await (async () => { ${body} })()) ?? null }); }
      catch (e) { return JSON.stringify({ error: String((e && e.message) || e) }); }
    })()`;
    const started = await this.client.request({
      to: this.consoleActor,
      type: 'evaluateJSAsync',
      text,
      mapped: { await: true },
    });
    const result = await this.client.waitFor(
      (p) => p.from === this.consoleActor && p.type === 'evaluationResult' && p.resultID === started.resultID,
    );
    if (result.hasException) {
      const exception = result.exception as Packet | undefined;
      const preview = exception?.preview as Packet | undefined;
      throw new Error(
        `in the background page: ${String(preview?.message ?? result.exceptionMessage ?? 'an exception')}`,
      );
    }
    const outcome = JSON.parse(await this.text(result.result)) as { value?: T; error?: string } | null;
    if (!outcome) throw new Error('the background page returned nothing');
    if (outcome.error !== undefined) throw new Error(`in the background page: ${outcome.error}`);
    return outcome.value as T;
  }

  private async text(grip: unknown): Promise<string> {
    if (typeof grip === 'string') return grip;
    const g = grip as Packet | null;
    if (g && g.type === 'longString' && typeof g.actor === 'string') {
      const { substring } = await this.client.request({ to: g.actor, type: 'substring', start: 0, end: g.length });
      return String(substring);
    }
    return 'null';
  }
}
