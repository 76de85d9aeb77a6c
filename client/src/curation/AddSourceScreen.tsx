/**
 * Add source: paste a text and what is known about it, Propose (the server's extractor, nothing is
 * written), review the draft (ReviewDraft.tsx), Save. After saving, the explorer reopens on the new
 * source (source-choice.ts), so the graph, Who said what and the reader all show it.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { CURATION_OPERATIONS } from './curation-operations';
import type { Draft } from './draft-model';
import { ReviewDraft } from './ReviewDraft';
import { openSource } from './source-choice';
import { createWriteClient, runWrite } from './write-client';

type Step = { kind: 'form'; error: string | null } | { kind: 'proposing' } | { kind: 'review'; draft: Draft };

interface Fields {
  title: string;
  publisher: string;
  url: string;
  publishedAt: string;
  author: string;
  text: string;
}

const EMPTY: Fields = { title: '', publisher: '', url: '', publishedAt: '', author: '', text: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function AddSourceScreen({ token, onClose }: { token: string; onClose: () => void }) {
  const client = useMemo(() => createWriteClient({ token }), [token]);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [step, setStep] = useState<Step>({ kind: 'form', error: null });
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: event.target.value }));

  const propose = async (event: FormEvent) => {
    event.preventDefault();
    setStep({ kind: 'proposing' });
    try {
      const data = await runWrite<{ proposeSource: Draft }, { input: object }>({
        client,
        document: CURATION_OPERATIONS.ProposeSource,
        variables: {
          input: {
            title: fields.title.trim(),
            publisher: orNull(fields.publisher),
            url: orNull(fields.url),
            publishedAt: orNull(fields.publishedAt),
            author: orNull(fields.author),
            text: fields.text,
          },
        },
      });
      setStep({ kind: 'review', draft: data.proposeSource });
    } catch (error) {
      setStep({ kind: 'form', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="curation-screen" role="dialog" aria-modal="true" aria-labelledby="curation-title">
      <header>
        <h2 id="curation-title">{step.kind === 'review' ? 'Review the proposed source' : 'Add source'}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {step.kind === 'review' ? (
        <ReviewDraft
          client={client}
          initial={step.draft}
          onSaved={(id) => openSource({ id })}
          onBack={() => setStep({ kind: 'form', error: null })}
        />
      ) : (
        <form className="add-source-form" onSubmit={propose}>
          <label>
            Title <input required value={fields.title} onChange={set('title')} />
          </label>
          <label>
            Publisher <input value={fields.publisher} onChange={set('publisher')} />
          </label>
          <label>
            URL <input type="url" value={fields.url} onChange={set('url')} placeholder="https://…" />
          </label>
          <label>
            Published{' '}
            <input value={fields.publishedAt} onChange={set('publishedAt')} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" />
          </label>
          <label>
            Author <input value={fields.author} onChange={set('author')} placeholder="as written" />
          </label>
          <label className="wide">
            Text
            <textarea
              required
              rows={16}
              value={fields.text}
              onChange={set('text')}
              placeholder="Paste the article here"
            />
          </label>
          {step.kind === 'form' && step.error && (
            <p role="alert" className="error">
              {step.error}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={step.kind === 'proposing'}>
              {step.kind === 'proposing' ? 'Proposing…' : 'Propose'}
            </button>
            <small>
              The extractor proposes entities, claims and relationships; nothing is saved until you press Save.
            </small>
          </div>
        </form>
      )}
    </div>
  );
}
