/**
 * The speaker combobox of a claim row: an entity of this text, an existing entity of the graph (search),
 * or a new one named in the text (name + type; addEntity finds its mention).
 */
import { useState } from 'react';
import { EntityCombobox } from '../components/EntityCombobox';
import type { EntityType } from '../../../domain/vocabulary';
import { addEntity, SPEAKER_TYPES, type Draft } from './draft-model';

const NEW = '__new__';
const EXISTING = '__existing__';

export function SpeakerPicker({
  label,
  draft,
  value,
  onDraft,
}: {
  label: string;
  draft: Draft;
  value: string;
  onDraft: (draft: Draft, speakerId: string) => void;
}) {
  const [mode, setMode] = useState<'pick' | 'new' | 'existing'>('pick');
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>('Person');
  const [error, setError] = useState<string | null>(null);
  const speakers = draft.entities.filter((e) => SPEAKER_TYPES.includes(e.type));
  const inDraft = draft.entities.some((e) => e.id === value);

  const create = () => {
    const result = addEntity({ draft, name, type });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setMode('pick');
    onDraft(result.draft, result.id);
  };

  return (
    <div className="speaker-picker">
      <select
        aria-label={label}
        value={mode === 'new' ? NEW : mode === 'existing' ? EXISTING : value}
        onChange={(e) => {
          const v = e.target.value;
          if (v === NEW) setMode('new');
          else if (v === EXISTING) setMode('existing');
          else {
            setMode('pick');
            onDraft(draft, v);
          }
        }}
      >
        {!value && <option value="">— pick a speaker —</option>}
        {value && !inDraft && <option value={value}>{picked?.id === value ? picked.name : value}</option>}
        {speakers.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
        <option value={EXISTING}>Existing entity…</option>
        <option value={NEW}>New entity…</option>
      </select>
      {mode === 'existing' && (
        <EntityCombobox
          label="Find an existing speaker"
          placeholder="Search the graph"
          onPick={(entity) => {
            setPicked({ id: entity.id, name: entity.name });
            setMode('pick');
            onDraft(draft, entity.id);
          }}
        />
      )}
      {mode === 'new' && (
        <div className="new-entity">
          <input
            aria-label="New speaker's name (as written in the text)"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Name as in the text"
          />
          <select aria-label="New speaker's type" value={type} onChange={(e) => setType(e.target.value as EntityType)}>
            {SPEAKER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <button type="button" onClick={create}>
            Add speaker
          </button>
          {error && (
            <span role="alert" className="error">
              {error}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
