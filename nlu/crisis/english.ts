import type { CrisisFlag } from '../types';

/**
 * Crisis cues in English, for residents who write in it: students and workers from outside Europe,
 * and many Ukrainians' second language. Without them such a message was unknown words to the Polish
 * rules and the model, and a first batch in English got the alarm on about half its crisis lines
 * (docs/nlu.md, round 5). Matched on the lower-cased text; a negation just before a cue ("he doesn't
 * hit me") or a clear past marker cancels it, as for the other languages (foreign.ts).
 */
export const ENGLISH: [CrisisFlag, string, string?][] = [
  ['violence', "((hits?|hitting|beats?|beating|beaten|kicks?|kicking|kicked|chok(es|ing|ed)|strangl\\w*|punch(es|ed|ing)?|slap(s|ped|ping)?|hurts?|hurting) (me|her|him|us|my \\w+|the (kids?|children|boy|girl|baby)|(a |the )?(small|little) \\w+|a (boy|girl|child|kid))|abus(es|ed|ing|ive)|threaten(s|ed|ing)? (to kill|me|us|her)|rap(ed|e|ing)\\b|violent|domestic violence|afraid of (my )?(husband|partner|boyfriend|him|father|dad)|(will|gonna|going to|wants to|threatens to) kill (me|us|her|the kids)|with a (belt|knife)|locks? (me|us|her) (in|up)|(takes?|took|hides?|hid|holds?|keeps?) (\\w+ )?(my|our|her) (keys|documents|passports?|papers)|stalk\\w*|follows? me (everywhere|home|to work))"],
  ['suicide_risk', "((don'?t|do not) want to (live|be alive|wake up)|want to die|kill(ing)? myself|end (my life|it all)|suicid\\w*|(take|took|swallow\\w*) (them all|all (the|my|of the) (pills|tablets)|all of them)|saved up (\\w+ )?(pills|tablets)|(cutting|cut|hurting|hurt) myself|self[- ]harm\\w*|this is the end|nobody (would|will) (notice|care|miss me)|better off without me|no reason to live|goodbye (everyone|forever|all)|(tell|say to) (\\w+ ){0,2}(that )?i love (her|him|them|you)|(have|got|bought) (the |a )?rope|rope (is )?ready|(this is|it'?s) my last (message|night|day)|my last message)"],
  ['no_shelter', "(nowhere to (sleep|go|stay|live)|no place to (sleep|stay)|(sleep|sleeping|slept) (\\w+ ){0,2}(on|in|at) (a |the )?(bench|street|station|park|car|stairs|staircase)|(i am|i'm|im|we are|we're|became|now|he is|she is|they are|left) homeless|on the street|(kicked|threw|thrown) (me |us )?out|evicted (\\w+ )?(today|tomorrow|now))"],
  ['no_food', "((haven'?t|have not|hasn'?t|has not|didn'?t|did not) eat(en)? (for|since)|no food|nothing to eat|starving|last meal (was )?(on|yesterday|\\w+ days)|(only|just) (rice|bread|water|tea)( (with|and) \\w+)? for (a|one|two|three|\\d+) (days?|weeks?)|hungry|not eat(ing|en)? for (a|one|two|three|\\d+) days?|(baby )?(milk|formula) (\\w+ )?(finished|ran out|is gone))"],
  ['child_at_risk', "((kids?|children|child|toddler|baby|boy|girl|ones) (\\w+ ){0,3}alone|alone (\\w+ ){0,2}(kids?|children|child|toddler|baby)|left (the |my |her |his )?(kids?|children|child|baby|toddler) alone|(climbing|on|over) the (railing|window ?sill|balcony)|neglect\\w*)"],
  ['health_emergency', "(not breathing|unconscious|(can'?t|cannot|can not) (breathe|wake (him|her)|get up)|bleeding (won'?t|will not|doesn'?t|does not) stop|heavy bleeding|lots of blood|heart attack|stroke|overdos\\w*|seizure|fainted|collapsed|chest pain|fell and (can'?t|cannot)|(fever|temperature) (of |is )?(39|40|41)|(39|40|41)([.,][0-9])? (fever|degrees)|(drank|swallowed|ate) (\\w+ ){0,2}(from the cleaning|bleach|cleaning|detergent|batter(y|ies)|pills|chemicals))"],
  ['disaster', "(fire|smoke (everywhere|in|from)|(smell|smells) (of )?gas|gas leak|smell gas|flood(ed|ing)?|roof (collapsed|fell|is falling)|explosion|exploded|ceiling (\\w+ ){0,2}(falling|fall|bending|collapsing|cracking)|water (\\w+ )?(coming|pouring|leaking) (\\w+ )?(through|inside|into|in)|(storm|wind) (\\w+ )?(broke|destroyed|took|damaged) (\\w+ )?roof|smoke (\\w+ )?(coming|comes) (from|out)|(smoke |fire )?alarm (is )?(beeping|going off|ringing))"],
  // No heating counts only in frost.
  ['disaster', "(no heating|heating (is )?(off|cut|broken)|heating (broke|stopped|died))", '(freezing|minus|frost|below zero|ice on|shivering)'],
];

/** The story ends well or is history: "the case is closed", "we are safe now". */
export const ENGLISH_SETTLED = /(case is closed|it'?s over now|is over now|we are safe now|everything is (fine|ok|okay) now|all good now|resolved now|all cleaned up|cleaned up now|no big deal|(fixed|repaired) now|(watched|saw|read|heard) (\w+ ){0,3}(on|in) the (news|tv|internet|paper)|on the news)/u;
/** A joke in the cue's sentence: "I'm starving lol". */
export const ENGLISH_JOKE = /(?<![\p{L}])(lol|haha\p{L}*|hehe|lmao|jk|just kidding)(?![\p{L}])/u;
/** A clear past marker among the few words before a cue. */
export const ENGLISH_PAST_BEFORE = /(?:^|[^\p{L}])(ago|last year|in (19|20)[0-9][0-9]|used to|when i was (young|a child|a kid|a teenager))(?:[^\p{L}]+\p{L}+){0,4}[^\p{L}]*$/u;
/** A past marker within a few words after a cue ("my mother had a stroke two years ago"). */
export const ENGLISH_PAST_AFTER = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}(ago|last (year|month|winter)|in (19|20)[0-9][0-9])(?![\p{L}])/u;
/** A negation just before a cue ("he doesn't hit me", "never beat us"). */
export const ENGLISH_NEG = /(?:(?:^|[^\p{L}])(not|never|no)|(?:don|doesn|didn|isn|wasn|won|can|haven|hasn)'?t)\s+$/u;
