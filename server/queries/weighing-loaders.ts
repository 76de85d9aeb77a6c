/**
 * Per-request DataLoaders of the weighing fields (Claim.interest, Claim.supportedBy, Edge.support): a
 * list of claims or edges asking for them costs one store call per field, not one per item.
 */
import DataLoader from 'dataloader';
import { batchAfterYields } from '../graphql/limits/bounded-schema';
import type { Claim } from '../../domain/graph-types';
import { LIMITS } from '../../domain/limits';
import type { ClaimInterest, EdgeSupport } from '../../domain/weighing';
import type { GraphStore } from '../store/graph-store';
import { parseClaimInterestArguments } from './claim-interest/arguments';
import { parseSupportedByArguments } from './claim-supported-by/arguments';
import { parseEdgeSupportArguments } from './edge-support/arguments';

export interface WeighingLoaders {
  interest: DataLoader<string, ClaimInterest | null>;
  supportedBy: DataLoader<string, Claim[]>;
  edgeSupport: DataLoader<string, EdgeSupport | null>;
}

const options = { maxBatchSize: LIMITS.MAX_BATCH_IDS, batchScheduleFn: batchAfterYields };

export function createWeighingLoaders({ store }: { store: GraphStore }): WeighingLoaders {
  return {
    interest: new DataLoader((ids) => store.claimInterest({ ids: parseClaimInterestArguments({ ids }) }), options),
    supportedBy: new DataLoader((ids) => store.claimsSupporting({ ids: parseSupportedByArguments({ ids }) }), options),
    edgeSupport: new DataLoader((ids) => store.edgeSupport({ ids: parseEdgeSupportArguments({ ids }) }), options),
  };
}
