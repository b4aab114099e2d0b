import type { Category } from '../engine/types';

/** How each category is named and explained to the writer. */
export const CATEGORY_TEXT: Record<Category, { name: string; about: string }> = {
  blame: { name: 'Blame', about: '“You made me…”, “it’s your fault”: the problem put on them.' },
  criticism: { name: 'Criticism', about: '“You always…”, “you’re so…”: their character instead of one event.' },
  defensiveness: { name: 'Defensiveness', about: '“It’s not my fault”, “I was only trying to help”.' },
  contempt: { name: 'Contempt', about: 'Mockery, sarcasm, name-calling, eye-rolling.' },
  dismissal: { name: 'Dismissal', about: '“Calm down”, “you’re overreacting”: their feelings waved away.' },
  stonewalling: { name: 'Stonewalling', about: '“Whatever.”, “I’m done.”: shutting the conversation.' },
  'non-apology': { name: 'Non-apologies', about: '“Sorry if you were offended”, “sorry, but…”.' },
  'mind-reading': { name: 'Mind-reading', about: '“You just want to…”, “you did that on purpose”.' },
  ultimatum: { name: 'Ultimatums and demands', about: '“If you don’t…, I’m leaving”, “you need to…”.' },
};
