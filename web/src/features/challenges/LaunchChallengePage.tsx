import { useNavigate, useParams } from 'react-router';

import { isManager, CHALLENGE_LIMITS as L } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { Button, ButtonLink } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { Cluster, Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import initiativeStyles from '../initiatives/Initiatives.module.css';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { useSpace } from '../spaces/useSpace';
import styles from './Challenges.module.css';
import { parseLocal, toLocalInput, validateLaunch, type LaunchField, type LaunchValues } from './launchValidation';
import { useLaunchChallenge } from './useLaunchChallenge';
import challengeWords from './words';

const FIELDS: readonly LaunchField[] = ['title', 'brief', 'opensAt', 'closesAt'];

const initialValues = (): LaunchValues => {
  const opens = new Date();
  opens.setMinutes(0, 0, 0);
  opens.setHours(opens.getHours() + 1);
  const closes = new Date(opens.getTime() + 14 * 86400000);
  return { title: '', brief: '', opensAt: toLocalInput(opens), closesAt: toLocalInput(closes) };
};

/** `/s/:slug/challenges/new` (managers): title, brief, opening and closing; then the challenge's page. */
export default function LaunchChallengePage() {
  const t = challengeWords.useT();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const space = useSpace(slug);
  const [launch] = useLaunchChallenge();
  const spaceId = space.data?.space?.id;
  const labels = {
    title: t('launch.field.title'),
    brief: t('launch.field.brief'),
    opensAt: t('launch.field.opens'),
    closesAt: t('launch.field.closes'),
  };
  const form = useForm({
    fields: FIELDS,
    initialValues,
    validate: validateLaunch,
    labels,
    targets: { title: 'launch-title', brief: 'launch-brief', opensAt: 'launch-opens', closesAt: 'launch-closes' },
    onSubmit: async (values) => {
      if (!spaceId) return;
      const { data } = await launch({
        variables: {
          input: {
            spaceId,
            title: values.title.trim(),
            brief: values.brief.trim(),
            opensAt: parseLocal(values.opensAt)!.toISOString(),
            closesAt: parseLocal(values.closesAt)!.toISOString(),
          },
        },
      });
      if (data) navigate(`/challenges/${data.launchChallenge.id}`);
    },
  });
  const { values, messages } = form;
  const set = (field: LaunchField, value: string) => form.change(field, { [field]: value });

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target || !viewer || !isManager(viewer.role)) return <NotFoundContent />;

  return (
    <Stack gap={5}>
      <SpaceBreadcrumb space={target} />
      <header>
        <PageHeading>{t('launch.title')}</PageHeading>
        <p className={styles.lead}>{t('launch.intro', { space: target.name })}</p>
      </header>
      <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
        <FormSummary summary={form.summary} failedTitle={t('launch.failedTitle')} />
        <TextField
          id="launch-title"
          label={labels.title}
          hint={t('launch.field.title.hint', { min: L.titleMin, max: L.titleMax })}
          value={values.title}
          error={messages.title}
          required
          autoComplete="off"
          onChange={(event) => set('title', event.target.value)}
          footer={<CharacterCounter length={values.title.trim().length} max={L.titleMax} />}
        />
        <TextArea
          id="launch-brief"
          label={labels.brief}
          hint={t('launch.field.brief.hint', { max: L.briefMax })}
          rows={8}
          value={values.brief}
          error={messages.brief}
          required
          onChange={(event) => set('brief', event.target.value)}
          footer={<CharacterCounter length={values.brief.trim().length} max={L.briefMax} />}
        />
        <div className={styles.dateRow}>
          <TextField
            id="launch-opens"
            type="datetime-local"
            label={labels.opensAt}
            hint={t('launch.field.dates.hint')}
            value={values.opensAt}
            error={messages.opensAt}
            required
            onChange={(event) => set('opensAt', event.target.value)}
          />
          <TextField
            id="launch-closes"
            type="datetime-local"
            label={labels.closesAt}
            hint={t('launch.field.dates.hint')}
            value={values.closesAt}
            error={messages.closesAt}
            required
            onChange={(event) => set('closesAt', event.target.value)}
          />
        </div>
        <Cluster gap={3} stackOnPhone className={initiativeStyles.formActions}>
          <Button type="submit" busy={form.submitting}>
            {t('launch.submit')}
          </Button>
          <ButtonLink to={`/s/${target.slug}`} variant="ghost">
            {t('common.cancel')}
          </ButtonLink>
        </Cluster>
      </form>
    </Stack>
  );
}
