import { CHALLENGE_LIMITS as L, isManager } from '@red-chair/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useViewer } from '../../app/auth/useViewer';
import { formProblemText, hasIssues, useFormErrors } from '../../app/forms';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { Button, ButtonLink } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CharacterCounter } from '../../ui/Field';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import initiativeStyles from '../initiatives/Initiatives.module.css';
import { useSpace } from '../spaces/useSpace';
import styles from './Challenges.module.css';
import { parseLocal, toLocalInput, validateLaunch, type LaunchField, type LaunchValues } from './launchValidation';
import { useLaunchChallenge } from './useLaunchChallenge';

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
  const t = useT();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const space = useSpace(slug);
  const [values, setValues] = useState<LaunchValues>(initialValues);
  const [launch, { loading }] = useLaunchChallenge();
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);
  const ids: Record<LaunchField, string> = { title: 'launch-title', brief: 'launch-brief', opensAt: 'launch-opens', closesAt: 'launch-closes' };
  const labels: Record<LaunchField, string> = {
    title: t('launch.field.title'),
    brief: t('launch.field.brief'),
    opensAt: t('launch.field.opens'),
    closesAt: t('launch.field.closes'),
  };
  const issues = validateLaunch(values);
  const messages = form.messages(issues, t, labels);

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target || !viewer || !isManager(viewer.role)) return <NotFoundContent />;

  const set = (field: LaunchField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.touch(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    if (hasIssues(issues)) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const { data } = await launch({
        variables: {
          input: {
            spaceId: target.id,
            title: values.title.trim(),
            brief: values.brief.trim(),
            opensAt: parseLocal(values.opensAt)!.toISOString(),
            closesAt: parseLocal(values.closesAt)!.toISOString(),
          },
        },
      });
      if (data) navigate(`/challenges/${data.launchChallenge.id}`);
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: ids[field], label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  const problemText = problem && !items.length ? formProblemText(problem, t) : undefined;

  return (
    <div className={styles.page}>
      <nav aria-label={t('nav.breadcrumb')} className={initiativeStyles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">{t('nav.spaces')}</Link>
          </li>
          <li>
            <Link to={`/s/${target.slug}`}>{target.name}</Link>
          </li>
        </ol>
      </nav>
      <header>
        <PageHeading>{t('launch.title')}</PageHeading>
        <p className={styles.lead}>{t('launch.intro', { space: target.name })}</p>
      </header>
      <form className={styles.form} onSubmit={submit} noValidate>
        {(form.submitted && items.length) || problemText ? (
          <ErrorSummary ref={summary} title={items.length ? t('form.summary', { count: items.length }) : t('launch.failedTitle')} message={problemText} items={items} />
        ) : null}
        <TextField
          id={ids.title}
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
          id={ids.brief}
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
            id={ids.opensAt}
            type="datetime-local"
            label={labels.opensAt}
            hint={t('launch.field.dates.hint')}
            value={values.opensAt}
            error={messages.opensAt}
            required
            onChange={(event) => set('opensAt', event.target.value)}
          />
          <TextField
            id={ids.closesAt}
            type="datetime-local"
            label={labels.closesAt}
            hint={t('launch.field.dates.hint')}
            value={values.closesAt}
            error={messages.closesAt}
            required
            onChange={(event) => set('closesAt', event.target.value)}
          />
        </div>
        <div className={initiativeStyles.formActions}>
          <Button type="submit" busy={loading}>
            {t('launch.submit')}
          </Button>
          <ButtonLink to={`/s/${target.slug}`} variant="ghost">
            {t('common.cancel')}
          </ButtonLink>
        </div>
      </form>
    </div>
  );
}
