import { useState } from 'react';
import { Link } from 'react-router';

import { toProblem } from '../../app/errors';
import { formProblemText } from '../../app/forms';
import { useFragment, type FragmentType } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { TextField } from '../../ui/TextField';
import styles from './Admin.module.css';
import spacesWords from './spacesWords';
import { useAddSpaceMember } from './useAddSpaceMember';
import { AdminMemberFragment } from './useAdminSpace';
import { AdminPersonFragment, useAdminUsers } from './useAdminUsers';
import { useRemoveSpaceMember } from './useRemoveSpaceMember';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** Admins add people found in the directory (managers invite them by email instead: the directory is the admins'). */
function AddMember({
  spaceId,
  memberIds,
  onNotice,
}: {
  spaceId: string;
  memberIds: ReadonlySet<string>;
  onNotice: (notice: Notice) => void;
}) {
  const t = spacesWords.useT();
  const [search, setSearch] = useState('');
  const { users, searching } = useAdminUsers(search.trim(), null, { first: 6, skip: !search.trim() });
  const addMember = useAddSpaceMember();
  const [adding, setAdding] = useState<string | null>(null);
  const people = useFragment(AdminPersonFragment, users?.nodes ?? []);
  const found = search.trim() ? people : [];

  return (
    <Stack gap={2}>
      <TextField
        id="member-search"
        type="search"
        label={t('admin.members.add')}
        hint={t('admin.members.addHint')}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {search.trim() ? (
        <div aria-live="polite">
          {found.length === 0 ? (
            <p className={styles.muted}>{searching ? t('admin.members.searching') : t('admin.members.noMatch')}</p>
          ) : (
            <ul className={styles.suggestions} aria-label={t('admin.members.matches')}>
              {found.map((person) => (
                <Candidate
                  key={person.id}
                  person={person}
                  member={memberIds}
                  busy={adding}
                  onAdd={async (person) => {
                    setAdding(person.id);
                    onNotice(null);
                    try {
                      await addMember(spaceId, person.id);
                      onNotice({ tone: 'success', text: t('admin.members.added', { name: person.displayName }) });
                    } catch (error) {
                      onNotice({ tone: 'error', text: formProblemText(toProblem(error), t) });
                    } finally {
                      setAdding(null);
                    }
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </Stack>
  );
}

function Candidate({
  person,
  member,
  busy,
  onAdd,
}: {
  person: { id: string; displayName: string; email?: string | null; deactivatedAt?: string | null };
  member: ReadonlySet<string>;
  busy: string | null;
  onAdd: (person: { id: string; displayName: string }) => Promise<void>;
}) {
  const t = spacesWords.useT();
  return (
    <li>
      <span>
        <strong>{person.displayName}</strong> <span className={`${styles.muted} ${styles.email}`}>{person.email}</span>
      </span>
      {member.has(person.id) ? (
        <Badge tone="neutral">{t('admin.members.already')}</Badge>
      ) : person.deactivatedAt ? (
        <Badge tone="slate">{t('admin.people.deactivated')}</Badge>
      ) : (
        <Button
          size="small"
          variant="secondary"
          busy={busy === person.id}
          onClick={() => void onAdd(person)}
          aria-label={t('admin.members.addNamed', { name: person.displayName })}
        >
          {t('admin.members.addButton')}
        </Button>
      )}
    </li>
  );
}

type Member = ReturnType<typeof useMembers>[number];
const useMembers = (members: readonly FragmentType<typeof AdminMemberFragment>[]) => useFragment(AdminMemberFragment, members);

function MemberItem({ member, onRemove, busy }: { member: Member; onRemove: (member: Member) => void; busy: boolean }) {
  const t = spacesWords.useT();
  return (
    <tr>
      <th scope="row">
        <Link to={`/people/${member.id}`}>{member.displayName}</Link>
      </th>
      <td className={styles.email}>{member.email}</td>
      <td>
        <Badge tone="neutral">{t(`role.${member.role}`)}</Badge>
      </td>
      <td>
        <Button
          size="small"
          variant="secondary"
          busy={busy}
          onClick={() => onRemove(member)}
          aria-label={t('admin.members.removeNamed', { name: member.displayName })}
        >
          {t('admin.members.remove')}
        </Button>
      </td>
    </tr>
  );
}

interface Props {
  spaceId: string;
  spaceName: string;
  members: readonly FragmentType<typeof AdminMemberFragment>[];
  canAdd: boolean;
}

/** The space's members: filtered on the page, added from the directory (admins), removed. */
export function SpaceMembers({ spaceId, spaceName, members: refs, canAdd }: Props) {
  const t = spacesWords.useT();
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const removeMember = useRemoveSpaceMember();
  const members = useMembers(refs);
  const memberIds = new Set(members.map((member) => member.id));
  const needle = filter.trim().toLocaleLowerCase();
  const shown = members.filter((member) => {
    if (!needle) return true;
    return member.displayName.toLocaleLowerCase().includes(needle) || (member.email ?? '').toLocaleLowerCase().includes(needle);
  });

  const remove = async (member: Member) => {
    setRemoving(member.id);
    setNotice(null);
    try {
      await removeMember(spaceId, member.id);
      setNotice({ tone: 'success', text: t('admin.members.removed', { name: member.displayName, space: spaceName }) });
    } catch (error) {
      setNotice({ tone: 'error', text: formProblemText(toProblem(error), t) });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="members-title" className={styles.panel}>
      <Stack gap={4}>
        <h2 id="members-title">{t('admin.members.title', { count: members.length })}</h2>
        {canAdd ? <AddMember spaceId={spaceId} memberIds={memberIds} onNotice={setNotice} /> : null}
        <div aria-live="polite">
          {notice ? (
            <Alert tone={notice.tone}>
              <p>{notice.text}</p>
            </Alert>
          ) : null}
        </div>
        {members.length === 0 ? (
          <p className={styles.muted}>{t('admin.members.none')}</p>
        ) : (
          <Stack gap={2}>
            <TextField
              id="member-filter"
              type="search"
              label={t('admin.members.filter')}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            {shown.length === 0 ? (
              <p className={styles.muted}>{t('admin.members.noMatch')}</p>
            ) : (
              <div className={styles.tableFrame} tabIndex={0} role="region" aria-label={t('admin.members.tableLabel')}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.people.name')}</th>
                      <th scope="col">{t('field.email')}</th>
                      <th scope="col">{t('admin.people.role')}</th>
                      <th scope="col">{t('admin.people.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((member) => (
                      <MemberItem
                        key={member.id}
                        member={member}
                        busy={removing === member.id}
                        onRemove={(person) => void remove(person)}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
