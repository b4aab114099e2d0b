import { wordsOf } from './words';

/** The part of a rule set the content script needs: which words can make any rule fire. */
export interface TriggerIndex {
  words: string[];
}

/** True when a sentence contains a word some rule needs; only such sentences are worth sending to the engine. */
export function createPrefilter(index: TriggerIndex): (sentence: string) => boolean {
  const triggers = new Set(index.words);
  return (sentence) => {
    for (const word of wordsOf(sentence)) if (triggers.has(word)) return true;
    return false;
  };
}
