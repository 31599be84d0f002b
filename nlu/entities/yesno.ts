import type { YesNo } from '../types';

// Matched on the cleaned, folded text with fillers kept: "no" alone and "no tak" are a colloquial yes.
const DONT_KNOW =
  /^(no |yyy |hmm |eee )?(nie wiem|nie mam pojecia|nie pamietam|trudno (mi )?powiedziec|ciezko (mi )?powiedziec|nie jestem pewn\w*|sam(a)? nie wiem|nie wiem nawet|to zalezy|moze|chyba nie wiem|nie mam zielonego pojecia|kto to wie|bo ja wiem|albo ja wiem|nie potrafie powiedziec)\b/;
const NO =
  /^(no |yyy |eee |oj |ojej |alez )?(nie+|niee+|no nie|raczej nie|chyba nie|nie nie|absolutnie nie|w zadnym wypadku|nigdy|nie zgadzam sie|nie zgadza sie|nie chce|nie dziekuje|nie trzeba|skad|nieprawda|nope|no|nein|ni|nie bardzo|wcale nie|zdecydowanie nie|nie zgoda|nie potwierdzam|to nie|niet)\b/;
const YES =
  /^(no |yyy |eee |a |oj |ojej )?(tak+|taak|no tak|no|noo+|no pewnie|jasne|pewnie|pewno|oczywiscie|zgadza sie|zgadzam sie|dobrze|dobra|ok|okej|okey|okay|oki|zgoda|potwierdzam|tak jest|owszem|mhm|aha|yhm|racja|dokladnie|wlasnie tak|raczej tak|chyba tak|a jak|no ba|jak najbardziej|poprosze|chce|chcialabym|chcialbym|prawda|zgadzam|tak tak|tak jest|yes|da|si|naturalnie|bez watpienia|a jakze|no jasne|no raczej|super|swietnie|dokladnie tak|potwierdzam tak|zgodnie)\b/;

export function findYesNo(raw: string): YesNo | undefined {
  const t = raw.trim();
  if (!t) return undefined;
  if (DONT_KNOW.test(t)) return 'dont_know';
  // "no nie", "nie no jasne" — the first clear word decides, except the idiom "nie no, jasne/pewnie" (= yes).
  if (/^nie no (jasne|pewnie|oczywiscie|tak)\b/.test(t)) return 'yes';
  // "jasne, że nie", "oczywiście że nie", "pewnie że nie" (sarcastic or emphatic no).
  if (/^(no )?(jasne|pewnie|oczywiscie|no pewnie|chyba|raczej) (ze )?nie\b/.test(t)) return 'no';
  if (/^no (nie|raczej nie|chyba nie)\b/.test(t)) return 'no';
  // "no" as English "no" only when it is the whole answer in an otherwise English reply is too risky: in Polish it is a yes.
  if (/^(no+|no tak|no pewnie|no jasne)$/.test(t)) return 'yes';
  if (/^(nie+|ni)\b/.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  if (NO.test(t)) return 'no';
  return undefined;
}
