/**
 * Paragraphs (one per line) and sentences with exact offsets. Sentence boundaries come from
 * compromise; a quotation that runs over several sentences keeps them in one "block", so the
 * attribution rules see the quote and its "…,” she said" together.
 */
import nlp from 'compromise';
import type { Span } from './draft-types';

export interface Paragraph extends Span {
  index: number;
  /** A heading: short, no final punctuation (its words are not claims). */
  isHeading: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
}

export function splitParagraphs({ text }: { text: string }): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: start + body.length,
      isHeading: isHeading({ line: body }),
    });
  }
  return paragraphs;
}

function isHeading({ line }: { line: string }): boolean {
  const words = line.split(/\s+/).length;
  return words <= 14 && !/[.!”"’':;)]$/.test(line);
}

export function splitSentences({ text, paragraph }: { text: string; paragraph: Paragraph }): Sentence[] {
  const body = text.slice(paragraph.start, paragraph.end);
  if (paragraph.isHeading) return [{ start: paragraph.start, end: paragraph.end, paragraph: paragraph.index }];
  const found = nlp(body).sentences().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const s of found) {
    // compromise offsets are trusted only as cut points; every character of the paragraph belongs to a sentence.
    const end = Math.min(body.length, Math.max(cursor, s.offset.start + s.offset.length));
    if (end > cursor)
      sentences.push(trim({ body, start: cursor, end, base: paragraph.start, paragraph: paragraph.index }));
    cursor = end;
  }
  if (cursor < body.length)
    sentences.push(trim({ body, start: cursor, end: body.length, base: paragraph.start, paragraph: paragraph.index }));
  return sentences.filter((s) => s.end > s.start);
}

function trim({
  body,
  start,
  end,
  base,
  paragraph,
}: {
  body: string;
  start: number;
  end: number;
  base: number;
  paragraph: number;
}): Sentence {
  const piece = body.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  return { start: base + start + lead, end: base + end - trail, paragraph };
}

/** Joins consecutive sentences of one paragraph that a quotation spans. */
export function blocksOf({ sentences, quotes }: { sentences: Sentence[]; quotes: Span[] }): Sentence[] {
  const blocks: Sentence[] = [];
  for (const sentence of sentences) {
    const last = blocks[blocks.length - 1];
    const joined =
      last && last.paragraph === sentence.paragraph && quotes.some((q) => q.start < last.end && q.end > sentence.start);
    if (joined) last.end = sentence.end;
    else blocks.push({ ...sentence });
  }
  return blocks;
}
