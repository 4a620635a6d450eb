import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toProblem } from '../../app/errors';
import { useT } from '../../i18n/context';
import { Button, ButtonLink } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import styles from './Initiatives.module.css';
import { useWithdrawInitiative } from './useWithdrawInitiative';

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
  const t = useT();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [withdraw, { loading }] = useWithdrawInitiative();

  const confirm = async () => {
    setFailure(null);
    try {
      await withdraw({ variables: { id: initiativeId } });
      setConfirming(false);
      const state: WithdrawnNotice = { notice: 'withdrawn', title };
      navigate(`/s/${spaceSlug}`, { state });
      // After leaving its page: the initiative is gone from every cached list.
      window.setTimeout(() => {
        client.cache.evict({ id: client.cache.identify({ __typename: 'Initiative', id: initiativeId }) });
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
        client.cache.gc();
      });
    } catch (error) {
      const problem = toProblem(error);
      setFailure(problem.code === 'BAD_USER_INPUT' ? t('withdraw.tooLate') : problem.code === 'NETWORK' ? t('errors.network.body') : t('errors.server.body'));
    }
  };

  return (
    <div className={styles.authorActions}>
      <ButtonLink to={`/i/${initiativeId}/edit`} variant="secondary">
        {t('initiative.edit')}
      </ButtonLink>
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t('withdraw.button')}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('withdraw.title')}
        actions={
          <>
            <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
              {t('withdraw.keep')}
            </Button>
            <Button variant="danger" busy={loading} onClick={() => void confirm()}>
              {t('withdraw.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('withdraw.body', { title })}</p>
        {failure ? (
          <p role="alert" className={styles.voteError}>
            {failure}
          </p>
        ) : null}
      </Dialog>
    </div>
  );
}
