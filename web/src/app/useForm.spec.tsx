import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import { I18nProvider } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useForm, type Issues } from './forms';
import { FormSummary } from './FormSummary';

type Field = 'name' | 'email';
const FIELDS: readonly Field[] = ['name', 'email'];

function validate({ name, email }: Record<Field, string>): Issues<Field> {
  const issues: Issues<Field> = {};
  if (!name.trim()) issues.name = { key: 'validation.required' };
  if (!email.trim()) issues.email = { key: 'validation.required' };
  return issues;
}

const refusal = (fields: Record<string, string>, code = 'BAD_USER_INPUT') =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError('Some fields need your attention.', { extensions: { code, fields } })] });

/** A two-field form as the app writes them, sending through `send`. */
function TestForm({ send }: { send: (values: Record<Field, string>) => Promise<void> }) {
  const form = useForm({
    fields: FIELDS,
    initialValues: { name: '', email: '' },
    validate,
    labels: { name: 'Name', email: 'Email' },
    targets: { name: 'test-name', email: 'test-email' },
    onSubmit: send,
    fieldsFromRefusal: (problem, values) => (problem.code === 'CONFLICT' ? { email: `${values.email} is taken.` } : {}),
  });
  return (
    <form onSubmit={form.handleSubmit} noValidate>
      <FormSummary summary={form.summary} failedTitle="Not saved" />
      <TextField
        id="test-name"
        label="Name"
        value={form.values.name}
        error={form.messages.name}
        onChange={(event) => form.change('name', { name: event.target.value })}
      />
      <TextField
        id="test-email"
        label="Email"
        value={form.values.email}
        error={form.messages.email}
        onChange={(event) => form.change('email', { email: event.target.value })}
      />
      <Button type="submit" busy={form.submitting}>
        Save
      </Button>
    </form>
  );
}

const renderForm = (send: (values: Record<Field, string>) => Promise<void>) =>
  render(
    <I18nProvider initialLocale="en">
      <TestForm send={send} />
    </I18nProvider>,
  );

describe('useForm', () => {
  it('says nothing before the first submit, then lists what to fix and moves focus to the summary', async () => {
    const user = userEvent.setup();
    const send = jest.fn(() => Promise.resolve());
    renderForm(send);
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('2 fields need your attention');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInvalid();
    expect(send).not.toHaveBeenCalled();

    // A summary item takes the person to its field; fixing it clears its message at once.
    await user.click(screen.getByRole('link', { name: 'Name' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Camille');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeValid();
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs your attention');
  });

  it('sends valid values and is busy until the API answers', async () => {
    const user = userEvent.setup();
    let answer: () => void = () => undefined;
    const send = jest.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    renderForm(send);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Camille');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'camille@redchair.test');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(send).toHaveBeenCalledWith({ name: 'Camille', email: 'camille@redchair.test' });
    expect(screen.getByRole('button', { name: /Save/ })).toHaveAttribute('aria-busy', 'true');
    answer();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-busy', 'true'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the API’s BAD_USER_INPUT field messages next to their fields until the field changes', async () => {
    const user = userEvent.setup();
    renderForm(() => Promise.reject(refusal({ 'input.email': 'is not an address we can write to' })));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Camille');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'camille@');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toBeInvalid());
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Email is not an address we can write to.'));
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs your attention');
    await user.type(email, 'redchair.test');
    expect(email).toBeValid();
  });

  it('reads a field into a refusal that names none, and tells other refusals in the summary', async () => {
    const user = userEvent.setup();
    const send = jest
      .fn<Promise<void>, []>()
      .mockRejectedValueOnce(refusal({}, 'CONFLICT'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderForm(send);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Camille');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'camille@redchair.test');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
        expect.stringContaining('camille@redchair.test is taken.'),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveTextContent('Not saved'));
    expect(summary).toHaveTextContent('Check your connection');
  });
});
