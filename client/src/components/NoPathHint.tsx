/**
 * "No connection within 6 steps" is only about relationships; two entities may still meet
 * through what people said (a claim by one about the other). Asks that question too and, when
 * the answer is yes, says so and offers the path.
 */
import { useQuery } from 'urql';
import { LIMITS } from '../../../domain/limits';
import { DOCUMENTS } from '../api/graphql-documents';
import type { ShortestPathsQuery, ShortestPathsQueryVariables } from '../graphql/generated';

export function NoPathHint({ from, to, onShow }: { from: string; to: string; onShow: () => void }) {
  const [result] = useQuery<ShortestPathsQuery, ShortestPathsQueryVariables>({
    query: DOCUMENTS.ShortestPaths,
    variables: { from, to, viaClaims: true, maxHops: LIMITS.MAX_HOPS },
  });
  const found = result.data?.paths[0];
  if (result.fetching) return <p className="loading">Looking for a connection through claims…</p>;
  if (!found) return null;
  return (
    <p className="path-hint" role="status">
      There is one through what people said ({found.edges.length} steps).{' '}
      <button type="button" onClick={onShow}>
        Show the path through claims
      </button>
    </p>
  );
}
