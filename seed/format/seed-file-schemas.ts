/**
 * The shape of every human-edited seed file (YAML). One folder per source document:
 *
 *   seed/topics.yaml                       topics and their stances, shared by all sources
 *   seed/sources/<source-id>/source.yaml   metadata of the document
 *   seed/sources/<source-id>/text.txt      the document, byte for byte
 *   seed/sources/<source-id>/entities.yaml entities named in it, each with >= 1 verbatim mention
 *   seed/sources/<source-id>/claims.yaml   claims: speaker, subjects, verbatim quote with offsets
 *   seed/sources/<source-id>/relationships.yaml  fact edges, each naming the claims asserting it
 *
 * Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive:
 * text.slice(start, end) === quote. `npm run seed:locate` fills them in from the quote.
 * These schemas check shape only; cross-file rules live in seed/validation/.
 */
import { z } from 'zod';
import { CLAIM_KINDS, DATE_PRECISIONS, ENTITY_TYPES, FACT_RELATIONSHIP_TYPES } from '../../domain/vocabulary';

/** Lower-case slug; never contains `--`, which separates the parts of edge ids. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "sensenova-5-5" (letters, digits, single dashes)');

const offset = z.number().int().nonnegative();

/**
 * Written by the curation API (server/mutations) on every record it writes: the write token's name
 * and an ISO timestamp. Hand-edited records may leave them out.
 */
const curated = {
  curatedBy: z.string().min(1).optional(),
  curatedAt: z.string().datetime({ offset: true }).optional(),
};

/**
 * Who vouches for a record: `proposed` records were written by the extractor (`npm run ingest`)
 * and await a curator; `accepted` (the meaning of a missing field) were written or checked by one.
 */
export const REVIEW_STATES = ['proposed', 'accepted'] as const;
const review = z.enum(REVIEW_STATES).optional();

/** A verbatim piece of the folder's text.txt. start/end may be omitted until `npm run seed:locate` fills them. */
/**
 * Which match of the quote is meant (1 = first) when it occurs several times in text.txt and
 * start/end are omitted; `npm run seed:locate` and the loader both honour it.
 */
const occurrence = z.number().int().positive().optional();

export const spanSchema = z.strictObject({
  quote: z.string().min(1),
  start: offset.optional(),
  end: offset.optional(),
  occurrence,
});

export const sourceFileSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1).nullable().default(null),
  url: z.string().url().nullable().default(null),
  /** ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD) or null when unknown. */
  publishedAt: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .default(null),
  /** Entity id of the author; the author is the speaker of AUTHOR_ASSERTION claims. */
  author: slug.nullable().default(null),
  /** Free text for curators: how the document was obtained, what was left out. */
  notes: z.string().optional(),
  /** Bumped by every curation write; absent means 1 (a hand-written folder). */
  version: z.number().int().positive().optional(),
  ...curated,
});

export const topicsFileSchema = z.array(
  z.strictObject({
    id: slug,
    name: z.string().min(1),
    description: z.string().min(1),
    stances: z.array(z.strictObject({ id: slug, label: z.string().min(1) })).min(2),
  }),
);

export const entitiesFileSchema = z.array(
  z.strictObject({
    id: slug,
    type: z.enum(ENTITY_TYPES),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Short description, taken from the text. */
    description: z.string().min(1),
    /**
     * Where this document names it. At least one, except for a source's author, whom a text may
     * never name (checked across files in seed/validation/mention-rules.ts).
     */
    mentions: z.array(spanSchema).default([]),
    review,
    ...curated,
  }),
);

export const dateSchema = z.strictObject({
  text: z.string().min(1),
  iso: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .default(null),
  precision: z.enum(DATE_PRECISIONS),
  basis: z.enum(['STATED', 'INFERRED_FROM_PUBLICATION', 'UNKNOWN_YEAR']),
});

export const figureSchema = z.strictObject({
  measure: z.string().min(1),
  label: z.string().min(1),
  value: z.number().finite(),
  unit: z.string().min(1),
  chart: slug.nullable().default(null),
  isLowerBound: z.boolean().default(false),
});

export const claimsFileSchema = z.array(
  z.strictObject({
    id: slug,
    /** Entity id of whoever asserts it (the author for AUTHOR_ASSERTION). */
    speaker: slug,
    /** Entity ids the claim is about (>= 1). */
    about: z.array(slug).min(1),
    quote: z.string().min(1),
    start: offset.optional(),
    end: offset.optional(),
    occurrence,
    summary: z.string().min(1),
    kind: z.enum(CLAIM_KINDS),
    date: dateSchema.nullable().default(null),
    topic: slug.nullable().default(null),
    stance: slug.nullable().default(null),
    figures: z.array(figureSchema).default([]),
    /** Claim ids (any source) this claim agrees with / conflicts with. */
    supports: z.array(slug).default([]),
    contradicts: z.array(slug).default([]),
    review,
    ...curated,
  }),
);

export const relationshipsFileSchema = z.array(
  z.strictObject({
    type: z.enum(FACT_RELATIONSHIP_TYPES),
    from: slug,
    to: slug,
    /** WORKS_AT/LEADS role, OUTPERFORMS criteria, ... */
    role: z.string().min(1).nullable().default(null),
    /** Claim ids asserting this fact (>= 1). */
    claims: z.array(slug).min(1),
    review,
    ...curated,
  }),
);

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
export type RelationshipsFile = z.infer<typeof relationshipsFileSchema>;
