/** Later review: the claims still proposed (claims(filter: { reviewed: false })), accepted or rejected in place. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LIMITS } from '../../../domain/limits';
import { CURATION_OPERATIONS, type ReviewDecision } from './curation-operations';
import { createWriteClient, runWrite } from './write-client';

interface Row {
  id: string;
  summary: string;
  quote: string;
  kind: string;
  speaker: { id: string; name: string };
  subjects: { id: string; name: string }[];
  source: { id: string; title: string };
}

type View = { kind: 'loading' } | { kind: 'ready'; rows: Row[]; total: number } | { kind: 'failed'; message: string };

export function UnreviewedClaims({ token, onClose }: { token: string; onClose: () => void }) {
  const client = useMemo(() => createWriteClient({ token }), [token]);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const fail = (error: unknown) =>
    setView({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  const load = useCallback(async () => {
    const result = await client
      .query<{ claims: { totalCount: number; edges: { node: Row }[] } }>(CURATION_OPERATIONS.UnreviewedClaims, {
        first: LIMITS.MAX_PAGE,
      })
      .toPromise();
    if (result.error || !result.data) throw new Error(result.error?.message ?? 'no data');
    setView({ kind: 'ready', rows: result.data.claims.edges.map((e) => e.node), total: result.data.claims.totalCount });
  }, [client]);
  useEffect(() => {
    load().catch(fail);
  }, [load]);
  const review = (ids: string[], decision: ReviewDecision) =>
    runWrite({ client, document: CURATION_OPERATIONS.ReviewClaims, variables: { ids, decision } })
      .then(load)
      .catch(fail);

  return (
    <div className="curation-screen" role="dialog" aria-modal="true" aria-labelledby="unreviewed-title">
      <header>
        <h2 id="unreviewed-title">Proposed claims to review</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {view.kind === 'loading' && <p>Loading…</p>}
      {view.kind === 'failed' && (
        <p role="alert" className="error">
          {view.message}
        </p>
      )}
      {view.kind === 'ready' && (
        <>
          <p>
            {view.total === 0 ? 'Nothing to review: every claim is reviewed.' : `${view.total} proposed claims`}
            {view.total > view.rows.length && ` (the first ${view.rows.length} shown)`}
          </p>
          <ul className="unreviewed">
            {view.rows.map((c) => (
              <li key={c.id}>
                <span className="badge-proposed">proposed</span> <strong>{c.speaker.name}</strong>: <q>{c.quote}</q>{' '}
                <small>
                  about {c.subjects.map((s) => s.name).join(', ')} · {c.kind.toLowerCase().replace(/_/g, ' ')} ·{' '}
                  {c.source.title}
                </small>{' '}
                <button type="button" onClick={() => void review([c.id], 'ACCEPT')}>
                  Accept
                </button>{' '}
                <button type="button" onClick={() => void review([c.id], 'REJECT')}>
                  Reject
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
