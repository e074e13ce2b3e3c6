import {
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
  type TextfieldProps,
} from '@digdir/designsystemet-react';
import type { ReactNode, SelectHTMLAttributes } from 'react';

/**
 * Form fields with a label, an optional description and an optional error, all linked to the
 * control (Designsystemet's `ds-field` sets `for` and `aria-describedby`). Every field takes an
 * `id` so that an error summary can link to it.
 */
export function TextField(
  props: { id: string; label: ReactNode; error?: string } & Omit<
    Extract<TextfieldProps, { multiline?: false }>,
    'label' | 'error' | 'aria-label' | 'aria-labelledby'
  >,
) {
  const { error, ...rest } = props;
  return <Textfield {...rest} error={error} />;
}

export function TextAreaField(
  props: { id: string; label: ReactNode; error?: string } & Omit<
    Extract<TextfieldProps, { multiline: true }>,
    'label' | 'error' | 'multiline' | 'aria-label' | 'aria-labelledby'
  >,
) {
  const { error, ...rest } = props;
  return <Textfield {...rest} multiline error={error} />;
}

type SelectFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'multiple' | 'size'>;

export function SelectField({
  id,
  label,
  description,
  error,
  children,
  ...rest
}: SelectFieldProps) {
  return (
    <Field className="field">
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={id} aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
