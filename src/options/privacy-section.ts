import { RETENTION_CHOICES } from '../settings/normalize';
import { setPrivacy, type PrivacyLevel, type Settings } from '../settings/settings';
import { h } from '../popup/dom';

const LEVELS: { level: PrivacyLevel; name: string; about: string }[] = [
  { level: 'counts', name: 'Counts only', about: 'Which patterns came up and when. No words you wrote are kept.' },
  { level: 'words', name: 'Flagged words', about: 'Also the few words each hint was about.' },
  {
    level: 'sentence',
    name: 'Whole sentences',
    about: 'Also the sentence and the rewording you chose, to reflect on later.',
  },
];

function days(n: number): string {
  if (n % 365 === 0) return n === 365 ? '1 year' : `${n / 365} years`;
  return `${n} days`;
}

export function renderPrivacy(root: HTMLElement, settings: Settings): void {
  const retention = h('select', { id: 'retention' });
  const choices = [...new Set<number>([...RETENTION_CHOICES, settings.retentionDays])].sort((a, b) => a - b);
  for (const n of choices) retention.append(h('option', { value: String(n), text: days(n) }));
  retention.value = String(settings.retentionDays);
  const current = (): PrivacyLevel =>
    (root.querySelector<HTMLInputElement>('input[name="privacy"]:checked')?.value as PrivacyLevel | undefined) ??
    settings.privacyLevel;
  retention.addEventListener('change', () => void setPrivacy(current(), Number(retention.value)));
  root.replaceChildren(
    h(
      'fieldset',
      {},
      h('legend', { text: 'What the reflection history keeps' }),
      ...LEVELS.map(({ level, name, about }) => {
        const id = `privacy-${level}`;
        const radio = h('input', {
          type: 'radio',
          name: 'privacy',
          id,
          value: level,
          'aria-describedby': `${id}-about`,
        });
        radio.checked = settings.privacyLevel === level;
        radio.addEventListener('change', () => void setPrivacy(level, Number(retention.value)));
        return h(
          'div',
          { class: 'check' },
          radio,
          h('label', { for: id, text: name }),
          h('span', { id: `${id}-about`, class: 'muted small', text: about }),
        );
      }),
    ),
    h('div', { class: 'field' }, h('label', { for: 'retention', text: 'Keep history for' }), retention),
    h('p', {
      class: 'muted small',
      text: 'Everything stays on this computer. Older entries are deleted automatically.',
    }),
  );
}
