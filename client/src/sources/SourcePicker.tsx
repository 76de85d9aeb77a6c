/** The reader's source picker: which document the reader shows (every source the API lists). */
import { useSources } from './use-sources';

export function SourcePicker({ value, onChange }: { value: string; onChange: (sourceId: string) => void }) {
  const { sources } = useSources();
  if (sources.length === 0) return null;
  return (
    <label className="source-picker">
      Source{' '}
      <select aria-label="Source shown in the reader" value={value} onChange={(e) => onChange(e.target.value)}>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.claimCount} claims)
          </option>
        ))}
      </select>
    </label>
  );
}
