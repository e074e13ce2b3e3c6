import {
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
  type TextfieldProps,
} from '@digdir/designsystemet-react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

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

/**
 * A date written as YYYY-MM-DD, the same in every browser language (a browser's own date input
 * shows mm/dd/yyyy in English): a text field that says its format and brings up digits on a phone.
 */
export function DateField({
  description,
  ...props
}: Omit<Parameters<typeof TextField>[0], 'type' | 'min' | 'max'>) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      placeholder={t('common.datePlaceholder')}
      description={
        description ? `${String(description)} ${t('common.dateFormat')}` : t('common.dateFormat')
      }
    />
  );
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

type ChoiceFieldProps<C extends string> = {
  choices: readonly C[];
  /** a choice in words */
  choiceLabel: (choice: C) => ReactNode;
  /** the empty option's text, first; without, there is none */
  none?: string;
  /** the chosen value ('' or none for the empty option) */
  value: string | null | undefined;
  /** the choice made; undefined for the empty option */
  onChange: (choice: C | undefined) => void;
} & Omit<SelectFieldProps, 'children' | 'value' | 'onChange'>;

/** A select of a fixed list of choices (kinds, statuses, roles…), each shown in words. */
export function ChoiceField<C extends string>({
  choices,
  choiceLabel,
  none,
  value,
  onChange,
  ...rest
}: ChoiceFieldProps<C>) {
  return (
    <SelectField
      {...rest}
      value={value ?? ''}
      onChange={(e) => onChange(choices.find((choice) => choice === e.target.value))}
    >
      {none !== undefined && <option value="">{none}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choiceLabel(choice)}
        </option>
      ))}
    </SelectField>
  );
}
