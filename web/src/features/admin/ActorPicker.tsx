import { useState } from 'react';

import { useFragment } from '../../gql';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { TextField } from '../../ui/TextField';
import styles from './Admin.module.css';
import auditWords from './auditWords';
import { AdminPersonFragment, useAdminUsers } from './useAdminUsers';

export interface Actor {
  id: string;
  displayName: string;
}

/** Choose one person by searching the directory; the chosen one shows with a way to clear it. */
export function ActorPicker({ actor, onChange }: { actor: Actor | null; onChange: (actor: Actor | null) => void }) {
  const t = auditWords.useT();
  const [search, setSearch] = useState('');
  const { users, searching } = useAdminUsers(search.trim(), null, { first: 6, skip: !search.trim() });
  const people = useFragment(AdminPersonFragment, users?.nodes ?? []);

  if (actor) {
    return (
      <div className={styles.readOnly}>
        <span className={styles.readOnlyLabel}>{t('admin.audit.actor')}</span>
        <div className={styles.rowActions}>
          <strong>{actor.displayName}</strong>
          <Button
            size="small"
            variant="secondary"
            onClick={() => onChange(null)}
            aria-label={t('admin.audit.clearActor', { name: actor.displayName })}
          >
            {t('admin.audit.anyone')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <Stack gap={2} className={styles.picker}>
      <TextField
        id="audit-actor"
        type="search"
        label={t('admin.audit.actor')}
        hint={t('admin.audit.actorHint')}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {search.trim() ? (
        <div aria-live="polite">
          {people.length === 0 ? (
            <p className={styles.muted}>{searching ? t('admin.members.searching') : t('admin.members.noMatch')}</p>
          ) : (
            <ul className={styles.suggestions} aria-label={t('admin.members.matches')}>
              {people.map((person) => (
                <li key={person.id}>
                  <span>
                    <strong>{person.displayName}</strong> <span className={`${styles.muted} ${styles.email}`}>{person.email}</span>
                  </span>
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => onChange({ id: person.id, displayName: person.displayName })}
                    aria-label={t('admin.audit.chooseNamed', { name: person.displayName })}
                  >
                    {t('admin.audit.choose')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </Stack>
  );
}
