import { browser, type Browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import { createPrefilter } from '../prefilter/prefilter';
import {
  ANALYSIS_PORT,
  MAX_SENTENCE_CHARS,
  MAX_SENTENCES_PER_REQUEST,
  parseAnalysisResponse,
  type AnalysisRequest,
} from '../protocol/analysis';

/** Sentences the page has seen, with their findings; a draft rarely has more. */
const CACHE_LIMIT = 5_000;
/** If the background never sends its trigger words, every sentence goes to it rather than none. */
const TRIGGER_WAIT_MS = 1_500;

export interface AnalysisClient {
  /** opens the port so the background loads its engine before the first real request */
  warmUp(): void;
  /** sends a message that needs no answer (a settings change the writer asked for); false when it could not */
  send(message: AnalysisRequest): boolean;
  /** findings per sentence (offsets relative to it): from the cache, the prefilter, or the background */
  analyze(sentences: readonly string[]): Promise<Map<string, Finding[]>>;
  /** forget cached findings and trigger words, e.g. after the writer muted a rule */
  reset(): void;
  dispose(): void;
}

interface Pending {
  sentences: string[];
  done(results: Finding[][] | null): void;
}

/**
 * The content script's side of the analysis port. Only sentences that changed and contain a trigger word are sent;
 * everything else is answered here. A port that drops (the background was stopped) is reopened on the next request.
 */
export function createAnalysisClient(host: () => string): AnalysisClient {
  let port: Browser.runtime.Port | null = null;
  let passes: ((sentence: string) => boolean) | null = null;
  let triggersArrived: (() => void) | null = null;
  let triggers: Promise<void> = Promise.resolve();
  const cache = new Map<string, Finding[]>();
  const inflight = new Map<string, Promise<Finding[]>>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;

  const lengthsOf = (requestId: number): number[] | undefined => pending.get(requestId)?.sentences.map((s) => s.length);

  const connect = (): Browser.runtime.Port | null => {
    if (port) return port;
    if (disposed) return null;
    try {
      port = browser.runtime.connect({ name: ANALYSIS_PORT });
    } catch {
      // the extension was reloaded or removed: this page's script is an orphan and stays quiet
      return null;
    }
    triggers = new Promise<void>((done) => {
      triggersArrived = done;
      setTimeout(done, TRIGGER_WAIT_MS);
    });
    const opened = port;
    opened.onMessage.addListener((raw: unknown) => {
      const message = parseAnalysisResponse(raw, lengthsOf);
      if (!message) return;
      if (message.type === 'triggers') {
        passes = createPrefilter({ words: message.words });
        triggersArrived?.();
        return;
      }
      const request = pending.get(message.requestId);
      pending.delete(message.requestId);
      request?.done(message.results);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const [id, request] of pending) {
        pending.delete(id);
        request.done(null);
      }
    });
    return opened;
  };

  const post = (message: AnalysisRequest): boolean => {
    const open = connect();
    if (!open) return false;
    try {
      open.postMessage(message);
      return true;
    } catch {
      port = null;
      return false;
    }
  };

  const request = (sentences: string[]): Promise<Finding[][] | null> =>
    new Promise((done) => {
      const requestId = nextId++;
      pending.set(requestId, { sentences, done });
      if (!post({ type: 'analyze', requestId, host: host(), sentences })) {
        pending.delete(requestId);
        done(null);
      }
    });

  const remember = (sentence: string, findings: Finding[]): void => {
    cache.set(sentence, findings);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  };

  const send = async (batch: string[]): Promise<void> => {
    // one retry: the first attempt may meet a port the background closed while it slept
    const results = (await request(batch)) ?? (await request(batch));
    batch.forEach((sentence, i) => {
      const found = results?.[i];
      if (found) remember(sentence, found);
    });
  };

  return {
    warmUp() {
      post({ type: 'warm-up' });
    },
    send: post,
    async analyze(sentences) {
      const out = new Map<string, Finding[]>();
      const wanted = [...new Set(sentences)].filter((s) => s.length <= MAX_SENTENCE_CHARS);
      if (wanted.some((s) => !cache.has(s))) {
        connect();
        await triggers;
      }
      const toSend: string[] = [];
      const waits: Promise<void>[] = [];
      for (const sentence of wanted) {
        const hit = cache.get(sentence);
        if (hit) out.set(sentence, hit);
        else if (passes && !passes(sentence)) {
          remember(sentence, []);
          out.set(sentence, []);
        } else {
          const running = inflight.get(sentence);
          if (running) waits.push(running.then((f) => void out.set(sentence, f)));
          else toSend.push(sentence);
        }
      }
      for (let i = 0; i < toSend.length; i += MAX_SENTENCES_PER_REQUEST) {
        const batch = toSend.slice(i, i + MAX_SENTENCES_PER_REQUEST);
        const sent = send(batch);
        for (const sentence of batch) {
          const result = sent.then(() => cache.get(sentence) ?? []);
          inflight.set(sentence, result);
          waits.push(
            result.then((f) => {
              inflight.delete(sentence);
              out.set(sentence, f);
            }),
          );
        }
      }
      await Promise.all(waits);
      return out;
    },
    reset() {
      cache.clear();
      passes = null;
      // the background sends the trigger words of the current settings on every new connection; a port closed from
      // this side gets no onDisconnect, so its open requests are answered here (and retried on a new port)
      const closing = port;
      port = null;
      closing?.disconnect();
      for (const [id, request] of pending) {
        pending.delete(id);
        request.done(null);
      }
    },
    dispose() {
      disposed = true;
      port?.disconnect();
      port = null;
    },
  };
}
