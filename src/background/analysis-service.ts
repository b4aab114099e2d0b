import { browser, type Browser } from 'wxt/browser';
import { createAnalyzer, type Analyzer } from '../engine';
import type { CompiledRuleSet } from '../engine/types';
import { ANALYSIS_PORT, parseAnalysisRequest, type AnalysisResponse } from '../protocol/analysis';
import { getSettings, isPaused, muteRule, pauseSite, type Settings } from '../settings/settings';

/** Parsed once on warm-up; it passes the trigger check of common rules, so compromise really runs. */
const WARM_UP_SENTENCE = 'You never know whether it was your fault.';

/** Builds the rule set the engine runs with; custom phrases from settings become rules here. */
export type RuleSetFor = (settings: Settings) => CompiledRuleSet;

/**
 * Answers content scripts' analysis requests over a port. The engine (and compromise with it) loads in the background
 * only, on the first connection, so no page ever pays for it.
 */
export function startAnalysisService(ruleSetFor: RuleSetFor): { analyzerFor(settings: Settings): Analyzer } {
  let current: { key: string; analyzer: Analyzer } | undefined;
  const analyzerFor = (settings: Settings): Analyzer => {
    const key = JSON.stringify(settings.customPhrases);
    if (!current || current.key !== key) current = { key, analyzer: createAnalyzer(ruleSetFor(settings)) };
    return current.analyzer;
  };

  const warmUp = (): void => {
    // building the analyzer and running compromise once, so the first real sentence is fast
    void getSettings().then((settings) => analyzerFor(settings).analyzeSentence(WARM_UP_SENTENCE));
  };
  // The browser just started, or the extension was installed or updated: an editor is likely to get focus soon, and
  // the engine built now, while nothing waits for it, is off the path of the first hint.
  browser.runtime.onStartup.addListener(warmUp);
  browser.runtime.onInstalled.addListener(warmUp);

  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id) return;
    const send = (message: AnalysisResponse): void => {
      try {
        port.postMessage(message);
      } catch {
        // the tab went away between the request and the answer
      }
    };
    void getSettings().then((settings) => send({ type: 'triggers', words: analyzerFor(settings).triggerWords }));
    port.onMessage.addListener((raw: unknown) => {
      const request = parseAnalysisRequest(raw);
      if (!request) return;
      if (request.type === 'mute-rule') {
        void muteRule(request.ruleId).catch(() => undefined);
        return;
      }
      if (request.type === 'pause-site') {
        void pauseSite(request.host).catch(() => undefined);
        return;
      }
      if (request.type === 'warm-up') {
        // an editor got focus: the writer is about to type
        warmUp();
        return;
      }
      void getSettings().then((settings) => {
        const analyzer = analyzerFor(settings);
        const results = isPaused(settings, request.host)
          ? request.sentences.map(() => [])
          : request.sentences.map((s) =>
              analyzer.analyzeSentence(s, {
                mutedRules: settings.mutedRules,
                disabledCategories: settings.disabledCategories,
              }),
            );
        send({ type: 'findings', requestId: request.requestId, results });
      });
    });
  });
  return { analyzerFor };
}
