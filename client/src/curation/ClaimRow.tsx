/** One claim of the draft: its quote, speaker (SpeakerPicker), subjects, kind and the decision. */
import { CLAIM_KINDS, type ClaimKind } from '../../../domain/vocabulary';
import { setSpeaker, updateClaim, type ClaimDraft, type Decision, type Draft } from './draft-model';
import { SpeakerPicker } from './SpeakerPicker';

const DECISIONS: { value: Decision; label: string }[] = [
  { value: 'undecided', label: 'keep proposed' },
  { value: 'accept', label: 'accept' },
  { value: 'reject', label: 'reject' },
];

export function ClaimRow({
  claim,
  draft,
  decision,
  onDraft,
  onDecide,
}: {
  claim: ClaimDraft;
  draft: Draft;
  decision: Decision;
  onDraft: (draft: Draft) => void;
  onDecide: (decision: Decision) => void;
}) {
  const shown: Decision = decision === 'undecided' && claim.review === 'ACCEPTED' ? 'accept' : decision;
  const short = claim.quote.length > 90 ? `${claim.quote.slice(0, 88)}…` : claim.quote;
  return (
    <tr className={`claim-row ${shown}`} data-claim-id={claim.id}>
      <td>
        <q>{short}</q>
        {claim.review === 'PROPOSED' && decision === 'undecided' && <span className="badge-proposed">proposed</span>}
      </td>
      <td>
        <SpeakerPicker
          label={`Speaker of “${short.slice(0, 30)}”`}
          draft={draft}
          value={claim.speaker}
          onDraft={(next, speaker) => onDraft(setSpeaker({ draft: next, id: claim.id, speaker }))}
        />
      </td>
      <td>
        <select
          multiple
          aria-label={`Subjects of “${short.slice(0, 30)}”`}
          value={claim.about}
          size={Math.min(4, Math.max(2, draft.entities.length))}
          onChange={(e) =>
            onDraft(
              updateClaim({ draft, id: claim.id, patch: { about: [...e.target.selectedOptions].map((o) => o.value) } }),
            )
          }
        >
          {draft.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
          {claim.about
            .filter((id) => !draft.entities.some((e) => e.id === id))
            .map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Kind of “${short.slice(0, 30)}”`}
          value={claim.kind}
          onChange={(e) => onDraft(updateClaim({ draft, id: claim.id, patch: { kind: e.target.value as ClaimKind } }))}
        >
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.toLowerCase().replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </td>
      <td>
        <fieldset className="decision">
          <legend className="visually-hidden">Decision on “{short.slice(0, 30)}”</legend>
          {DECISIONS.map((d) => (
            <label key={d.value}>
              <input
                type="radio"
                name={`decision-${claim.id}`}
                checked={shown === d.value}
                onChange={() => onDecide(d.value)}
              />{' '}
              {d.label}
            </label>
          ))}
        </fieldset>
      </td>
    </tr>
  );
}
