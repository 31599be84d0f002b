/**
 * Reads the text of an uncompressed pdfkit PDF: every ToUnicode CMap (one per embedded font subset)
 * and every hex string shown with TJ. Each text run is decoded with each font's map; a word written
 * in one font reads right in that font's decoding, which is all the tests need.
 */
export function pdfTexts(pdf: Buffer): string[] {
  const s = pdf.toString('latin1');
  const maps: Map<number, string>[] = [];
  for (const m of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const map = new Map<number, string>();
    for (const r of m[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const start = parseInt(r[1], 16);
      [...r[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => map.set(start + i, String.fromCharCode(parseInt(u[1], 16))));
    }
    maps.push(map);
  }
  // Line by line with a linear pattern: a font program in the same file must not make the regex backtrack.
  const runs = s
    .split('\n')
    .filter((line) => line.startsWith('[<') && line.endsWith('] TJ'))
    .map((line) => [...line.matchAll(/<([0-9a-f]*)>/gi)].map((x) => x[1]).join(''));
  return maps.map((map) => runs.map((hex) => hex.match(/.{4}/g)?.map((g) => map.get(parseInt(g, 16)) ?? '?').join('') ?? '').join('\n'));
}
