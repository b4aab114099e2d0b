import { describe, expect, it } from 'vitest';
import { isBoundary } from '../../src/engine/guards/boundary';
import type { GuardContext } from '../../src/engine/guards/context';
import { isIdiom } from '../../src/engine/guards/idioms';
import { isLogistics } from '../../src/engine/guards/logistics';
import { isNegated } from '../../src/engine/guards/negated';
import { isPositive } from '../../src/engine/guards/positive';
import { isQuestion } from '../../src/engine/guards/question';
import { isReported } from '../../src/engine/guards/reported';
import { isSelfDirected } from '../../src/engine/guards/self-directed';
import { guarded } from '../../src/engine/guards/sentence-guards';

/** "She told me to [calm down]." → the sentence and the marked match's offsets. */
function at(marked: string): GuardContext {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { sentence: marked.replace('[', '').replace(']', ''), start, end };
}

describe('reported speech', () => {
  it('does not read "goes to" as someone speaking', () =>
    expect(isReported(at("You don't care which school she goes to, [you just want to win]."))).toBe(false));
  it.each([
    'She told me to [calm down] and it made everything worse.',
    'My boss keeps saying [I am lazy].',
    'He said [it was my fault].',
    'She told him to [grow up], which I thought was harsh.',
    'He was like, "[whatever]".',
    'I asked five people, and one answered [who cares]?',
    'When I asked about the rota, he replied [forget it].',
    'Nan told the telemarketer [sorry you feel that way] and hung up.',
  ])('guards %s', (m) => expect(isReported(at(m))).toBe(true));
  it.each([
    '[Calm down], she is fine.',
    'I said nothing and [you never listen].',
    'Great sprint. That said, [some of you clearly did not bother to test].',
    'That being said, [you never listen].',
    'Having said that, [it was your fault].',
    "I said what I said, [I'm not going back and forth].",
    "As I've said, [I have nothing to add].",
    'As I said, [you never listen].',
  ])('leaves %s', (m) => expect(isReported(at(m))).toBe(false));
  it('still guards words reported after "that said"', () =>
    expect(isReported(at('The man that said [calm down] left.'))).toBe(true));
});

describe('negation', () => {
  it.each([
    "I'm not saying [you never help].",
    "I don't think [you're selfish].",
    "Nobody thinks [you're lazy].",
    "[You're not overreacting], that was rude.",
    'None of [this is on you].',
    "I think it's wrong. Not because I think [you're a bad person] for it.",
  ])('guards %s', (m) => expect(isNegated(at(m))).toBe(true));
  it.each([
    "I can't believe [you never called].",
    "I don't know why [you're making such a big deal out of it].",
    "I don't see why [you always have to win].",
    '[You never listen to me].',
    'Not only [you always forget], you laugh.',
    "Don't do that [or I'm leaving].",
    "It's not because I'm tired, [you never listen].",
    "[You're not thinking straight] right now.",
    'Not me [getting told off] for the mess you made.',
    "[You're never home] before nine.",
    "[You're not very bright, are you]?",
    "Yeah well [you're not exactly perfect either].",
    "If you think that, [you're not paying attention].",
    "My bad I guess, not [like you've never forgotten anything].",
  ])('leaves %s', (m) => expect(isNegated(at(m))).toBe(false));
});

describe('genuine questions', () => {
  it.each([
    'Did [you ever] get the package?',
    'Do [you always] start from 0,0?',
    '[You always] take the 8:10, right?',
    'How hard is it to learn Portuguese, [do you think]?',
    'So, are [you done] with the car?',
    '[You think that] jacket is warm enough?',
    'Why do [you always] take the 8:10, is it quicker?',
    'Why do [you always] put the milk in first, genuinely curious?',
    // a curious tag after the question, kept with it by the sentence splitter
    'How come [you never] get seasick? Any tips before the ferry?',
    'Why do [you always] put the milk in first? Genuinely curious, is it a family thing?',
    'how do [u always] wake up so early?? teach me',
    'Why do [you never] use the dishwasher for the pans? Is it bad for them?',
    'How come [you never] post on Instagram anymore? No pressure, just miss your photos!',
  ])('guards %s', (m) => expect(isQuestion(at(m))).toBe(true));
  it.each([
    "[Can't you take a joke]?",
    'Why are [you so lazy]?',
    "Don't [you ever] listen?",
    '[You never listen].',
    '[You think that] jacket is warm enough.',
    'Why do [you always] take the 8:10, you know I hate rushing?',
    'Why do [you never] help? Is it that hard?',
    'Why are [you so lazy]? Just curious.',
    "What's [wrong with you]? Honest question.",
    "[It's always about you], isn't it?",
    'Are [you seriously crying] about this?',
    "[You always have to] have the last word, don't you?",
  ])('leaves %s', (m) => expect(isQuestion(at(m))).toBe(false));
});

describe('self-directed wording', () => {
  it.each([
    '[I always forget] where I put my keys.',
    "I'm [such an idiot], I left my wallet at home.",
    'I need to [calm down] before I answer.',
    'I was [overreacting] yesterday.',
    'Honestly I [give up] on this recipe.',
    "I'm such a muppet, left my keys at work again [🙃] can you let me in?",
    'ugh my laptop decided to update right before the presentation [🙃]',
    'I think I need to [calm down] a bit.',
    'I think [I overreacted] last night.',
  ])('guards %s', (m) => expect(isSelfDirected(at(m))).toBe(true));
  it.each([
    "[You're such an idiot].",
    'You need to [calm down].',
    '[Calm down], it is one comment.',
    "Oh sorry, I forgot you're the world expert on everything [🙄]",
    'Another weekend of golf [🙄]',
    'I think folks need to [stop dragging race into] everything.',
    'I believe the media [blows everything out of proportion].',
    "I don't know why you're [getting so worked up over a few ornaments].",
    'I really do not understand why you are [getting so worked up] about it.',
  ])('leaves %s', (m) => expect(isSelfDirected(at(m))).toBe(false));
});

describe('praise and affection', () => {
  it.each([
    '[You always make me laugh].',
    '[You never fail to surprise me].',
    "[You're such a dork] 😂",
    '[You never let me down], thank you.',
    '[Thanks to you], the party was a huge success!',
    '[Thanks to you], the party was a hit!',
    '[Thanks to you], the party was perfect.',
    '[Because of you] the wedding was absolutely magical.',
    '[You always know how to cheer me up].',
    '[You never forget my birthday], not once in 15 years.',
    '[You never once complained] during that whole drive.',
    '[You never make me feel stupid] for asking.',
    "[You're always the first one to offer help] when someone moves.",
    'hahaha [you clown], best birthday video ever',
    'bet you cry at the end [like you always do] 🥲',
    "Honestly [you've never once let me down]. Best brother ever.",
    '[you always know exactly what to say], honestly dont know what id do without u',
    '[You always turn these reports around so quickly], it makes my life so much easier.',
    'The audit went smoothly [because of you].',
    '[You never stop amazing me].',
    '[You never gave up on me], even when I did.',
    "I'm so proud of you, [you never give up].",
    '[Noted]!',
    'Thank you, [you never hesitate to help].',
    "[You've never looked happier], it's so good to see.",
    '[You never let the kids see you stressed], and I admire that.',
    'I only got through this year [because of you].',
    "I'm a better person [because of you].",
    'The kids are thriving [because of you].',
    '[Not once this term have you missed a lesson], well done!',
    '[You constantly amaze me] with how calm you stay.',
    "[You're always the first one at the hall] on a Saturday and the last to leave.",
    '[you always order too much dim sum]! 😋',
    "[Shut up], you're too kind 🥹",
    '[You always have great ideas] for trips.',
    'As usual, [you saved the day] with the report.',
    "[You're exactly like your father], kind and funny.",
    '[You always bring such good snacks] to practice.',
    "[You're just like your dad], so good with the kids.",
    "[you never let anyone sit alone at lunch], I noticed and I'm proud of you",
    "[It's not my fault] if you don't read the small print ;)",
    "[you're always the first one at training], it honestly motivates the rest of us",
    '[you always go above and beyond], and the parents noticed.',
    '[You always give such clear briefs], it makes this so much easier.',
    '[you always carry us] in ranked fr, ggs',
  ])('guards %s', (m) => expect(isPositive(at(m))).toBe(true));
  it.each([
    '[You never help with the dishes].',
    '[You always forget to thank me].',
    '[Thanks to you], we missed the train.',
    '[Thanks to you], the party was perfect until the police came.',
    "[Thanks to you], the dinner wasn't great.",
    '[You always leave the car on empty].',
    '[You never miss a chance] to criticise me.',
    '[You always forget] my birthday.',
    'The trip went well until you showed up, and we missed the ferry [because of you].',
    '[You always make my life harder].',
    "[You only invited me so you'd look good] in front of everyone.",
    "Honestly [you'll laugh about this] in a week.",
    'Wow, [this is the thanks I get] for covering your shift.',
    "[I'm doing the best I can], what more do you want?",
    '[You never stop talking] about yourself.',
    '[You never hesitate to criticise me] in front of them.',
    "[You've never looked worse]. Do you even sleep?",
    "I'm not a better person [because of you], I'm a worse one.",
    'We barely got through the meeting [because of you] and your phone calls.',
    "We didn't get through the interview [because of you].",
    '[You always have great ideas] but never follow through.',
    "[You're exactly like your father], lazy and not funny at all.",
    "[You've made it impossible] for me to enjoy my own birthday.",
    '[You made me miss my train, thanks for that.]',
    '[You made me miss my train], so thanks a lot.',
    '[You just love playing the victim].',
    "My bad, not [like you've never forgotten anything].",
    "[You never finish anything], I'm not proud of you for that.",
    "We got a warning from the landlord [because of your mess in the hall], hope you're proud of yourself.",
    '[You never make this easier] for me.',
  ])('leaves %s', (m) => expect(isPositive(at(m))).toBe(false));
});

describe('idioms', () => {
  it.each([
    '[Never mind], I found it.',
    '[Whatever] you decide is fine.',
    '[You never] know, it might work.',
    "I'm so [sorry] for your loss.",
    '[Sorry] to hear that.',
    'Thanks a lot for all your help, [always] happy to help.',
    '[Thanks a lot] for the lift!',
  ])('guards %s', (m) => expect(isIdiom(at(m))).toBe(true));
  it.each([
    '[Whatever].',
    '[You never] listen to me.',
    '[Sorry you feel] that way.',
    '[Thanks a lot for ruining] my birthday.',
    '[Thanks a lot for telling everyone] my business.',
    '[Thanks a lot] for the lift 🙄',
  ])('leaves %s', (m) => expect(isIdiom(at(m))).toBe(false));
});

describe('logistics conditionals', () => {
  it.each([
    "If you don't get home by 6 [I'll start dinner].",
    "[If you don't mind], I'll bring a friend.",
    "If you can't make it, I'll go ahead and order [for us] tonight.",
    "[If you don't hear from me] by noon, call the office.",
  ])('guards %s', (m) => expect(isLogistics(at(m))).toBe(true));
  it.each([
    "[If you don't stop drinking, I'm leaving].",
    "If you don't call by 6 [we're done].",
    "If you don't pay your share by Friday, [that's not my problem].",
  ])('leaves %s', (m) => expect(isLogistics(at(m))).toBe(false));
});

describe('boundary phrasings', () => {
  it.each([
    "Please don't do that, [it makes me uncomfortable].",
    "I don't like it when [you use that tone].",
    'I feel hurt when [you leave without saying goodbye].',
    "If the yelling starts, I'll step out and [we can talk later].",
    "[I'm not okay with] being spoken to like that.",
    'When you check your phone at dinner, [I feel lonely].',
    // keeping oneself or one's children safe is never an ultimatum to soften
    '[If you ever hit me again, I will call the police].',
    "[If you lay a finger on the kids I'm calling the police].",
    '[If you follow me home again I will get a restraining order].',
  ])('guards %s', (m) => expect(isBoundary(at(m))).toBe(true));
  it.each([
    '[I feel like you never listen].',
    "I'm upset, [you never listen to me].",
    "[If you don't stop, I'm leaving].",
    '[We can talk when I decide] I want to.',
    "[If you touch my stuff again I'll call the police].",
  ])('leaves %s', (m) => expect(isBoundary(at(m))).toBe(false));
});

describe('guarded', () => {
  it('applies every guard unless the rule allows it', () => {
    const c = at('I need to [calm down] before I answer.');
    expect(guarded(c, [])).toBe(true);
    expect(guarded(c, ['self'])).toBe(false);
  });
});
