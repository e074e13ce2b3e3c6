import { Field, Input, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode, TextareaHTMLAttributes } from 'react';

/**
 * Designsystemet's field styles without its field element. A report page has a hundred and more
 * fields, and each `ds-field` element watches its subtree and measures its textarea when it
 * mounts, which made the page take seconds to appear. These render the same classes, and link
 * label, description and error to the control themselves.
 */
export function LightTextArea({
  id,
  label,
  description,
  error,
  ...rest
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const describedBy =
    [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined;
  return (
    <Field asChild>
      <div>
        <Label htmlFor={id}>{label}</Label>
        {description && (
          <div data-field="description" id={`${id}-description`}>
            {description}
          </div>
        )}
        <Textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
        {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
      </div>
    </Field>
  );
}

export function LightRadio({
  id,
  name,
  value,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
}) {
  return (
    <Field asChild>
      <div>
        <Input
          type="radio"
          id={id}
          name={name}
          value={value}
          checked={checked}
          disabled={disabled}
          onChange={onChange}
        />
        <Label htmlFor={id} weight="regular">
          {label}
        </Label>
      </div>
    </Field>
  );
}
