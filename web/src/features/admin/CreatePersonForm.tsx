import { useState } from 'react';

import { ROLES, type Role } from '@red-chair/domain';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NewPasswordInput } from '../../app/NewPasswordInput';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Cluster, Stack } from '../../ui/Layout';
import { RadioGroup } from '../../ui/RadioGroup';
import { Select, TextField } from '../../ui/TextField';
import styles from './Admin.module.css';
import { singlePersonCsv, validatePerson, type PasswordChoice, type PersonField, type PersonValues } from './adminValidation';
import peopleWords from './peopleWords';
import { useCreateUser } from './useCreateUser';
import { useImportUsers } from './useImportUsers';

/** A refusal shown on the email field, read by `useForm` like the API's own BAD_USER_INPUT. */
class EmailRefusal extends Error {
  readonly errors: { message: string; extensions: { code: 'BAD_USER_INPUT'; fields: { email: string } } }[];
  constructor(message: string) {
    super(message);
    this.errors = [{ message, extensions: { code: 'BAD_USER_INPUT', fields: { email: message } } }];
  }
}

const FIELDS: readonly PersonField[] = ['email', 'displayName', 'role', 'password'];
const EMPTY: PersonValues = { email: '', displayName: '', role: '', passwordChoice: 'LINK', password: '' };

/**
 * A new account with any role. "Send a link" goes through a one-line import: the API creates the person
 * and mails them the link to choose their password (valid 7 days), as for every imported person.
 */
export function CreatePersonForm({ onDone }: { onDone: () => void }) {
  const t = peopleWords.useT();
  const createUser = useCreateUser();
  const importUsers = useImportUsers();
  const [created, setCreated] = useState<{ name: string; linked: boolean } | null>(null);
  const labels = {
    email: t('field.email'),
    displayName: t('field.displayName'),
    role: t('admin.people.role'),
    password: t('field.password'),
  };
  const form = useForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate: validatePerson,
    labels,
    targets: { email: 'person-email', displayName: 'person-name', role: 'person-role', password: 'person-password' },
    onSubmit: async (values) => {
      setCreated(null);
      const role = values.role as Role;
      if (values.passwordChoice === 'TYPED') {
        await createUser({ email: values.email.trim(), displayName: values.displayName.trim(), role, password: values.password });
      } else {
        // A dry run first: an import updates an existing account, and creating must never change someone's role.
        const csv = singlePersonCsv({ email: values.email, displayName: values.displayName, role });
        const preview = await importUsers(csv, true);
        if (preview.errors.length) throw new EmailRefusal(preview.errors[0].message);
        if (!preview.created) throw new EmailRefusal(t('admin.people.exists'));
        await importUsers(csv, false);
      }
      setCreated({ name: values.displayName.trim(), linked: values.passwordChoice === 'LINK' });
      form.reset(EMPTY);
    },
  });
  const set = (field: PersonField) => (event: { target: { value: string } }) => {
    setCreated(null);
    form.change(field, { [field]: event.target.value } as Partial<PersonValues>);
  };

  return (
    <form onSubmit={form.handleSubmit} noValidate aria-labelledby="create-person-title" className={styles.panel}>
      <Stack gap={4}>
        <h2 id="create-person-title">{t('admin.people.createTitle')}</h2>
        <FormSummary summary={form.summary} failedTitle={t('admin.people.createFailed')} />
        <div className={styles.formGrid}>
          <TextField
            id="person-email"
            label={labels.email}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={form.values.email}
            onChange={set('email')}
            error={form.messages.email}
            required
          />
          <TextField
            id="person-name"
            label={labels.displayName}
            autoComplete="off"
            value={form.values.displayName}
            onChange={set('displayName')}
            error={form.messages.displayName}
            required
          />
          <Select
            id="person-role"
            label={labels.role}
            value={form.values.role}
            onChange={set('role')}
            error={form.messages.role}
            required
            options={[
              { value: '', label: t('admin.people.chooseRole') },
              ...ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })),
            ]}
          />
          <div className={styles.wide}>
            <RadioGroup<PasswordChoice>
              legend={t('admin.people.passwordChoice')}
              name="passwordChoice"
              value={form.values.passwordChoice}
              onChange={(passwordChoice) => form.change('password', { passwordChoice })}
              options={[
                { value: 'LINK', label: t('admin.people.passwordLink') },
                { value: 'TYPED', label: t('admin.people.passwordTyped') },
              ]}
            />
          </div>
          {form.values.passwordChoice === 'TYPED' ? (
            <NewPasswordInput
              id="person-password"
              label={labels.password}
              value={form.values.password}
              onChange={set('password')}
              error={form.messages.password}
              required
            />
          ) : null}
        </div>
        {created ? (
          <Alert tone="success" live="status">
            <p>{t(created.linked ? 'admin.people.createdLinked' : 'admin.people.created', { name: created.name })}</p>
          </Alert>
        ) : null}
        <Cluster gap={2}>
          <Button type="submit" busy={form.submitting}>
            {t('admin.people.createSubmit')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('admin.close')}
          </Button>
        </Cluster>
      </Stack>
    </form>
  );
}
