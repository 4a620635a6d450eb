import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ImportUsersDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import { load } from './adminI18n';
import { ImportPeople } from './ImportPeople';

const CSV = 'email,displayName,role,spaces\nada@example.com,Ada,EMPLOYEE,\nnope,Broken,CUSTOMER,\ngrace@example.com,Grace,OWNER,\n';
const report = (created: number, errors: { line: number; message: string }[]) => ({
  __typename: 'UserImportReport',
  created,
  updated: 0,
  unchanged: 1,
  errors: errors.map((error) => ({ __typename: 'UserImportError', ...error })),
});
const refusedLines = [
  { line: 3, message: 'email: not an email address' },
  { line: 4, message: 'role: must be one of EMPLOYEE, CUSTOMER, MANAGER, ADMIN' },
];

describe('ImportPeople', () => {
  // The console's words load with its chunks (adminI18n); here, before rendering.
  beforeAll(() => load('en'));

  it('checks the chosen file with a dry run, shows the counts and every refused line, then applies it', async () => {
    const user = userEvent.setup();
    renderPage(<ImportPeople onDone={() => undefined} />, {
      path: '/admin/people',
      url: '/admin/people',
      mocks: [
        {
          request: { query: ImportUsersDocument, variables: { csv: CSV, dryRun: true } },
          result: { data: { importUsers: report(1, refusedLines) } },
        },
        {
          request: { query: ImportUsersDocument, variables: { csv: CSV, dryRun: false } },
          result: { data: { importUsers: report(1, refusedLines) } },
        },
      ],
    });
    await user.upload(await screen.findByLabelText('CSV file'), new File([CSV], 'people.csv', { type: 'text/csv' }));

    expect(await screen.findByRole('heading', { name: 'What the import would do' })).toBeInTheDocument();
    expect(screen.getByText('A check of people.csv: nothing has changed yet.')).toBeInTheDocument();
    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextSibling;
    expect(figure('To create')).toHaveTextContent('1');
    expect(figure('To update')).toHaveTextContent('0');
    expect(figure('Unchanged')).toHaveTextContent('1');
    expect(figure('Refused lines')).toHaveTextContent('2');
    const lines = within(screen.getByRole('list', { name: '2 lines will be left out' })).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'Line 3email: not an email address',
      'Line 4role: must be one of EMPLOYEE, CUSTOMER, MANAGER, ADMIN',
    ]);

    await user.click(screen.getByRole('button', { name: 'Apply: 1 person' }));
    expect(await screen.findByText('Import done: 1 created, 0 updated.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What the import did' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply/ })).not.toBeInTheDocument();
  });

  it('offers nothing to apply when every line is refused, and shows a refusal of the whole file', async () => {
    const user = userEvent.setup();
    renderPage(<ImportPeople onDone={() => undefined} />, {
      path: '/admin/people',
      url: '/admin/people',
      mocks: [
        {
          request: { query: ImportUsersDocument, variables: { csv: 'name\n', dryRun: true } },
          result: {
            errors: [
              {
                message: 'Some fields need your attention.',
                extensions: { code: 'BAD_USER_INPUT', fields: { csv: 'the header must be email,displayName,role,spaces' } },
              },
            ],
          },
        },
      ],
    });
    await user.upload(await screen.findByLabelText('CSV file'), new File(['name\n'], 'wrong.csv', { type: 'text/csv' }));
    expect(await screen.findByText('the header must be email,displayName,role,spaces')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply/ })).not.toBeInTheDocument();
  });
});
