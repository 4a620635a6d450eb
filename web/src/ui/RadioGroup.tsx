import { useId, type ReactNode } from 'react';

import { FieldError } from './Field';
import styles from './Field.module.css';

export interface RadioOption<V extends string> {
  value: V;
  /** Keep it short: it is the radio's accessible name. */
  label: ReactNode;
}

interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V | null;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  error?: string;
  id?: string;
}

/** A fieldset of radios: the legend names the group, arrow keys move between options (native). */
export function RadioGroup<V extends string>({ legend, name, value, options, onChange, error, id }: RadioGroupProps<V>) {
  const generated = useId();
  const groupId = id ?? `radio-${generated}`;
  const errorId = error ? `${groupId}-error` : undefined;
  return (
    <fieldset className={styles.fieldset} id={groupId} aria-describedby={errorId}>
      <legend className={styles.legend}>{legend}</legend>
      {error ? <FieldError id={errorId!} message={error} /> : null}
      <div className={styles.options}>
        {options.map((option, index) => (
          <label className={styles.option} key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              id={index === 0 ? `${groupId}-first` : undefined}
              aria-describedby={errorId}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
