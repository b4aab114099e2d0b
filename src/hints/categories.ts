import type { Category } from '../engine/types';

/** How each category is named on the card and coloured under the text (light theme, dark theme). */
export const CATEGORY_STYLE: Record<Category, { label: string; light: string; dark: string }> = {
  blame: { label: 'Blame', light: '#c62828', dark: '#ff6b6b' },
  criticism: { label: 'Criticism', light: '#d84315', dark: '#ff9e6b' },
  defensiveness: { label: 'Defensiveness', light: '#6a1b9a', dark: '#d29bf5' },
  contempt: { label: 'Contempt', light: '#8e0038', dark: '#ff7fae' },
  dismissal: { label: 'Dismissal', light: '#00695c', dark: '#5fd4c2' },
  stonewalling: { label: 'Stonewalling', light: '#455a64', dark: '#a9bcc6' },
  'non-apology': { label: 'Non-apology', light: '#9a6700', dark: '#f2c14e' },
  'mind-reading': { label: 'Mind-reading', light: '#1565c0', dark: '#7fb6ff' },
  ultimatum: { label: 'Ultimatum', light: '#ad1457', dark: '#f58fc0' },
};
