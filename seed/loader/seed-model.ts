/**
 * What the reader hands to the validation rules: every file shape-checked, item by item, each
 * item still able to point at its line. Nothing here is cross-checked yet.
 */
import type { ClaimsFile, EntitiesFile, RelationshipsFile, SourceFile, TopicsFile } from '../format/seed-file-schemas';
import type { LocatedItem } from './shape-check';

export type TopicItem = TopicsFile[number];
export type EntityItem = EntitiesFile[number];
export type ClaimItem = ClaimsFile[number];
export type RelationshipItem = RelationshipsFile[number];

export interface SourceFolder {
  /** The folder name under sources/, which must equal source.yaml's id. */
  folder: string;
  /** Relative to the seed directory: `sources/<folder>`. */
  dir: string;
  /** null when source.yaml is missing or malformed (already reported). */
  source: LocatedItem<SourceFile> | null;
  /** text.txt decoded as UTF-8, byte for byte; null when missing or undecodable (already reported). */
  text: string | null;
  entities: LocatedItem<EntityItem>[];
  claims: LocatedItem<ClaimItem>[];
  relationships: LocatedItem<RelationshipItem>[];
}

export interface SeedModel {
  topics: LocatedItem<TopicItem>[];
  /** Sorted by folder name, which fixes the merge order of shared entities. */
  folders: SourceFolder[];
  /**
   * Ids of items that failed their shape check. They are known to exist, so references to them
   * are not reported a second time as "unknown".
   */
  invalidIds: { entities: Set<string>; claims: Set<string>; topics: Set<string> };
  /**
   * Kinds with a whole file unreadable (YAML syntax, not a list): any id of that kind may be
   * defined there, so "unknown id" checks for it are skipped until the file is fixed.
   */
  unreadable: Set<'topics' | 'entities' | 'claims'>;
}
