/**
 * Quotation spans: straight and curly double quotes, single curly quotes (‘…’ not mistaken for
 * apostrophes), and quotes continued over paragraphs (a paragraph that ends inside a quote and a
 * next paragraph that opens with a quotation mark, the newspaper convention).
 */
import type { Paragraph } from './segmentation';
import type { Span } from './draft-types';

export interface QuoteSpan extends Span {
  /** The words inside the marks, trimmed. */
  inner: Span;
  paragraph: number;
  /** Index (in the returned list) of the piece this one continues, from the previous paragraph. */
  continues: number | null;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

const OPENERS: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '‘': ['’', "'"], '«': ['»'] };
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function findQuotes({ text, paragraphs }: { text: string; paragraphs: Paragraph[] }): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAtParagraphEnd: number | null = null;
  for (const p of paragraphs) {
    const carried = openAtParagraphEnd;
    openAtParagraphEnd = null;
    let i = p.start;
    while (i < p.end) {
      const c = text[i]!;
      const closers = OPENERS[c];
      // A straight or single mark opens only at a word start (not "rock 'n' roll" or "Lee's").
      if (!closers || isWordChar(text[i - 1]) || !(isWordChar(text[i + 1]) || /[.…([$£€\d]/.test(text[i + 1] ?? ''))) {
        i += 1;
        continue;
      }
      let close = -1;
      for (let j = i + 1; j < p.end; j++) {
        const d = text[j]!;
        // A closing single mark followed by a letter is an apostrophe (aren’t, Kling’s).
        if (closers.includes(d) && !(d === '’' || d === "'" ? isWordChar(text[j + 1]) : false)) {
          close = j;
          break;
        }
      }
      const end = close === -1 ? p.end : close + 1;
      const innerRaw = { start: i + 1, end: close === -1 ? p.end : close };
      const inner = trimSpan({ text, span: innerRaw });
      const continues = i === p.start && carried !== null ? carried : null;
      if (inner.end > inner.start) {
        quotes.push({ start: i, end, inner, paragraph: p.index, continues, closed: close !== -1 });
        if (close === -1 && c !== '‘') openAtParagraphEnd = quotes.length - 1;
      }
      i = end;
    }
  }
  return quotes;
}

function trimSpan({ text, span }: { text: string; span: Span }): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
