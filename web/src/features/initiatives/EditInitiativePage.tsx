import { useNavigate, useParams } from 'react-router';

import { useViewer } from '../../app/auth/useViewer';
import { toProblem } from '../../app/errors';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { LoadingBlock } from '../../ui/Spinner';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { InitiativeForm } from './InitiativeForm';
import styles from './Initiatives.module.css';
import proposeWords from './proposeWords';
import { useEditInitiative } from './useEditInitiative';
import { useInitiativeForEdit } from './useInitiativeForEdit';

/** `/i/:id/edit`: the author changes their initiative while nobody has answered it (SUBMITTED). */
export default function EditInitiativePage() {
  const t = proposeWords.useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { data, error, refetch } = useInitiativeForEdit(id);
  const [edit, { loading }] = useEditInitiative();

  if (error && !data?.initiative) {
    return toProblem(error).code === 'BAD_USER_INPUT' ? <NotFoundContent /> : <ProblemView error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <LoadingBlock />;
  const initiative = data.initiative;
  if (!initiative) return <NotFoundContent />;
  const editable = initiative.status === 'SUBMITTED' && viewer?.id === initiative.author.id;

  return (
    <div className={styles.proposePage}>
      <SpaceBreadcrumb space={initiative.space} page={{ to: `/i/${initiative.id}`, label: initiative.title }} />
      <header className={styles.proposeHeader}>
        <PageHeading documentTitle={t('edit.documentTitle', { title: initiative.title })}>{t('edit.title')}</PageHeading>
        <p className={styles.lead}>{t('edit.intro')}</p>
      </header>
      {editable ? (
        <div className={styles.proposeGrid}>
          <InitiativeForm
            idPrefix="edit"
            initial={{
              title: initiative.title,
              body: initiative.body,
              orientation: initiative.orientation,
              tags: initiative.tags.join(', '),
            }}
            submitLabel={t('edit.submit')}
            failedTitle={t('edit.failedTitle')}
            cancelTo={`/i/${initiative.id}`}
            busy={loading}
            onSubmit={async (input) => {
              await edit({ variables: { input: { id: initiative.id, ...input } } });
              navigate(`/i/${initiative.id}`);
            }}
          />
        </div>
      ) : (
        <Alert tone="info" title={t('edit.closed.title')}>
          <p>{t(initiative.status === 'SUBMITTED' ? 'edit.closed.notAuthor' : 'edit.closed.answered')}</p>
          <div>
            <ButtonLink to={`/i/${initiative.id}`} variant="secondary" size="small">
              {t('edit.back')}
            </ButtonLink>
          </div>
        </Alert>
      )}
    </div>
  );
}
