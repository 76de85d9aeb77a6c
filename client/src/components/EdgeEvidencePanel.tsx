/**
 * The evidence behind one edge: the relationship and each supporting claim's quote and speaker.
 * SAID_ABOUT edges exist only in the client (claims hidden), so their evidence comes from the
 * claim cache rather than the API.
 */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import { toClaimView } from '../api/to-view';
import type { EdgeEvidenceQuery, EdgeEvidenceQueryVariables } from '../graphql/generated';
import { isDerivedEdgeId } from '../graph/visible-graph';
import { useExplorer } from '../state/explorer-context';
import type { ClaimView } from '../state/graph-model';
import { ClaimQuote } from './ClaimQuote';

function EvidenceView({
  type,
  role,
  from,
  to,
  claims,
}: {
  type: string;
  role: string | null;
  from: { id: string; label: string };
  to: { id: string; label: string };
  claims: ClaimView[];
}) {
  const { actions } = useExplorer();
  return (
    <article className="edge-evidence">
      <h2>{type}</h2>
      <p className="edge-ends">
        <button type="button" className="link" onClick={() => actions.showNode(from.id)}>
          {from.label}
        </button>{' '}
        —{type}→{' '}
        <button type="button" className="link" onClick={() => actions.showNode(to.id)}>
          {to.label}
        </button>
        {role && <span className="edge-role"> ({role})</span>}
      </p>
      <h3>Evidence ({claims.length})</h3>
      {claims.length === 0 && <p className="empty">No claim supports this edge.</p>}
      {claims.map((claim) => (
        <ClaimQuote
          key={claim.id}
          claim={claim}
          onShowInArticle={actions.showInArticle}
          onSelectClaim={actions.selectClaim}
          onSelectSpeaker={actions.showNode}
        />
      ))}
    </article>
  );
}

function DerivedEdgeEvidence({ edgeId }: { edgeId: string }) {
  const { state } = useExplorer();
  const [fromId, , toId] = edgeId.split('--');
  const claims = Object.values(state.claims).filter(
    (c) => c.speaker.id === fromId && c.subjects.some((s) => s.id === toId),
  );
  const label = (id: string) => ({ id, label: state.nodes[id]?.label ?? id });
  return <EvidenceView type="SAID_ABOUT" role={null} from={label(fromId)} to={label(toId)} claims={claims} />;
}

function StoredEdgeEvidence({ edgeId }: { edgeId: string }) {
  const [result] = useQuery<EdgeEvidenceQuery, EdgeEvidenceQueryVariables>({
    query: DOCUMENTS.EdgeEvidence,
    variables: { edgeId },
  });
  if (result.fetching && !result.data) return <p className="loading">Loading evidence…</p>;
  if (result.error) return <p role="status">Could not load evidence: {result.error.message}</p>;
  const evidence = result.data?.edgeEvidence;
  if (!evidence) return <p>No edge with id “{edgeId}”.</p>;
  return (
    <EvidenceView
      type={evidence.edge.type}
      role={evidence.edge.role}
      from={evidence.fromNode}
      to={evidence.toNode}
      claims={evidence.claims.map(toClaimView)}
    />
  );
}

export function EdgeEvidencePanel({ edgeId }: { edgeId: string }) {
  return isDerivedEdgeId(edgeId) ? <DerivedEdgeEvidence edgeId={edgeId} /> : <StoredEdgeEvidence edgeId={edgeId} />;
}
