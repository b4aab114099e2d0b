import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  imports: false,
  manifest: {
    name: 'Mindful Draft',
    description:
      'Spot blaming and defensive wording while you write, and rephrase it in your own words. Private: nothing leaves your machine.',
    permissions: ['storage'],
  },
});
