/**
 * The curation entry in the toolbar. Without a token: one "Curate" button that asks for it (kept for
 * the tab's session only, write-token.ts). With one: Add source, Review proposed, Forget token. The
 * screens open full-window over the explorer.
 */
import { useState, type FormEvent } from 'react';
import { AddSourceScreen } from './AddSourceScreen';
import { UnreviewedClaims } from './UnreviewedClaims';
import { setWriteToken, useWriteToken } from './write-token';
import './curation.css';

type Screen = { kind: 'none' } | { kind: 'token' } | { kind: 'add' } | { kind: 'review' };

export function CurationToolbar() {
  const token = useWriteToken();
  const [screen, setScreen] = useState<Screen>({ kind: 'none' });
  const close = () => setScreen({ kind: 'none' });

  if (!token) {
    return (
      <span className="curation-toolbar">
        {screen.kind === 'token' ? (
          <TokenForm onDone={close} />
        ) : (
          <button type="button" onClick={() => setScreen({ kind: 'token' })}>
            Curate…
          </button>
        )}
      </span>
    );
  }
  return (
    <span className="curation-toolbar">
      <button type="button" onClick={() => setScreen({ kind: 'add' })}>
        Add source
      </button>
      <button type="button" onClick={() => setScreen({ kind: 'review' })}>
        Review proposed
      </button>
      <button
        type="button"
        className="link"
        onClick={() => setWriteToken({ token: null })}
        title="Forget the write token in this tab"
      >
        Forget token
      </button>
      {screen.kind === 'add' && <AddSourceScreen token={token} onClose={close} />}
      {screen.kind === 'review' && <UnreviewedClaims token={token} onClose={close} />}
    </span>
  );
}

function TokenForm({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim().length === 0) return;
    setWriteToken({ token: value.trim() });
    onDone();
  };
  return (
    <form className="token-form" onSubmit={submit} aria-label="Write token">
      <label>
        Write token{' '}
        <input type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      </label>
      <button type="submit">Use token</button>
      <button type="button" className="link" onClick={onDone}>
        Cancel
      </button>
      <small>kept in this tab only</small>
    </form>
  );
}
