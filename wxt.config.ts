import { defineConfig } from 'wxt';

/** Site access the writer can grant one site at a time (never at install). */
const OPTIONAL_SITE_ACCESS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // separate output folders let several builds (and their browser tests) run side by side
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  entrypointsDir: 'entrypoints',
  imports: false,
  manifest: {
    name: 'Mindful Draft',
    description:
      'Spot blaming and defensive wording while you write, and rephrase it in your own words. Private: nothing leaves your machine.',
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // asked for one site at a time, only when the writer turns checking on for a site that is not a default one
    optional_host_permissions: OPTIONAL_SITE_ACCESS,
    // the hints script, which the content script imports when an editor first gets focus (src/content/hints-module.ts).
    // Any site the writer turns on needs it, hence every page. With a dynamic URL (Chrome), pages cannot fetch it at
    // the extension's fixed address and so cannot probe for the extension; Firefox's add-on address is random per install.
    web_accessible_resources: [{ resources: ['hints.js'], matches: OPTIONAL_SITE_ACCESS, use_dynamic_url: true }],
  },
  // the sources zip is for store reviewers rebuilding the package: the README's screenshots are not needed there
  zip: { excludeSources: ['docs/screenshots/**'] },
  hooks: {
    // Firefox needs a stable add-on id (storage and IndexedDB are keyed by it) and the data-collection declaration;
    // Chrome would only warn about the unknown key, so it goes into the Firefox manifest alone.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: {
          id: 'mindful-draft@mindfuldraft.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // the data-collection declaration arrived in Firefox for Android 142
        gecko_android: { strict_min_version: '142.0' },
      };
      // WXT drops optional_host_permissions from Manifest V2; there, site patterns belong in optional_permissions
      if (wxt.config.manifestVersion === 2) {
        manifest.optional_permissions = [
          ...new Set([...(manifest.optional_permissions ?? []), ...OPTIONAL_SITE_ACCESS]),
        ];
      }
    },
  },
});
