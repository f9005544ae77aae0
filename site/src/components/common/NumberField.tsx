import type { ReactNode } from 'react';
import styles from './widget.module.css';

/** A labelled number input that reports its value as a number (NaN while empty). */
export function NumberField({
  id,
  label,
  value,
  onChange,
  min,
  max,
  step,
  unit,
  error,
}: {
  id: string;
  label: ReactNode;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  unit?: ReactNode;
  error?: ReactNode;
}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <div className={styles.inputRow}>
        <input
          id={id}
          name={id}
          type="number"
          inputMode="decimal"
          value={Number.isNaN(value) ? '' : value}
          min={min}
          max={max}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
        {unit && <span className={styles.unit}>{unit}</span>}
      </div>
      {error && (
        <div id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </div>
      )}
    </div>
  );
}
