import { useId, useState, type FormEvent } from 'react';
import { toProblem } from '../../app/errors';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { TextArea } from '../../ui/TextField';
import { formatAverage, isRatable, RATING_COMMENT_MAX, STARS } from './rating';
import styles from './Ratings.module.css';
import { useRateInitiative } from './useRateInitiative';
import { PageSection } from '../../ui/Layout';

export const RatingWidgetFragment = graphql(`
  fragment RatingWidget_initiative on Initiative {
    id
    status
    ratingAverage
    ratingCount
    viewerRating
    needsReview
    space {
      id
      kind
      reviewBelowAverage
      reviewMinRatings
    }
  }
`);

function Stars({ value }: { value: number }) {
  return (
    <span className={styles.stars} aria-hidden="true">
      {STARS.map((star) => (
        <span key={star} className={star <= Math.round(value) ? styles.on : styles.off}>
          ★
        </span>
      ))}
    </span>
  );
}

/**
 * Co-design ratings on a prototype or product of a community space: the average and count, the
 * "needs review" banner with the space's rule, and the viewer's own 1–5 stars with an optional comment.
 */
export function RatingWidget(props: { initiative: FragmentType<typeof RatingWidgetFragment> }) {
  const { t, locale } = useI18n();
  const initiative = useFragment(RatingWidgetFragment, props.initiative);
  const groupId = useId();
  const [stars, setStars] = useState<number | null>(initiative.viewerRating ?? null);
  const [comment, setComment] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | string | null>(null);
  const [rate, { loading }] = useRateInitiative();
  if (!isRatable(initiative.space.kind, initiative.status)) return null;

  const average = initiative.ratingAverage;
  const rule = { below: formatAverage(initiative.space.reviewBelowAverage, locale), min: initiative.space.reviewMinRatings };
  const missingStars = submitted && stars === null;
  const tooLong = comment.trim().length > RATING_COMMENT_MAX;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setOutcome(null);
    if (stars === null || tooLong) return;
    try {
      await rate({ variables: { input: { initiativeId: initiative.id, stars, comment: comment.trim() || null } } });
      setOutcome('saved');
      setSubmitted(false);
    } catch (error) {
      const problem = toProblem(error);
      setOutcome(problem.code === 'NETWORK' ? t('errors.network.body') : problem.code === 'BAD_USER_INPUT' ? t('rating.notRatable') : t('errors.server.body'));
    }
  };

  return (
    <PageSection className={styles.section} aria-labelledby={`${groupId}-heading`}>
      <h2 id={`${groupId}-heading`}>{t('rating.heading')}</h2>
      <p className={styles.intro}>{t('rating.intro')}</p>
      <div className={styles.summary}>
        {average !== null && average !== undefined ? (
          <>
            <Stars value={average} />
            <p>
              <strong>{t('rating.average', { average: formatAverage(average, locale) })}</strong>{' '}
              <span className={styles.count}>{t('rating.count', { count: initiative.ratingCount })}</span>
            </p>
          </>
        ) : (
          <p className={styles.count}>{t('rating.noneYet')}</p>
        )}
      </div>
      {initiative.needsReview ? (
        <Alert tone="error" title={t('rating.needsReview.title')}>
          <p>{t('rating.needsReview.body', rule)}</p>
        </Alert>
      ) : (
        <p className={styles.rule}>{t('rating.rule', rule)}</p>
      )}

      <form className={styles.form} onSubmit={submit} noValidate>
        <fieldset
          className={styles.fieldset}
          role="radiogroup"
          aria-labelledby={`${groupId}-legend`}
          aria-describedby={missingStars ? `${groupId}-error` : undefined}
        >
          <legend id={`${groupId}-legend`} className={styles.legend}>{t('rating.yours')}</legend>
          {missingStars ? (
            <p id={`${groupId}-error`} className={styles.error}>
              {t('rating.chooseStars')}
            </p>
          ) : null}
          <div className={styles.starChoices}>
            {STARS.map((value) => (
              <label key={value} className={styles.starChoice}>
                <input
                  type="radio"
                  name={`${groupId}-stars`}
                  value={value}
                  checked={stars === value}
                  onChange={() => setStars(value)}
                  aria-label={t('rating.stars', { count: value })}
                />
                <span aria-hidden="true" className={stars !== null && value <= stars ? styles.on : styles.off}>
                  ★
                </span>
                <span aria-hidden="true" className={styles.starNumber}>
                  {value}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextArea
          label={t('rating.comment')}
          optional
          rows={3}
          value={comment}
          error={tooLong ? t('validation.maxLength', { max: RATING_COMMENT_MAX }) : undefined}
          onChange={(event) => setComment(event.target.value)}
          footer={<CharacterCounter length={comment.trim().length} max={RATING_COMMENT_MAX} />}
        />
        <div>
          <Button type="submit" busy={loading}>
            {t('rating.submit')}
          </Button>
        </div>
        <div aria-live="polite">
          {outcome === 'saved' ? (
            <p className={styles.saved}>{t('rating.saved', { count: initiative.viewerRating ?? stars ?? 0 })}</p>
          ) : outcome ? (
            <p className={styles.error}>{outcome}</p>
          ) : null}
        </div>
      </form>
    </PageSection>
  );
}
