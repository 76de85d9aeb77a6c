/**
 * The article with every claim span highlighted. Clicking a highlight selects that claim (and
 * with it its speaker and subjects in the graph); selecting a claim elsewhere scrolls here.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import { DEFAULT_SOURCE_ID } from '../api/api-config';
import type { SourceTextQuery, SourceTextQueryVariables } from '../graphql/generated';
import { highlightSegments } from '../reader/highlight-segments';
import { NO_KEY_COLOUR, keyEntries } from '../reader/key-colours';
import { ColourKey } from './ColourKey';
import { useExplorer } from '../state/explorer-context';
import { SourcePicker } from '../sources/SourcePicker';

type ColourBy = 'speaker' | 'stance';

/**
 * Centres the mark inside the reader's own scroll box, so the rest of the page stays put; when
 * the reader itself is off screen (stacked phone layout) the page scrolls to it as well.
 */
function scrollMarkIntoView(mark: HTMLElement) {
  const box = mark.closest<HTMLElement>('[role="tabpanel"]');
  if (box && box.scrollHeight > box.clientHeight) {
    const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo?.({ top: box.scrollTop + offset - box.clientHeight / 2 + mark.offsetHeight / 2, behavior: 'smooth' });
  }
  const rect = mark.getBoundingClientRect();
  // jsdom has no scrollIntoView; browsers do.
  if (rect.top < 0 || rect.bottom > window.innerHeight) mark.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

export function ArticleReader({ sourceId: initialSourceId = DEFAULT_SOURCE_ID }: { sourceId?: string }) {
  const { state, actions } = useExplorer();
  const [sourceId, setSourceId] = useState(initialSourceId);
  // "Show in article" names the claim's own source: the reader switches to it, then (once that
  // text has loaded, see the effect below) scrolls to the quote.
  const focusSource = state.readerFocus?.sourceId;
  useEffect(() => {
    if (focusSource) setSourceId(focusSource);
  }, [focusSource, state.readerFocus?.seq]);
  const [colourBy, setColourBy] = useState<ColourBy>('speaker');
  const textRef = useRef<HTMLDivElement>(null);
  const [roving, setRoving] = useState<string | null>(null);
  const [result, reexecute] = useQuery<SourceTextQuery, SourceTextQueryVariables>({
    query: DOCUMENTS.SourceText,
    variables: { id: sourceId },
  });
  const selectedClaim = state.selection.kind === 'claim' ? state.selection.id : null;

  // The quote stays marked until something else is chosen (a selected claim, or one shown from
  // a panel's "Show in article"): a short flash was often over before the reader came into view.
  const markedClaim = selectedClaim ?? state.readerFocus?.claimId ?? null;
  useEffect(() => {
    const claimId = state.readerFocus?.claimId;
    if (!claimId) return;
    // The reader may be in a hidden tab that is being brought forward in this same render:
    // wait (a few frames at most) until the mark has a layout box, then scroll to it.
    let frames = 0;
    let handle = 0;
    const tryScroll = () => {
      const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(claimId)}"]`);
      if (mark && mark.getClientRects().length > 0) scrollMarkIntoView(mark);
      else if (frames++ < 30 && typeof requestAnimationFrame === 'function') handle = requestAnimationFrame(tryScroll);
    };
    tryScroll();
    return () => {
      if (handle && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(handle);
    };
  }, [state.readerFocus, result.data]);

  // The banner's Retry reloads the graph; once that succeeds, a failed article load retries too.
  // Only on the transition to ready, so an article that keeps failing is not retried in a loop.
  const graphReady = state.load.status === 'ready';
  const failed = !!result.error;
  const wasReady = useRef(graphReady);
  useEffect(() => {
    if (graphReady && !wasReady.current && failed) reexecute({ requestPolicy: 'network-only' });
    wasReady.current = graphReady;
  }, [graphReady, failed, reexecute]);

  const source = result.data?.source;
  const segments = source ? highlightSegments({ text: source.text, spans: source.spans }) : [];
  // One tab stop for all highlights (roving tabindex): the selected claim's, else the last one
  // focused, else the first; arrows move inside the article.
  const markIds = segments.flatMap((s) => (s.kind === 'text' ? [] : [s.claimId]));
  const tabStop =
    (selectedClaim && markIds.includes(selectedClaim) && selectedClaim) ||
    (roving && markIds.includes(roving) && roving) ||
    markIds[0];
  const moveFocus = (event: React.KeyboardEvent<HTMLElement>) => {
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>('mark[data-claim-id]') ?? [])];
    const at = marks.indexOf(event.currentTarget);
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? marks[Math.min(at + 1, marks.length - 1)]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? marks[Math.max(at - 1, 0)]
          : event.key === 'Home'
            ? marks[0]
            : event.key === 'End'
              ? marks[marks.length - 1]
              : null;
    if (!target) return false;
    event.preventDefault();
    target.focus();
    return true;
  };
  const claims = Object.values(state.claims).filter((c) => !source || c.sourceId === source.id);
  const key = keyEntries({
    items: claims.flatMap((c) =>
      colourBy === 'speaker'
        ? [{ key: c.speaker.id, label: c.speaker.name }]
        : c.stance
          ? [{ key: c.stance.id, label: c.stance.label }]
          : [],
    ),
  });
  const colourOf = new Map(key.map((e) => [e.key, e.colour]));
  return (
    <section aria-label="Article reader" className="reader">
      {result.fetching && !source && <p className="loading">Loading the article…</p>}
      {result.error && (
        <p role="status">
          Could not load the article: {result.error.message}{' '}
          <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Retry
          </button>
        </p>
      )}
      {!result.fetching && !result.error && result.data && !source && <p>No source “{sourceId}”.</p>}
      {source && (
        <>
          <header className="reader-header">
            <h2>{source.title}</h2>
            <SourcePicker value={sourceId} onChange={setSourceId} />
            <fieldset className="colour-by">
              <legend>Colour highlights by</legend>
              {(['speaker', 'stance'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name="colour-by"
                    value={option}
                    checked={colourBy === option}
                    onChange={() => setColourBy(option)}
                  />{' '}
                  {option}
                </label>
              ))}
            </fieldset>
          </header>
          <ColourKey label={colourBy === 'speaker' ? 'Speakers' : 'Stances'} entries={key} />
          <p id="reader-keys" className="visually-hidden">
            Highlighted claims: Tab reaches one, arrow keys move between them, Enter selects.
          </p>
          <div
            className="reader-text"
            ref={textRef}
            role="group"
            aria-label={`Text of ${source.title}`}
            aria-describedby="reader-keys"
          >
            {segments.map((segment) => {
              if (segment.kind === 'text') return <span key={segment.start}>{segment.text}</span>;
              const claim = state.claims[segment.claimId];
              const colourKey = colourBy === 'speaker' ? (claim?.speaker.id ?? null) : (claim?.stance?.id ?? null);
              return (
                <mark
                  key={segment.start}
                  data-claim-id={segment.claimId}
                  className={segment.claimId === markedClaim ? 'selected' : undefined}
                  style={{ backgroundColor: (colourKey && colourOf.get(colourKey)) || NO_KEY_COLOUR }}
                  title={claim ? `${claim.speaker.name}: ${claim.summary}` : undefined}
                  tabIndex={segment.claimId === tabStop ? 0 : -1}
                  onFocus={() => setRoving(segment.claimId)}
                  role="button"
                  aria-pressed={segment.claimId === selectedClaim}
                  onClick={() => actions.selectClaim(segment.claimId)}
                  onKeyDown={(event) => {
                    if (moveFocus(event)) return;
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      actions.selectClaim(segment.claimId);
                    }
                  }}
                >
                  {segment.text}
                </mark>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
