import { USER_LIMITS } from '@red-chair/domain';

import { useT } from '../i18n/context';
import { TextField, type TextFieldProps } from '../ui/TextField';

/**
 * Where someone chooses a password (sign-up, reset, settings, an invitation, an admin creating a person): it
 * says the minimum length, the rule the API holds it to, and lets password managers offer a new one.
 */
export function NewPasswordInput(props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'hint'>) {
  const t = useT();
  return (
    <TextField {...props} type="password" autoComplete="new-password" hint={t('field.password.hint', { min: USER_LIMITS.passwordMin })} />
  );
}
