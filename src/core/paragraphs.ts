/**
 * Paragraph repair. STUB: the segmenter work replaces the body, keeping the signature.
 *
 * `blocks` are the body pieces of one article in reading order, as they stand in the source
 * (one string per source line or per blank-line-separated block). Returns clean paragraphs:
 * blocks broken mid-sentence joined back (even mid-word), spaces inserted between CJK
 * characters removed, hyphenated English line ends joined.
 */
export function repairParagraphs(blocks: string[]): string[] {
  return blocks.map((b) => b.trim()).filter((b) => b.length > 0);
}
