import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { toProblem } from '../../app/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { WithdrawnNotice } from './AuthorActions';
import styles from './Initiatives.module.css';
import initiativeToolsWords from './toolsWords';
import { useWithdrawInitiative } from './useWithdrawInitiative';

interface WithdrawDialogProps {
  initiativeId: string;
  title: string;
  spaceSlug: string;
  onClose: () => void;
}

/** "Withdraw this initiative?": on yes, back to the space's feed, which says it is gone. Loaded on first use. */
export default function WithdrawDialog({ initiativeId, title, spaceSlug, onClose }: WithdrawDialogProps) {
  const t = initiativeToolsWords.useT();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [withdraw, { loading }] = useWithdrawInitiative();

  const confirm = async () => {
    setFailure(null);
    try {
      await withdraw({ variables: { id: initiativeId } });
      onClose();
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
      setFailure(
        problem.code === 'BAD_USER_INPUT'
          ? t('withdraw.tooLate')
          : problem.code === 'NETWORK'
            ? t('errors.network.body')
            : t('errors.server.body'),
      );
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('withdraw.title')}
      actions={
        <>
          <Button variant="secondary" autoFocus onClick={onClose}>
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
  );
}
