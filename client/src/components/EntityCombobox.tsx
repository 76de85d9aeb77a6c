/**
 * An accessible autocomplete over entity names and aliases (WAI-ARIA combobox with a listbox):
 * arrows move, Enter picks, Escape closes. Used for the main search and the path ends.
 */
import { forwardRef, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { LIMITS } from '../../../domain/limits';
import { currentData } from '../api/current-data';
import { DOCUMENTS } from '../api/graphql-documents';
import type { SearchEntitiesQuery, SearchEntitiesQueryVariables } from '../graphql/generated';

export interface PickedEntity {
  id: string;
  name: string;
  type: string;
}

type Hit = SearchEntitiesQuery['search'][number];

export function useDebounced({ value, ms }: { value: string; ms: number }): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (ms <= 0) {
      setDebounced(value);
      return;
    }
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : debounced;
}

/** The alias that matched, when the name itself does not contain what was typed. */
function matchedAlias({ hit, text }: { hit: Hit; text: string }): string | null {
  const needle = text.trim().toLowerCase();
  if (!needle || hit.entity.name.toLowerCase().includes(needle)) return null;
  return hit.entity.aliases.find((a) => a.toLowerCase().includes(needle)) ?? null;
}

export const EntityCombobox = forwardRef<
  HTMLInputElement,
  {
    label: string;
    onPick: (entity: PickedEntity) => void;
    placeholder?: string;
    /** Text shown after a pick (keeps the picked name visible, as path ends need). */
    keepPickedName?: boolean;
    initialText?: string;
    debounceMs?: number;
    /** Told the text as typed, and the best hit for it (null: none yet, or none at all). */
    onTextChange?: (text: string) => void;
    onBestMatch?: (best: { text: string; entity: PickedEntity | null; searching: boolean }) => void;
  }
>(function EntityCombobox(
  { label, onPick, placeholder, keepPickedName = false, initialText = '', debounceMs = 150, onTextChange, onBestMatch },
  ref,
) {
  const listId = useId();
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced({ value: text.trim(), ms: debounceMs });
  const variables = { text: query, first: 8 };
  const [result] = useQuery<SearchEntitiesQuery, SearchEntitiesQueryVariables>({
    query: DOCUMENTS.SearchEntities,
    variables,
    pause: query.length === 0 || query.length > LIMITS.MAX_TEXT_LENGTH,
  });
  // Only the answer to what is typed now: never the previous text's hits while this one runs.
  const hits = query.length > 0 ? (currentData({ result, variables })?.search ?? []) : [];
  const showList = open && query.length > 0;

  useEffect(() => {
    if (initialText) setText(initialText);
  }, [initialText]);

  const best = hits[0];
  const searching = query !== text.trim() || (query.length > 0 && result.fetching);
  useEffect(() => {
    onBestMatch?.({
      text: query,
      entity: best ? { id: best.entity.id, name: best.entity.name, type: best.entity.type } : null,
      searching,
    });
    // Only when the answer changes (the callback is a fresh closure on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, best?.entity.id, searching]);

  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    onPick({ id: hit.entity.id, name: hit.entity.name, type: hit.entity.type });
    setText(keepPickedName ? hit.entity.name : '');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
        break;
      case 'Enter':
        if (showList) {
          event.preventDefault();
          pick(hits[active] ?? hits[0]);
        }
        break;
      case 'Escape':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="combobox">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          onTextChange?.(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul role="listbox" id={listId} aria-label={`${label} results`} className="combobox-list">
          {result.fetching && hits.length === 0 && <li className="combobox-note">Searching…</li>}
          {result.error && <li className="combobox-note">Search failed: {result.error.message}</li>}
          {!result.fetching && !result.error && hits.length === 0 && <li className="combobox-note">No matches</li>}
          {hits.map((hit, i) => {
            const alias = matchedAlias({ hit, text: query });
            return (
              <li
                key={hit.entity.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(hit)}
              >
                <span className="option-name">{hit.entity.name}</span>{' '}
                <span className={`type-chip type-${hit.entity.type}`}>{hit.entity.type}</span>
                {alias && <span className="option-alias"> also “{alias}”</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
