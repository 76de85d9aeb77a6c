/**
 * Draws fact edges by their support: asks `support` of every fact edge the explorer holds (batches of 100,
 * the API's cap), then marks them with the classes of support-class.ts. Renders nothing itself.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import { useClient } from 'urql';
import { isFactRelationshipType } from '../../../domain/vocabulary';
import { DOCUMENTS } from '../api/graphql-documents';
import type { EdgeSupportQuery, EdgeSupportQueryVariables } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import { idsBySupportClass, SUPPORT_CLASSES, type SupportClass } from './support-class';
import { useCyClasses } from './use-cy-classes';

const BATCH = 100;
const EMPTY: Record<SupportClass, Set<string>> = {
  [SUPPORT_CLASSES.selfOnly]: new Set(),
  [SUPPORT_CLASSES.corroborated]: new Set(),
};

export function EdgeSupportLayer({ cy }: { cy: Core | null }) {
  const client = useClient();
  const { state } = useExplorer();
  const factIds = useMemo(
    () =>
      Object.values(state.edges)
        .filter((e) => isFactRelationshipType(e.type))
        .map((e) => e.id)
        .sort(),
    [state.edges],
  );
  const [classes, setClasses] = useState(EMPTY);
  useEffect(() => {
    let cancelled = false;
    const batches: string[][] = [];
    for (let i = 0; i < factIds.length; i += BATCH) batches.push(factIds.slice(i, i + BATCH));
    void Promise.all(
      batches.map((ids) =>
        client.query<EdgeSupportQuery, EdgeSupportQueryVariables>(DOCUMENTS.EdgeSupport, { ids }).toPromise(),
      ),
    ).then((results) => {
      if (cancelled) return;
      // A failed batch leaves its edges plain: the drawing is a hint, the evidence panel has the facts.
      setClasses(idsBySupportClass({ edges: results.flatMap((r) => r.data?.edges ?? []) }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, factIds]);
  useCyClasses({ cy, className: SUPPORT_CLASSES.selfOnly, ids: classes[SUPPORT_CLASSES.selfOnly] });
  useCyClasses({ cy, className: SUPPORT_CLASSES.corroborated, ids: classes[SUPPORT_CLASSES.corroborated] });
  return null;
}
