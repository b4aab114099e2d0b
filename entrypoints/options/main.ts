import '../../src/popup/theme.css';
import './style.css';
import { renderCategories } from '../../src/options/categories-section';
import { renderCustomPhraseForm, renderCustomPhraseList } from '../../src/options/custom-phrases-section';
import { renderMutedRules } from '../../src/options/muted-section';
import { renderPrivacy } from '../../src/options/privacy-section';
import { renderShortcuts } from '../../src/options/shortcuts-section';
import { renderSites } from '../../src/options/sites-section';
import { getSettings, settingsItem, type Settings } from '../../src/settings/settings';
import { normalizeSettings } from '../../src/settings/normalize';

const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

/** Redraws every section from settings; keyboard focus returns to the same control (or its row's heading) if it was redrawn. */
function render(settings: Settings): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const key =
    active &&
    (active.id
      ? `#${CSS.escape(active.id)}`
      : active.getAttribute('aria-label')
        ? `[aria-label="${CSS.escape(active.getAttribute('aria-label') ?? '')}"]`
        : null);
  const section = active?.closest('section');
  renderCategories(byId('categories'), settings);
  renderCustomPhraseList(byId('custom-list-root'), settings);
  renderMutedRules(byId('muted'), settings);
  renderSites(byId('sites'), settings);
  renderPrivacy(byId('privacy'), settings);
  if (!active || active.isConnected) return;
  const again = key ? document.querySelector<HTMLElement>(key) : null;
  if (again) return again.focus();
  // the control went away with its row (a phrase removed, a rule unmuted): its section's heading takes focus
  const heading = section?.querySelector<HTMLElement>('h2');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

renderCustomPhraseForm(byId('custom-form-root'));
void getSettings().then(render);
// changes from the popup, a hint card or another settings tab show up here without a reload
settingsItem.watch((value) => render(normalizeSettings(value)));
void renderShortcuts(byId('shortcuts'));
