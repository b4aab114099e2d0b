import { GUARD_IDS, type CompiledRule, type CompiledRuleSet, type GuardId } from '../engine/types';
import { phraseWords, triggerPieces } from '../settings/custom-phrases';
import type { CustomPhrase, Settings } from '../settings/settings';
import shipped from '../generated/rules.json';

/** The shipped rules, generated from rules/ by `npm run rules`. */
export const SHIPPED_RULES = shipped as CompiledRuleSet;

/** Rule ids of custom phrases share this prefix, so muting one works like muting any rule. */
export const CUSTOM_RULE_PREFIX = 'custom-';

/**
 * The writer asked for this phrase by name, so the guards that excuse general patterns (a question, a "not", banter,
 * self-talk…) do not apply; quoting someone else or reporting what they said still does.
 */
const CUSTOM_ALLOW: GuardId[] = GUARD_IDS.filter((g) => g !== 'quoted' && g !== 'reported');

/**
 * A custom phrase as a rule: matched word for word (case and curly apostrophes ignored) and suggesting the writer's own
 * wording.
 * Null for a phrase that cannot be matched (settings edited by hand): it is skipped rather than breaking every rule.
 */
export function customPhraseRule(phrase: CustomPhrase): CompiledRule | null {
  const words = phraseWords(phrase.phrase);
  if (!words || !phrase.replacement.trim()) return null;
  const pieces = triggerPieces(words);
  // every word of the phrase is required, so any one will do: the longest plain word is the rarest cheap choice
  const rank = (w: string): number => w.length - (w.includes("'") ? 100 : 0);
  const trigger = pieces.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return {
    id: `${CUSTOM_RULE_PREFIX}${phrase.id}`,
    file: 'settings',
    category: phrase.category,
    severity: 'warning',
    message: `You asked to avoid “${phrase.phrase}”`,
    explanation: `You added “${phrase.phrase}” to your own list of phrases to avoid, with the wording you prefer.`,
    source: 'Your custom phrases',
    patterns: [words.join(' ')],
    exceptions: [],
    allow: CUSTOM_ALLOW,
    suggestions: [phrase.replacement.trim()],
    inline: true,
    triggers: [trigger],
    examples: { flag: [], pass: [] },
  };
}

export function ruleSetFor(settings: Settings): CompiledRuleSet {
  const custom = settings.customPhrases.map(customPhraseRule).filter((r): r is CompiledRule => r !== null);
  if (!custom.length) return SHIPPED_RULES;
  return { ...SHIPPED_RULES, rules: [...SHIPPED_RULES.rules, ...custom] };
}
