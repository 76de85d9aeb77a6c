/**
 * Bounds on every query, shared by both adapters so they reject the same arguments with the
 * same messages. The GraphQL layer re-exports these numbers in its documentation.
 */
import {
  CLAIM_KINDS,
  ENTITY_TYPES,
  FACT_RELATIONSHIP_TYPES,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
  type EntityType,
  type NodeType,
  type RelationshipType,
} from '../../domain/vocabulary';
import { InvalidArgumentError } from './store-errors';
import { DEFAULT_NEIGHBOURHOOD_NODES, DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS, LIMITS } from '../../domain/limits';

export { DEFAULT_NEIGHBOURHOOD_NODES, DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS, LIMITS };

export function intInRange({
  argument,
  value,
  min,
  max,
  fallback,
}: {
  argument: string;
  value: number | null | undefined;
  min: number;
  max: number;
  fallback: number;
}): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function oneOf<T extends string>({
  argument,
  values,
  allowed,
}: {
  argument: string;
  values: readonly string[] | null | undefined;
  allowed: readonly T[];
}): T[] | undefined {
  if (values === undefined || values === null) return undefined;
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(argument, `unknown value(s) ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`);
  }
  return [...new Set(values)] as T[];
}

export const checkEntityTypes = (argument: string, values: readonly string[] | null | undefined) =>
  oneOf<EntityType>({ argument, values, allowed: ENTITY_TYPES });
export const checkNodeTypes = (argument: string, values: readonly string[] | null | undefined) =>
  oneOf<NodeType>({ argument, values, allowed: NODE_TYPES });
export const checkRelationshipTypes = (argument: string, values: readonly string[] | null | undefined) =>
  oneOf<RelationshipType>({ argument, values, allowed: RELATIONSHIP_TYPES });
export const checkClaimKind = (argument: string, value: string | null | undefined) =>
  value === undefined || value === null ? undefined : oneOf({ argument, values: [value], allowed: CLAIM_KINDS })![0];

export const checkFactEdgesPerEntity = (value: number | null | undefined) =>
  intInRange({
    argument: 'limitPerEntity',
    value,
    min: 1,
    max: LIMITS.MAX_FACT_EDGES_PER_ENTITY,
    fallback: LIMITS.MAX_FACT_EDGES_PER_ENTITY,
  });

export function checkIdList({ argument, ids, max }: { argument: string; ids: readonly string[]; max: number }): string[] {
  if (ids.length > max) throw new InvalidArgumentError(argument, `at most ${max} ids, got ${ids.length}`);
  return [...ids];
}

export function checkText({ argument, text }: { argument: string; text: string }): string {
  if (text.length > LIMITS.MAX_TEXT_LENGTH) {
    throw new InvalidArgumentError(argument, `at most ${LIMITS.MAX_TEXT_LENGTH} characters, got ${text.length}`);
  }
  return text;
}
