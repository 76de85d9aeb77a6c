/**
 * Accept, reject or edit one claim, on its details panel. Shown only with a write token; the state is
 * read through the write client (uncached), so it is the stored one after every change.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CLAIM_KINDS, type ClaimKind } from '../../../domain/vocabulary';
import { EntityCombobox } from '../components/EntityCombobox';
import { CURATION_OPERATIONS, type ReviewDecision } from './curation-operations';
import { createWriteClient, runWrite } from './write-client';
import { useWriteToken } from './write-token';

interface ClaimState {
  id: string;
  reviewed: boolean;
  kind: ClaimKind;
  speaker: { id: string; name: string };
}

type View =
  { kind: 'loading' } | { kind: 'ready'; claim: ClaimState } | { kind: 'gone' } | { kind: 'failed'; message: string };

export function ClaimReviewControls({ claimId }: { claimId: string }) {
  const token = useWriteToken();
  if (!token) return null;
  return <Controls key={claimId} claimId={claimId} token={token} />;
}

function Controls({ claimId, token }: { claimId: string; token: string }) {
  const client = useMemo(() => createWriteClient({ token }), [token]);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [editing, setEditing] = useState(false);
  const fail = (error: unknown) =>
    setView({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  const load = useCallback(async () => {
    const result = await client
      .query<{ claim: ClaimState | null }>(CURATION_OPERATIONS.ClaimReview, { id: claimId })
      .toPromise();
    if (result.error) throw new Error(result.error.message);
    setView(result.data?.claim ? { kind: 'ready', claim: result.data.claim } : { kind: 'gone' });
  }, [client, claimId]);
  useEffect(() => {
    load().catch(fail);
  }, [load]);

  const review = (decision: ReviewDecision) =>
    runWrite({ client, document: CURATION_OPERATIONS.ReviewClaims, variables: { ids: [claimId], decision } })
      .then(load)
      .catch(fail);
  const update = (patch: { kind?: ClaimKind; speaker?: string }) =>
    runWrite({ client, document: CURATION_OPERATIONS.UpdateClaim, variables: { id: claimId, patch } })
      .then(load)
      .catch(fail);

  if (view.kind === 'loading') return null;
  if (view.kind === 'gone')
    return <p className="curation-controls">Rejected: the claim is deleted (reload to redraw the graph).</p>;
  if (view.kind === 'failed')
    return (
      <p role="alert" className="curation-controls error">
        {view.message}
      </p>
    );
  const { claim } = view;
  return (
    <div className="curation-controls" aria-label="Review this claim">
      {claim.reviewed ? (
        <span className="badge-reviewed">reviewed</span>
      ) : (
        <span className="badge-proposed">proposed</span>
      )}{' '}
      {!claim.reviewed && (
        <button type="button" onClick={() => void review('ACCEPT')}>
          Accept
        </button>
      )}{' '}
      <button type="button" onClick={() => void review('REJECT')}>
        Reject
      </button>{' '}
      <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
        Edit
      </button>
      {editing && (
        <div className="claim-edit">
          <label>
            Kind{' '}
            <select value={claim.kind} onChange={(e) => void update({ kind: e.target.value as ClaimKind })}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k.toLowerCase().replace(/_/g, ' ')}
                </option>
              ))}
            </select>
          </label>
          <div>
            Speaker: {claim.speaker.name}
            <EntityCombobox
              label="Change the speaker"
              placeholder="Search the graph"
              onPick={(e) => void update({ speaker: e.id })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
