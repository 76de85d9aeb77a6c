/** A colour key: one swatch per speaker or stance, as the reader and Who said what colour them. */
import type { KeyEntry } from '../reader/key-colours';

export function ColourKey({ label, entries }: { label: string; entries: KeyEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="colour-key" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
          {entry.label} <span className="count">({entry.count})</span>
        </li>
      ))}
    </ul>
  );
}
