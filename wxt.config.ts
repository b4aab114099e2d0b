import { defineConfig } from 'wxt';

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
    permissions: ['storage'],
  },
});
