/**
 * What the extractor produces: one source folder in the seed format, every record marked
 * `review: proposed`, plus what it could not decide (for the CLI summary and the bench).
 * Pure data; seed/ingest/to-seed-yaml.ts turns it into files.
 */
import type { ClaimKind, EntityType, FactRelationshipType } from '../../domain/vocabulary';
import type { ClaimDate, Figure } from '../../domain/graph-types';

export interface IngestMeta {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt: string | null;
  authorName: string | null;
}

/** An entity already in the seed root, matched by name or alias so a new article joins the graph. */
export interface ExistingEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface ExistingSeed {
  entities: ExistingEntity[];
  /** Every entity, claim and source id in the seed root (they share one id space). */
  takenIds: ReadonlySet<string>;
}

export interface Span {
  start: number;
  end: number;
}

export interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string;
  /** Verbatim spans of this text; empty only for an author the text never names. */
  mentions: (Span & { quote: string })[];
  /** True when the id was not in the seed root before. */
  isNew: boolean;
}

/** Which attribution rule decided a claim's speaker (for tests, the summary and error analysis). */
export type AttributionRule =
  | 'quote-then-said-name'
  | 'quote-then-name-said'
  | 'name-said-colon-quote'
  | 'quote-then-pronoun-said'
  | 'quote-then-role-said'
  | 'quote-in-attributed-paragraph'
  | 'quote-continued'
  | 'reported-name-said'
  | 'reported-name-who-said'
  | 'reported-pronoun-said'
  | 'reported-role-said'
  | 'reported-spokesperson-said'
  | 'according-to'
  | 'author';

export interface DraftClaim extends Span {
  id: string;
  speaker: string;
  about: string[];
  quote: string;
  summary: string;
  kind: ClaimKind;
  date: ClaimDate | null;
  figures: Figure[];
  rule: AttributionRule;
}

export interface DraftRelationship {
  type: FactRelationshipType;
  from: string;
  to: string;
  role: string | null;
  claims: string[];
}

export interface SeedFolderDraft {
  source: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
    author: string;
    notes: string;
  };
  text: string;
  entities: DraftEntity[];
  claims: DraftClaim[];
  relationships: DraftRelationship[];
  /** Sentences holding quotation marks whose speaker no rule found (their quotes are not claims). */
  unattributedQuotes: (Span & { text: string })[];
}
