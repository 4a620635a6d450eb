import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

import { Field, type FieldProps } from './Field';

type FieldOwn = Omit<FieldProps, 'children'> & { label: ReactNode };

export type TextFieldProps = FieldOwn & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ label, hint, error, optional, footer, id, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} footer={footer} id={id}>
      {(control) => <input {...input} {...control} required={input.required} />}
    </Field>
  );
}

export type TextAreaProps = FieldOwn & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextArea({ label, hint, error, optional, footer, id, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} footer={footer} id={id}>
      {(control) => <textarea {...textarea} {...control} />}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldOwn & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: readonly SelectOption[] };

export function Select({ label, hint, error, optional, footer, id, options, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} footer={footer} id={id}>
      {(control) => (
        <select {...select} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
