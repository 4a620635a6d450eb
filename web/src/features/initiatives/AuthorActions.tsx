import { lazy, Suspense, useState } from 'react';

import { withWords } from '../../i18n/words';
import { Button, ButtonLink } from '../../ui/Button';
import styles from './Initiatives.module.css';
import initiativePageWords from './pageWords';

/** Only authors who choose "Withdraw" need it. */
const WithdrawDialog = lazy(() => withWords(import('./WithdrawDialog'), () => import('./toolsWords')));

export interface WithdrawnNotice {
  notice: 'withdrawn';
  title: string;
}

interface AuthorActionsProps {
  initiativeId: string;
  title: string;
  spaceSlug: string;
}

/** The author's own controls while nobody has answered yet: Edit, and Withdraw after a confirmation. */
export function AuthorActions({ initiativeId, title, spaceSlug }: AuthorActionsProps) {
  const t = initiativePageWords.useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={styles.authorActions}>
      <ButtonLink to={`/i/${initiativeId}/edit`} variant="secondary">
        {t('initiative.edit')}
      </ButtonLink>
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t('withdraw.button')}
      </Button>
      {confirming ? (
        <Suspense fallback={null}>
          <WithdrawDialog initiativeId={initiativeId} title={title} spaceSlug={spaceSlug} onClose={() => setConfirming(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
