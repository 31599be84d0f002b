import type { Translate } from '../bot/i18n';
import type { CentreConfig } from '../config';
import type { InformationTopic } from '../nlu';

/** Answers an information-only question from the centre's configuration. */
export function answerInformation(topic: InformationTopic | null, c: CentreConfig, t: Translate): string {
  const room = c.firstContact.room ? t('problem.infoRoom', { room: c.firstContact.room }) : '';
  const address = `${c.address.street}, ${c.address.postalCode} ${c.address.city}`;
  switch (topic) {
    case 'opening_hours':
      return t('problem.infoHours', { hours: c.openingHours.text });
    case 'address':
      return t('problem.infoAddress', { centreName: c.name, address, room }).trim();
    case 'contact_phone':
      return t('problem.infoPhone', { phone: c.phone, hours: c.openingHours.text });
    case null:
      break;
    default: {
      const text = c.information[topic];
      if (text) return text;
    }
  }
  return t('problem.infoGeneric', {
    phone: c.phone,
    room: c.firstContact.room ? `pokój ${c.firstContact.room}, ` : '',
    hours: c.openingHours.text,
  });
}
