/**
 * The review screen: the text with every proposed span highlighted (select words to add a claim the
 * extractor missed), one row per claim (speaker, subjects, kind, accept/reject), the entity list (merge
 * a proposed entity into an existing one), and Save. All edits are pure functions of draft-model.ts.
 */
import { useRef, useState } from 'react';
import type { Client } from 'urql';
import { CURATION_OPERATIONS } from './curation-operations';
import { ClaimRow } from './ClaimRow';
import {
  addClaim,
  decidedDraft,
  mergeIntoExisting,
  problemsOf,
  toSourceInput,
  type Decision,
  type Draft,
} from './draft-model';
import { EntityList } from './EntityList';
import { DraftText, selectionOffsets } from './DraftText';
import { runWrite } from './write-client';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export function ReviewDraft({
  client,
  initial,
  onSaved,
  onBack,
}: {
  client: Client;
  initial: Draft;
  onSaved: (sourceId: string) => void;
  onBack: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const decide = (id: string, decision: Decision) => setDecisions((d) => new Map(d).set(id, decision));
  const addFromSelection = () => {
    const offsets = textRef.current ? selectionOffsets({ container: textRef.current }) : null;
    if (!offsets) {
      setNotice('Select the words of the claim in the text first.');
      return;
    }
    const result = addClaim({ draft, ...offsets });
    if (!result.ok) setNotice(result.message);
    else {
      setDraft(result.draft);
      setNotice(`Added a claim on “${result.draft.claims.at(-1)!.quote}”: pick its speaker and subjects below.`);
    }
  };

  const toSave = decidedDraft({ draft, decisions });
  const problems = problemsOf({ draft: toSave });
  const submit = async () => {
    setSave({ kind: 'saving' });
    try {
      const data = await runWrite<{ saveSource: { id: string } }, { input: object }>({
        client,
        document: CURATION_OPERATIONS.SaveSource,
        variables: { input: toSourceInput({ draft: toSave }) },
      });
      onSaved(data.saveSource.id);
    } catch (error) {
      setSave({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="review-draft">
      <section className="draft-text-pane" aria-label="Source text">
        <h3>
          {draft.source.title} <small>({draft.source.id})</small>
        </h3>
        <p className="hint">
          Highlighted: <mark className="hl-claim">proposed claims</mark> and{' '}
          <mark className="hl-entity">entity mentions</mark>. Select words, then{' '}
          <button type="button" onClick={addFromSelection}>
            Add claim from selection
          </button>
        </p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <DraftText ref={textRef} draft={draft} decisions={decisions} />
      </section>
      <section className="draft-records" aria-label="Proposed records">
        <h3>
          Claims <span className="count">({draft.claims.length})</span>
        </h3>
        <table className="claim-rows">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Speaker</th>
              <th scope="col">Subjects</th>
              <th scope="col">Kind</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {draft.claims.map((claim) => (
              <ClaimRow
                key={claim.id}
                claim={claim}
                draft={draft}
                decision={decisions.get(claim.id) ?? 'undecided'}
                onDraft={setDraft}
                onDecide={(d) => decide(claim.id, d)}
              />
            ))}
          </tbody>
        </table>
        <EntityList
          draft={draft}
          onMerge={(from, into) => setDraft((d) => mergeIntoExisting({ draft: d, from, into }))}
        />
        <div className="save-bar">
          {problems.length > 0 && (
            <ul className="problems" aria-label="Before saving">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {save.kind === 'failed' && (
            <pre role="alert" className="error">
              {save.message}
            </pre>
          )}
          <button type="button" onClick={onBack}>
            Back to the text
          </button>{' '}
          <button
            type="button"
            className="primary"
            disabled={problems.length > 0 || save.kind === 'saving'}
            onClick={() => void submit()}
          >
            {save.kind === 'saving' ? 'Saving…' : 'Save'}
          </button>
          <small>
            {toSave.claims.length} claims ({toSave.claims.filter((c) => c.review === 'PROPOSED').length} still
            proposed), {draft.entities.length} entities, {toSave.relationships.length} relationships
          </small>
        </div>
      </section>
    </div>
  );
}
