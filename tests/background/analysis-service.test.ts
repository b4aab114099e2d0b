import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnalysisService } from '../../src/background/analysis-service';
import { ruleSetFor } from '../../src/background/rule-set';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
  // the in-memory browser has no ports; these tests need none
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
});

describe('the analysis service in the background', () => {
  it.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    [
      'the extension is installed or updated',
      () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false }),
    ],
  ])('builds the engine when %s, before any editor asks', async (_when, happen) => {
    const build = vi.fn(ruleSetFor);
    const service = startAnalysisService(build);
    expect(build).not.toHaveBeenCalled();
    await happen();
    await settled();
    expect(build).toHaveBeenCalledTimes(1);
    // the first editor then finds it ready: nothing is built again
    const analyzer = service.analyzerFor(DEFAULT_SETTINGS);
    expect(build).toHaveBeenCalledTimes(1);
    expect(analyzer.analyzeSentence("It's your fault.").map((f) => f.ruleId)).toEqual(['your-fault']);
  });
});
