import { foldDiacritics } from '../normalise';
import { digitRuns, numbersIn } from '../numbers';
import type { Address } from '../types';

const STREET_PREFIX = /^(ul\.?|ulica|ulicy|ulice)\s+/i;
const KEEP_PREFIX = /^(al\.?|aleja|alei|aleje|os\.?|osiedle|pl\.?|plac|rondo|skwer|bulwar)\s+/i;
const INTRO = /^(?:mieszkam|mieszkamy|adres|moj adres|mój adres|adres zamieszkania|zamieszkania|to|jest|na|przy|w|we|pod adresem|no|tak)[\s,:.-]+/i;
const FLAT = /\s*(?:\/|m\.?|m|mieszk\.?|mieszkania|mieszkanie|lok\.?|lokal|lokalu|przez|lamane przez|łamane przez)\s*(\d+[a-z]?)\b/iy;

/**
 * A postal address as far as it can be told: "ul. Lubelska 12/4, 22-300 Krasnystaw" →
 * {street: "Lubelska 12/4", postalCode: "22-300", city: "Krasnystaw"}; "Piłsudskiego 5 m 3 Przasnysz"
 * → street "Piłsudskiego 5/3"; a village without streets ("Łopiennik Górny 45") gives the locality
 * plus number as the street line and the locality as the city, as Polish post addresses do.
 * Phone transcripts ("lubelska dwanaście przez cztery dwadzieścia dwa trzysta krasnystaw") are read
 * through the number parser first.
 */
export function findAddress(original: string): Address | undefined {
  let s = original.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!s || !/\p{L}/u.test(s)) return undefined;
  s = spokenNumbersToDigits(s);
  for (let k = 0; k < 3; k++) s = s.replace(INTRO, '');
  let postalCode: string | null = null;
  const pc = /(?:^|[^\d])(\d{2})\s?-\s?(\d{3})(?!\d)|(?:^|[\s,])(\d{2})(\d{3})(?=[\s,]|$)/.exec(s);
  if (pc) {
    postalCode = `${pc[1] ?? pc[3]}-${pc[2] ?? pc[4]}`;
    const start = pc.index + (pc[0].length - pc[0].replace(/^[^\d]/, '').length);
    s = `${s.slice(0, start)} , ${s.slice(pc.index + pc[0].length)}`;
  }
  // Split into the street part (up to and including the house/flat number) and the rest (city).
  // The house number: the first number that is not part of a street name like "3 Maja" or "11 Listopada".
  const numRe = /(\d+[a-z]?)(?![\d-])/gi;
  let num: RegExpExecArray | null = null;
  for (let m = numRe.exec(s); m; m = numRe.exec(s)) {
    if (!/^\s+(maja|listopada|stycznia|lutego|marca|kwietnia|czerwca|lipca|sierpnia|wrzesnia|września|pazdziernika|października|grudnia|pułku|pulku)\b/i.test(s.slice(m.index + m[0].length))) {
      num = m;
      break;
    }
  }
  let street: string | null = null;
  let city: string | null = null;
  if (num) {
    let end = num.index + num[0].length;
    let house = num[1];
    FLAT.lastIndex = end;
    const flat = FLAT.exec(s);
    if (flat) {
      house = `${house}/${flat[1]}`;
      end = FLAT.lastIndex;
    }
    let name = tidy(s.slice(0, num.index));
    let rest = tidy(s.slice(end));
    // City first: "Krasnystaw, ul. Lubelska 12/4" / "Warszawa al. Jerozolimskie 100".
    const cityFirst =
      /^(.+?)[\s,]+((?:ul\.?|ulica|al\.?|aleja|os\.?|osiedle|pl\.?|plac)\s+.+)$/i.exec(name) ?? /^(.+?)[\s,]+(?:na|przy)\s+(.+)$/i.exec(name);
    if (cityFirst && !rest) {
      rest = tidy(cityFirst[1]);
      name = tidy(cityFirst[2]);
    }
    if (name) {
      const hasPrefix = STREET_PREFIX.test(name);
      const streetName = name.replace(STREET_PREFIX, '');
      street = `${streetName} ${house}`;
      // "… 7 w Krasnymstawie": the preposition is not part of the town's name (the inflected form stays as said).
      city = rest.replace(/^(w|we|z|ze|gmina|gm\.?|miejscowosc|miejscowość|miasto)\s+/i, '') || null;
      // A village without streets: "Łopiennik Górny 45" — the locality is also the city.
      if (!city && !hasPrefix && !KEEP_PREFIX.test(name) && !looksLikeStreet(streetName)) city = streetName;
    } else {
      street = rest ? null : house;
      city = rest || null;
    }
  } else {
    city = tidy(s) || null;
  }
  if (!street && !city && !postalCode) return undefined;
  return { street, postalCode, city };
}

function tidy(s: string): string {
  return s.replace(/^[\s,.;:-]+|[\s,.;:-]+$/g, '').replace(/\s*,\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

// Street names are mostly genitive surnames/adjectives ("Piłsudskiego", "Lubelska", "3 Maja"); a
// village name is usually nominative. Only the clear street shapes count here.
function looksLikeStreet(name: string): boolean {
  const f = foldDiacritics(name.toLowerCase());
  return /(ego|skiej|ckiej|iej|ów)$/.test(f) || /\b(ul|ulica|al|aleja|os|osiedle|pl|plac)\b/.test(f) || /^\d/.test(f);
}

/** Number words in a dictated address become digits; the 2+3 digits of a postal code are joined. */
function spokenNumbersToDigits(s: string): string {
  const nums = numbersIn(s).filter((t) => t.kind === 'words' && !t.collective);
  if (!nums.length) return s;
  const runs = digitRuns(s, numbersIn(s));
  let out = '';
  let pos = 0;
  for (const r of runs) {
    if (!r.tokens.some((t) => t.kind === 'words')) continue;
    // A run of five digits read as "dwadzieścia dwa trzysta" is a postal code; other runs stay separate numbers.
    let repl = r.tokens.map((t) => t.digits).join(' ');
    for (let k = r.tokens.length - 2; k >= 0; k--) {
      const tail = r.tokens.slice(k);
      const digits = tail.map((t) => t.digits).join('');
      if (digits.length === 5 && tail[tail.length - 1].digits.length === 3) {
        repl = [...r.tokens.slice(0, k).map((t) => t.digits), `${digits.slice(0, 2)}-${digits.slice(2)}`].join(' ');
        break;
      }
      if (digits.length > 5) break;
    }
    out += s.slice(pos, r.start) + repl;
    pos = r.end;
  }
  return out + s.slice(pos);
}
