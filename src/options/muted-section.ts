import { SHIPPED_RULES, CUSTOM_RULE_PREFIX } from '../background/rule-set';
import { unmuteRule, type Settings } from '../settings/settings';
import { h } from '../popup/dom';

function describe(ruleId: string, settings: Settings): string {
  const shipped = SHIPPED_RULES.rules.find((r) => r.id === ruleId);
  if (shipped) return shipped.message;
  const custom = settings.customPhrases.find((p) => `${CUSTOM_RULE_PREFIX}${p.id}` === ruleId);
  if (custom) return `Your phrase “${custom.phrase}”`;
  return 'A rule that is no longer shipped';
}

export function renderMutedRules(root: HTMLElement, settings: Settings): void {
  if (!settings.mutedRules.length) {
    root.replaceChildren(
      h('p', { class: 'muted', text: 'No muted hints. Choose “Don’t show this again” on a hint to mute it.' }),
    );
    return;
  }
  root.replaceChildren(
    h(
      'ul',
      { class: 'rows', id: 'muted-list' },
      ...settings.mutedRules.map((ruleId) => {
        const text = describe(ruleId, settings);
        const button = h('button', { type: 'button', 'aria-label': `Unmute “${text}”`, text: 'Unmute' });
        button.addEventListener('click', () => void unmuteRule(ruleId));
        return h('li', {}, h('span', {}, text, h('span', { class: 'muted small', text: ` · ${ruleId}` })), button);
      }),
    ),
  );
}
