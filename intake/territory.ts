import type { CentreConfig } from '../config';
import { foldDiacritics } from '../nlu';
import type { Address } from './record';

const fold = (s: string) => foldDiacritics(s.toLowerCase().normalize('NFC')).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Whether an address lies in the centre's gmina: true / false, or null when the address says too
 * little. "Outside" only on a postal code that is not the gmina's: a street or a town we do not know
 * proves nothing, and telling someone to go elsewhere by mistake turns them away.
 */
export function insideTerritory(config: CentreConfig, address: Address | null): boolean | null {
  if (!address) return null;
  const { postalCodes, towns } = config.territory;
  if (address.postalCode && postalCodes.length > 0) {
    if (postalCodes.includes(address.postalCode)) return true;
  }
  const place = fold([address.city, address.street].filter(Boolean).join(' '));
  if (place && towns.some((t) => new RegExp(`(^| )${fold(t)}( |$)`).test(place))) return true;
  if (address.postalCode && postalCodes.length > 0) return false;
  return null;
}
