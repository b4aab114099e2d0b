/**
 * The need behind a label. Rosenberg reads every judgement ("you're so lazy") as the tragic expression of an unmet need
 * (help, consideration, reliability…): saying the need keeps what the writer means and drops the attack. Pure data and
 * one lookup, so the engine can turn a captured label into "I'm worn out, and I need more help with things around
 * here."
 */

const NEEDS: readonly (readonly [need: string, labels: readonly string[]])[] = [
  [
    "I'm worn out, and I need more help with things around here.",
    [
      'lazy',
      'laziest',
      'useless',
      'hopeless',
      'slob',
      'messy',
      'messiest',
      'freeloader',
      'leech',
      'mooch',
      'deadbeat',
      'idle',
    ],
  ],
  [
    'I need to feel that what I need matters to you too.',
    [
      'selfish',
      'self-centered',
      'self-centred',
      'selfcentered',
      'self-absorbed',
      'inconsiderate',
      'thoughtless',
      'entitled',
      'ungrateful',
      'spoiled',
      'spoilt',
      'uncaring',
      'considerate',
    ],
  ],
  [
    'I need to be able to count on you.',
    ['irresponsible', 'unreliable', 'flaky', 'flake', 'flakiest', 'unpunctual', 'reliable'],
  ],
  [
    "I need honesty between us, even when it's hard to hear.",
    [
      'liar',
      'dishonest',
      'two-faced',
      'two faced',
      'fake',
      'shady',
      'untrustworthy',
      'manipulative',
      'disingenuous',
      'sneaky',
      'deceitful',
    ],
  ],
  [
    'I need us to speak to each other with respect.',
    [
      'rude',
      'rudest',
      'disrespectful',
      'mean',
      'meanest',
      'cruel',
      'arrogant',
      'condescending',
      'patronizing',
      'patronising',
      'smug',
      'bully',
      'obnoxious',
      'abrasive',
      'aggressive',
      'hostile',
      'nasty',
    ],
  ],
  ['I need room to make my own choices.', ['controlling', 'control freak', 'bossy', 'bossiest', 'domineering']],
  [
    "I'd like us to work this out calmly, together.",
    [
      'childish',
      'immature',
      'petty',
      'pettiest',
      'dramatic',
      'drama queen',
      'moody',
      'moodiest',
      'unreasonable',
      'impossible',
      'difficult',
      'argumentative',
      'stubborn',
      'toxic',
    ],
  ],
  ['I need a bit more trust and space between us.', ['jealous', 'needy', 'clingy', 'paranoid', 'possessive']],
  [
    "Money has been on my mind, and I'd like us to agree on what feels fair to both of us.",
    [
      'stingy',
      'stingiest',
      'tight-fisted',
      'tightfisted',
      'tight',
      'tightest',
      'cheap',
      'cheapest',
      'cheapskate',
      'tightwad',
      'skinflint',
      'miserly',
      'kuripot',
      'madamot',
    ],
  ],
  [
    'It matters to me that this is done with care.',
    ['sloppy', 'sloppiest', 'careless', 'disorganised', 'disorganized', 'organised', 'organized', 'shoddy', 'slapdash'],
  ],
  [
    'I need to feel that you understand how this affects me.',
    ['insensitive', 'heartless', 'judgemental', 'judgmental', 'dismissive'],
  ],
  [
    "I'd love to feel closer to you.",
    ['cold', 'unavailable', 'distant', 'absent', 'closed off', 'detached', 'withholding'],
  ],
  ["I'd really like some encouragement from you right now.", ['negative', 'grumpy', 'grumpiest', 'cranky']],
  ["I'd like more of your attention when we're together.", ['obsessed', 'distracted', 'glued']],
  ['I need us to hold ourselves to the same standard.', ['hypocrite', 'hypocritical']],
];

const BY_LABEL = new Map<string, string>(NEEDS.flatMap(([need, labels]) => labels.map((l) => [l, need] as const)));

// Words a captured label may carry that say nothing about the need: "a", "the most", "so", "such a".
const FILLER = /^(?:(?:a|an|the|so|such|really|just|most|least|total|complete|absolute|real|bit of|being)\s+)+/i;

/** The need behind a captured label ("so selfish", "a control freak", "the laziest"), or null when it has none here. */
export function needBehind(label: string): string | null {
  const words = label.trim().toLowerCase().replace(FILLER, '');
  return BY_LABEL.get(words) ?? BY_LABEL.get(words.split(/\s+/)[0] ?? '') ?? null;
}
