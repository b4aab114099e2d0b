/**
 * Drafts for benchmarks: everyday messages with the occasional blaming sentence, assembled deterministically so every
 * run and every tool measures the same text.
 */
const NEUTRAL = [
  'Thanks for picking up the kids today, it really helped.',
  'Can we move our call to Thursday afternoon?',
  'I finished the report and sent it to the team this morning.',
  'The plumber is coming between nine and eleven tomorrow.',
  'Let me know if you want me to grab anything from the store.',
  'I had a long day at work and I am pretty tired tonight.',
  'Your mom called and asked about the weekend plans.',
  'The meeting went well, and the client liked the new design.',
  'I think we should book the flights before the prices go up.',
  'Could you send me the address for the party on Saturday?',
  'The car needs an oil change sometime next week.',
  'I will be home around seven, so start dinner without me.',
  'Did you see the email from the school about the field trip?',
  'We should talk about the budget for the kitchen project.',
  'I appreciate you taking the time to read through my notes.',
  'The dog needs to go to the vet for his shots next month.',
  'Here are the numbers from last quarter, with a short summary.',
  'I am happy to help with the move if you need an extra pair of hands.',
  'Please remember to water the plants while I am away.',
  'Let us set up a time to review the contract together.',
  'The weather looks great for the hike on Sunday.',
  'I left the spare key under the mat for the cleaner.',
  'Sorry to hear about your grandmother, I am thinking of you.',
  'The kids want pizza again, and honestly so do I.',
  'I just got back from the gym and I need a shower.',
  'Never mind, I found the charger in the drawer.',
  'We are out of milk, eggs and coffee.',
  'The new schedule starts on the first of the month.',
  'Thanks again for dinner last night, it was lovely.',
  'Would you be willing to take the early pickup on Fridays?',
];

const CHARGED = [
  "It's your fault we missed the train.",
  'You never listen to me.',
  'You always leave the car on empty.',
  "I'm sorry if you were offended.",
  'Calm down, you are overreacting.',
  "It's not my fault, I was stuck in traffic.",
  'Whatever, I am done talking about this.',
  'If you do that again, I am leaving.',
];

/** A small seeded generator, so drafts are identical across runs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `words` words in paragraphs of a few sentences; roughly one sentence in twelve is charged. */
export function draftOf(words: number, seed = 1): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const pool = next() < 1 / 12 ? CHARGED : NEUTRAL;
    // a number makes most sentences unique, as in real drafts, so no cache hides the cost
    const sentence = (pool[Math.floor(next() * pool.length)] ?? '').replace(/\.$/, n % 3 === 0 ? `, item ${n}.` : '.');
    n++;
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    if (paragraph.length >= 4 + Math.floor(next() * 3)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}
