import '../../src/popup/theme.css';
import './style.css';
import { browser } from 'wxt/browser';
import { insertIntoTab } from '../../src/popup/insert';
import { renderSitePanel } from '../../src/popup/site-panel';
import { isToolbarPopup, targetTab } from '../../src/popup/target-tab';
import { renderLibrary } from '../../src/popup/template-library';
import { todayCounts, todaySentence } from '../../src/popup/today';
import { TEMPLATE_GROUPS } from '../../src/templates/library';

const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
const toolbar = isToolbarPopup();
const tab = targetTab().catch(() => null);

renderLibrary(byId('library'), {
  groups: TEMPLATE_GROUPS,
  insert: async (text) => insertIntoTab((await tab)?.id, text),
  inserted: () => {
    if (toolbar) window.close();
  },
});
void tab.then((t) => renderSitePanel(byId('site-panel'), t));
todayCounts().then(
  (counts) => (byId('today').textContent = todaySentence(counts)),
  () => (byId('today').textContent = 'Today’s counts are not available: the history could not be opened.'),
);
byId('open-reflection').addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/reflection.html') }).then(() => toolbar && window.close());
});
byId('open-settings').addEventListener('click', () => {
  void browser.runtime.openOptionsPage().then(() => toolbar && window.close());
});
// the search box is where typing starts; a template opened later takes focus itself
(document.getElementById('template-search') as HTMLInputElement | null)?.focus();
