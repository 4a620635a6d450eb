import { INITIATIVE_LIMITS as L, type Orientation } from '@red-chair/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { hasIssues, useFormErrors } from '../../app/forms';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { Tag } from '../../ui/Badge';
import { Button, ButtonLink } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CharacterCounter } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import { useSpace } from '../spaces/useSpace';
import styles from './Initiatives.module.css';
import { isValidTag, parseTags, validatePropose, type ProposeField, type ProposeValues } from './proposeValidation';
import { useProposeInitiative } from './useProposeInitiative';

const FIELDS: readonly ProposeField[] = ['title', 'body', 'orientation', 'tags'];
const TARGET: Record<ProposeField, string> = {
  title: 'propose-title',
  body: 'propose-body',
  orientation: 'propose-orientation-first',
  tags: 'propose-tags',
};

/** `/s/:slug/propose`: title, description (Markdown), who it serves, tags; then its page. */
export default function ProposePage() {
  const t = useT();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const space = useSpace(slug);
  const [propose, { loading }] = useProposeInitiative();
  const [values, setValues] = useState<ProposeValues>({ title: '', body: '', orientation: 'CUSTOMER', tags: '' });
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target) return <NotFoundContent />;

  const labels: Record<ProposeField, string> = {
    title: t('field.title'),
    body: t('field.body'),
    orientation: t('field.orientation'),
    tags: t('field.tags'),
  };
  const issues = validatePropose(values);
  const messages = form.messages(issues, t, labels);
  const tags = parseTags(values.tags);

  const set = <F extends ProposeField>(field: F, value: ProposeValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.touch(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    if (hasIssues(issues) || !values.orientation) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const { data } = await propose({
        variables: {
          input: { spaceId: target.id, title: values.title.trim(), body: values.body.trim(), orientation: values.orientation, tags },
        },
      });
      if (data) navigate(`/i/${data.proposeInitiative.id}`);
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: TARGET[field], label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  const problemText =
    problem && !items.length
      ? problem.code === 'NETWORK'
        ? t('errors.network.body')
        : problem.code === 'INTERNAL_SERVER_ERROR'
          ? t('errors.server.body')
          : problem.message || t('errors.server.body')
      : undefined;
  const showSummary = (form.submitted && items.length > 0) || !!problemText;

  return (
    <div className={styles.proposePage}>
      <nav aria-label={t('nav.breadcrumb')} className={styles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">{t('nav.spaces')}</Link>
          </li>
          <li>
            <Link to={`/s/${target.slug}`}>{target.name}</Link>
          </li>
        </ol>
      </nav>
      <header className={styles.proposeHeader}>
        <PageHeading documentTitle={t('propose.documentTitle', { space: target.name })}>{t('propose.title')}</PageHeading>
        <p className={styles.lead}>{t('propose.intro', { space: target.name })}</p>
      </header>

      <div className={styles.proposeGrid}>
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          {showSummary ? (
            <ErrorSummary
              ref={summary}
              title={items.length ? t('form.summary', { count: items.length }) : t('propose.failedTitle')}
              message={problemText}
              items={items}
            />
          ) : null}

          <TextField
            id={TARGET.title}
            label={labels.title}
            hint={t('field.title.hint', { min: L.titleMin, max: L.titleMax })}
            name="title"
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
            error={messages.title}
            autoComplete="off"
            required
            footer={<CharacterCounter length={values.title.trim().length} max={L.titleMax} />}
          />

          <TextArea
            id={TARGET.body}
            label={labels.body}
            hint={t('field.body.hint')}
            name="body"
            rows={10}
            value={values.body}
            onChange={(event) => set('body', event.target.value)}
            error={messages.body}
            required
            footer={<CharacterCounter length={values.body.trim().length} max={L.bodyMax} />}
          />

          <RadioGroup<Orientation>
            id="propose-orientation"
            legend={labels.orientation}
            name="orientation"
            value={values.orientation}
            onChange={(value) => set('orientation', value)}
            error={messages.orientation}
            options={[
              { value: 'CUSTOMER', label: t('field.orientation.CUSTOMER') },
              { value: 'EMPLOYEE', label: t('field.orientation.EMPLOYEE') },
            ]}
          />

          <TextField
            id={TARGET.tags}
            label={labels.tags}
            hint={t('field.tags.hint', { max: L.tagsMax })}
            name="tags"
            value={values.tags}
            onChange={(event) => set('tags', event.target.value)}
            error={messages.tags}
            autoComplete="off"
            spellCheck={false}
            optional
            footer={
              tags.length ? (
                <div className={styles.chips}>
                  <span className={styles.chipsLabel}>{t('field.tags.preview', { count: tags.length })}</span>
                  <ul className={styles.chipList}>
                    {tags.map((tag, index) => (
                      <li key={tag}>
                        <Tag invalid={!isValidTag(tag) || index >= L.tagsMax}>#{tag}</Tag>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null
            }
          />

          <div className={styles.formActions}>
            <Button type="submit" busy={loading}>
              {t('propose.submit')}
            </Button>
            <ButtonLink to={`/s/${target.slug}`} variant="ghost">
              {t('common.cancel')}
            </ButtonLink>
          </div>
        </form>
        <aside className={styles.tips} aria-labelledby="propose-tips">
          <h2 id="propose-tips">{t('propose.tips.title')}</h2>
          <ul>
            <li>{t('propose.tips.who')}</li>
            <li>{t('propose.tips.today')}</li>
            <li>{t('propose.tips.measure')}</li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
