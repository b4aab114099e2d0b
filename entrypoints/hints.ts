import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHints } from '../src/content/controller';
import { provideHints } from '../src/content/hints-module';

// imported by the content script (src/content/loader.ts) when an editor first gets focus
export default defineUnlistedScript(() => provideHints({ startHints }));
