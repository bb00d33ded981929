import { useId } from 'react';
import { checkExpression, type CheckOptions } from '../../engine/index.ts';

interface ExpressionInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check: CheckOptions;
  /** Hide the visible label (the table header names the column). */
  labelHidden?: boolean;
  /** A refusal from the engine, shown where a syntax error would be. */
  error?: string;
}

/** An Okta Expression Language field that shows a syntax error as it is typed, with a caret. */
export function ExpressionInput({
  label,
  value,
  onChange,
  check,
  labelHidden,
  error,
}: ExpressionInputProps) {
  const id = useId();
  const problemId = useId();
  const result = value.trim() === '' ? { ok: true as const } : checkExpression(value, check);
  const problem = result.ok ? error : result.message;
  return (
    <div className="expression-input">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <div id={problemId} className="expression-problem">
          {!result.ok && (
            <pre aria-hidden="true">
              {value}
              {'\n'}
              {' '.repeat(Math.max(0, result.column - 1))}^
            </pre>
          )}
          <p className="error-text">{problem}</p>
        </div>
      )}
    </div>
  );
}
