import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { CentreConfig } from '../config';
import type { IntakeRecord } from '../intake';
import type { Note } from '../storage/noteRepository';
import { teamName } from './access';
import { wt } from './i18n';
import { deadlineOf } from './review';

const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * The printable intake card (karta zgłoszenia) for the paper file. DejaVu Sans is embedded so Polish
 * letters print right on any printer; `compress: false` is for tests that read the PDF's text.
 */
export function intakeCardPdf(
  record: IntakeRecord,
  notes: Note[],
  config: CentreConfig,
  opts: { printedBy: string; now: Date; compress?: boolean },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: opts.compress ?? true,
    info: { Title: `${wt('card.title')} ${record.reference}`, Author: config.name, Creator: 'Pierwszy Kontakt' },
  });
  doc.registerFont('body', path.join(FONTS, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONTS, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const none = wt('card.none');
  const v = (x: unknown) => (x === null || x === undefined || x === '' ? none : String(x));
  const date = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : none);
  const a = record.applicant;
  const addr = a.address ? [a.address.street, [a.address.postalCode, a.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : null;
  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('body').text(value);
  };
  const section = (title: string) => {
    doc.moveDown(0.6).font('bold').fontSize(12).text(title).moveDown(0.2);
  };

  doc.font('body').fontSize(9).text(config.name);
  doc.moveDown(0.5).font('bold').fontSize(18).text(`${wt('card.title')} – ${wt('card.heading', { reference: record.reference })}`);
  if (record.urgency.urgent) {
    doc.moveDown(0.2).font('bold').fontSize(14).fillColor('#b00020').text(`${wt('card.urgent')}: ${record.urgency.flags.map((f) => wt(`flag.${f}`)).join(', ')}`).fillColor('black');
  }
  doc.moveDown(0.5);
  row(wt('card.created'), date(record.createdAt));
  row(wt('card.channel'), wt(`channel.${record.channel}`));
  row(wt('card.status'), wt(`status.${record.status}`));
  row(wt('card.team'), teamName(config, record.team));
  row(wt('card.deadline'), date(deadlineOf(record, config)));

  section(wt('card.applicant'));
  row(wt('card.name'), v([a.firstName, a.lastName].filter(Boolean).join(' ')));
  row(wt('card.pesel'), v(a.pesel));
  row(wt('card.birthDate'), date(a.birthDate));
  row(wt('card.phone'), v(a.phone));
  row(wt('card.address'), v(addr));
  row(wt('card.household'), v(record.household.size));
  row(wt('card.income'), `${v(record.income.monthlyNet)} zł / ${v(record.income.perPerson)} zł`);
  row(wt('card.criterion'), `${v(record.income.criterion)} zł`);
  if (record.reporter && record.reporter !== 'self') {
    const rc = record.reporterContact;
    row(wt('card.reporter'), v([rc?.name, rc?.relation, rc?.phone].filter(Boolean).join(', ')));
  }
  row(wt('card.consent'), record.consent.informed ? `tak (${date(record.consent.at)})` : 'nie');

  section(wt('card.problem'));
  row(wt('card.category'), `${wt(`category.${record.problem.category}`)} (${Math.round(record.problem.confidence * 100)}%)`);
  doc.font('body').fontSize(10).text(v(record.problem.description));

  if (notes.length) {
    section(wt('card.notes'));
    for (const n of notes) doc.font('body').fontSize(9).text(`${date(n.at)} ${n.author}: ${n.text}`);
  }
  doc.moveDown(1.5).font('body').fontSize(8).fillColor('#444').text(wt('card.printed', { at: opts.now.toISOString().slice(0, 16).replace('T', ' '), login: opts.printedBy }));
  doc.end();
  return done;
}
