/**
 * Adds the weighing resolvers (server/queries/<query>/resolver.ts) to the schema's resolver map, merging
 * per type so `Claim`, `Edge` and `Query` keep the fields their own files define.
 */
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { claimInterestResolvers } from './claim-interest/resolver';
import { supportedByResolvers } from './claim-supported-by/resolver';
import { disputesResolvers } from './disputes/resolver';
import { edgeSupportResolvers } from './edge-support/resolver';
import { speakerProfileResolvers } from './speaker-profile/resolver';
import { timelineResolvers } from './timeline/resolver';
import { edgesByIdResolvers } from './edges-by-id/resolver';

const PARTS: Resolvers[] = [
  claimInterestResolvers,
  supportedByResolvers,
  edgeSupportResolvers,
  disputesResolvers,
  timelineResolvers,
  speakerProfileResolvers,
  edgesByIdResolvers,
];

export function withWeighingResolvers({ resolvers }: { resolvers: Resolvers }): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of [resolvers, ...PARTS]) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}
