import type { GuardContext } from './context';

// Double negatives that praise: "you never fail to surprise me", "you never let me down".
const PRAISING_NEGATIVE =
  /\bnever (?:fail|fails|failed|cease|ceases|stop|stops) to\b|\b(?:never(?: once| ever)?|not once (?:have|has|did) (?:you|they|he|she)) (?:let|lets) (?:me|us) down\b|\bnot once\b[^.;!?]{0,30}?\b(?:have|has|did) (?:you|they|he|she) (?:missed|miss|forgotten|forgot|forget|failed|fail|been late|complained|complain)\b|(?<!\b(?:like|if) )\b(?:you|u|he|she|they)(?: have| has|'ve|'s)? never (?:once )?(?:forget|forgets|forgot|forgotten|complain|complains|complained|judge|judges|judged)\b|\b(?:you|u|he|she|they)(?: have| has|'ve|'s)? never (?:once )?miss(?:es|ed)? (?!a chance|an opportunity|a beat to)(?:a|an|one)\b|\bnever miss(?:es)? (?:with|when it comes to)\b|\bnever (?:make|makes|made) me feel (?:stupid|bad|small|silly|judged|rushed|like a burden)\b|\bnever (?:stop|stops|stopped|cease|ceases|ceased) (?:amazing|surprising|impressing|inspiring|supporting|believing in|caring|trying|helping|making (?:me|us) (?:laugh|smile|proud))\b|\bnever (?:gave|give|gives|given) up on (?:me|us|him|her|them)\b|\bnever (?:gave|give|gives|given) up(?= *(?:[.!,;]|$|(?:no matter|even when|even if|on (?:your|their|his|her) dreams)\b))|\bnever (?:hesitate|hesitates|hesitated) to (?:help|offer|step in|step up|lend|pitch in|stand up|check|support|jump in)\b|\bnever (?:looked|look|looks|sounded|sound|sounds|seemed|seem|seems) (?:so |any )?(?:better|happier|healthier|fitter|calmer|stronger|younger|prettier|lovelier|more (?:relaxed|confident|beautiful|handsome|alive|at peace|yourself))\b|,? and (?:i|we) (?:really |honestly |truly |so )?(?:admire|respect|love|appreciate|adore) (?:that|it|this)\b|\bnever disappoints?\b|\bnever (?:gets?|got) old\b|\bnever a dull\b|\bwhat (?:i|i'd|id|i would|we|we'd|we would) (?:do|be) without (?:you|u)\b|\b(?:makes?|made) (?:my|our) (?:life|lives|job|day|week) (?:so |a lot |much |so much )*(?:easier|better)\b/i;

// Credit given for a good outcome: "The audit went smoothly because of you."
const CREDIT =
  /(?<!(?:\bnot|\bnever|\bbarely|\bhardly|\bscarcely|n't|\bno longer) )\b(?:went (?:so |really )?(?:smoothly|well|great|perfectly)|(?:we|i) (?:(?:finally |actually )?(?:won|made it|nailed it|passed|finished|graduated|recovered|got better)|got the (?:job|contract|deal|flat|house))|succeeded|was a (?:huge |big |real )?(?:success|hit)|(?:got|made it|pulled|came) through|a better (?:person|man|woman|mum|mom|dad|parent|friend|husband|wife|partner|version of myself)|(?:is|are|am|'m|'re|'s) (?:thriving|flourishing|still standing)|believe in (?:myself|ourselves)|back on (?:my|our|his|her|their) feet)\b(?:(?!\b(?:until|but|except|then|missed|ruined|late|not|never)\b|n't)[^.;!?])*\b(?:because of|thanks to) (?:you|u)\b/i;

// The same credit given first: "Thanks to you, the party was perfect."
const CREDIT_FIRST =
  /\b(?:because of|thanks to) (?:you|u)\b(?:(?!\b(?:until|but|except|then|not|never|late|ruined|missed)\b|n't)[^.;!?])*\b(?:was|were|is|are|looked|went|turned out|came out) (?:absolutely |just |so |really |truly )?(?:perfect|great|amazing|wonderful|fantastic|beautiful|lovely|brilliant|excellent|magical|unforgettable|a (?:dream|success|triumph|hit))\b(?![^.;!?]*\b(?:until|till|but|except|then)\b)/i;

const POSITIVE =
  /\b(?:laugh|laughing|laughed|smile|smiling|smiled|enjoyed|happy|happier|happiest|love|loved|lovely|proud|amaze|amazes|amazing|amazed|impress|impresses|do great|you've got this|smash(?:ed)? it|nail(?:ed)? it|crushed it|rocked it|wonderful|beautiful|the best|so kind|kind of you|kindest|sweet|sweetest|generous|helpful|supportive|surprise|surprised|inspire|inspired|inspires|inspiring|motivate|motivates|motivated|motivating|above and beyond|makes? (?:this|it|things|everything) (?:so |a lot |so much |much )?easier|carr(?:y|ied) (?:us|me|the team)|ggs?|special|brighten|cheer|cheers|thank|thanks|appreciate|appreciated|grateful|fun|awesome|brilliant|fantastic|hilarious|iconic|legend|delicious|gorgeous|welcome|won|success|successful|went well|(?:was|is|were|be) a (?:huge |big |real |total )?hit|glad|excited|great ideas?|good ideas?|such (?:a |an )?(?:good|great|nice|lovely|tasty|yummy|thoughtful|delicious|cute)|the greatest|congrat(?:s|ulations)|sav(?:e|es|ed) the day|kind and|and kind|funny and|and funny|well deserved|you deserve it|know just|know exactly what to|know what to say|know how to make|come through|first (?:one )?to (?:offer|help|volunteer|step up|show up|check)|first (?:one )?(?:in|at|there|here)\b[^.!?]*\blast (?:one )?(?:out|to leave|to go)|remember the little things|good at|(?:so |really )?(?:good|great|amazing|brilliant|wonderful) with (?:the )?(?:kids|children|people|animals|dogs|babies|words|your hands)|look (?:so |really )?(?:polished|good|great|professional)|look out for|have my back|got my back|there for me)\b/i;

const NEGATIVE =
  /\b(?:never|not|n't|no|nothing|nobody|without|forget|forgot|forgotten|forgets|refuse|refused|ignore|ignored|fail|failed|stop|stopped|ruin|ruined|instead|except|late|but)\b|n't\b/i;

// Affection and banter: "you're such a dork 😂", "you're impossible ❤️".
const AFFECTION =
  /(?:😂|🤣|❤️?|♥️?|😘|😍|🥰|🥲|🥹|😊|😄|😁|😆|💕|💖|💛|💙|💜|💚|🧡|🤍|🩷|🫶|😉|😈|😜|😭|🔥|😝|😋|🤗|🎉|🥳|🎂|🎈|<3|;-?\)|\b(?:ha){2,}h?\b|\bhaha+\b|\bhehe+\b|\blmao\b|\bxoxo\b|\bxx+\b|\bbestie\b|\bi(?:'d| would) die for (?:you|u)\b)/iu;

// Pride or thanks said in the same breath turns a "never" into praise: "you never let anyone sit alone, I'm so proud of
// you", "you never let things drag, it's appreciated".
const PRIDE =
  /(?<!\bnot |n't |\bnever )\b(?:so |really |very |incredibly |super )?proud of (?:you|u)\b|\b(?:it'?s|it is|much|really|greatly|truly|always) appreciated\b/i;

/** True when the wording praises or teases affectionately: "you always make me laugh", "you never fail to surprise me". */
// A one-word acknowledgement with an exclamation mark is cheerful, not curt: "Noted!", "Ok!", "Will do!"
const CHEERFUL_ACK = /^\s*(?:noted|got it|understood|sure thing|will do|ok|okay|k|kk|cool)\s*!+\s*$/i;

export function isPositive(c: GuardContext): boolean {
  if (
    AFFECTION.test(c.sentence) ||
    PRIDE.test(c.sentence) ||
    CREDIT.test(c.sentence) ||
    CREDIT_FIRST.test(c.sentence) ||
    CHEERFUL_ACK.test(c.sentence)
  )
    return true;
  // The match and what follows it up to the end of the statement; "thanks to you" itself is the rule's word, not praise.
  const rest = c.sentence.slice(c.start).replace(/’/g, "'");
  const stop = rest.slice(c.end - c.start).search(/[.;!?]/);
  // "if you loved me" is a condition, not affection.
  const clause = (stop < 0 ? rest : rest.slice(0, c.end - c.start + stop))
    .replace(/\bthanks? (?:a lot )?to you\b/gi, '')
    .replace(/\bif you (?:really |actually |truly )?(?:loved|love|cared about|care about) (?:me|us)\b/gi, '')
    // brushing a worry aside, not a compliment: "you'll laugh about this one day"
    .replace(/\b(?:laugh|smile) about (?:this|it|that)\b/gi, '')
    // a bitter protest, not thanks or pride: "this is the thanks I get", "I'm doing the best I can"
    .replace(/\bthe thanks (?:i|we) get\b/gi, '')
    // a sarcastic tag after a complaint: "you made me miss my train, thanks for that"
    .replace(/,\s*(?:so\s+)?thanks?(?: (?:a lot|so much|very much))?(?: for (?:that|this|nothing))?[\s.!]*$/gi, '')
    // a sarcastic sign-off after a complaint: "we got kicked off because you were rude, so congrats"
    .replace(/(?:,|\bso)\s*(?:so\s+)?(?:congrats|congratulations|well done|nice one|great job)[\s.!]*$/gi, '')
    // a jab after a complaint, not pride: "because of your mess in the hall, hope you're proud of yourself"
    .replace(/,\s*(?:i\s+)?hope (?:you're|you are|ur) (?:happy|proud of yourself|pleased with yourself)[\s.!]*$/gi, '')
    .replace(/\b(?:the|my|our) best (?:i|we) (?:can|could)\b/gi, '')
    // a jab, not fondness: "you just love playing the victim"
    .replace(/\b(?:love|loves|like|likes|enjoy|enjoys) (?:playing|being) the (?:victim|martyr)\b/gi, '')
    // a motive, not a compliment: "you only invited me so you'd look good"
    .replace(
      /\bso (?:that )?(?:you|u|he|she|they)(?:'d| would| could| can)? (?:look|seem|feel) (?:so |really )?(?:good|great)\b/gi,
      '',
    )
    .replace(/\b(?:want|wants|wanted) to (?:look|seem|feel) (?:so |really )?(?:good|great)\b/gi, '');
  if (PRAISING_NEGATIVE.test(clause)) return true;
  return POSITIVE.test(clause) && !NEGATIVE.test(clause);
}
