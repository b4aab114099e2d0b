import { defineContentScript } from 'wxt/utils/define-content-script';
import { importHints } from '../src/content/hints-module';
import { startLoader } from '../src/content/loader';
import { DEFAULT_SITE_MATCHES } from '../src/content/sites';

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  // composers live in iframes on several sites, some of them about:blank frames the page writes into
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startLoader(ctx, importHints);
  },
});
