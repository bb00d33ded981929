import { useId } from 'react';

/** Pretty JSON in a labelled, keyboard-scrollable box. */
export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const id = useId();
  return (
    <figure className="json-block">
      <figcaption id={id}>{label}</figcaption>
      <pre tabIndex={0} aria-labelledby={id}>
        {value === undefined ? '(none)' : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}
