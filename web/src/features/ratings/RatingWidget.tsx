import { useId, useState, type FormEvent } from 'react';

import { isRatable } from '@red-chair/domain';

import type { Problem } from '../../app/errors';
import { useForm, type Issues } from '../../app/forms';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { TranslateOf } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { PageSection } from '../../ui/Layout';
import { TextArea } from '../../ui/TextField';
import initiativeToolsWords from '../initiatives/toolsWords';
import { formatAverage, RATING_COMMENT_MAX, STARS } from './rating';
import styles from './Ratings.module.css';
import { useRateInitiative } from './useRateInitiative';

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

type Field = 'stars' | 'comment';
const FIELDS: readonly Field[] = ['stars', 'comment'];

interface RatingValues {
  stars: number | null;
  comment: string;
}

function validateRating({ stars, comment }: RatingValues): Issues<Field> {
  const issues: Issues<Field> = {};
  if (stars === null) issues.stars = { key: 'rating.chooseStars' };
  if (comment.trim().length > RATING_COMMENT_MAX) issues.comment = { key: 'validation.maxLength', vars: { max: RATING_COMMENT_MAX } };
  return issues;
}

function failureText(problem: Problem, t: TranslateOf<typeof initiativeToolsWords>): string {
  if (problem.code === 'NETWORK') return t('errors.network.body');
  if (problem.code === 'BAD_USER_INPUT') return t('rating.notRatable');
  return t('errors.server.body');
}

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
  const { t, locale } = initiativeToolsWords.useI18n();
  const initiative = useFragment(RatingWidgetFragment, props.initiative);
  const groupId = useId();
  const [saved, setSaved] = useState(false);
  const [rate] = useRateInitiative();
  const initialValues: RatingValues = { stars: initiative.viewerRating ?? null, comment: '' };
  const form = useForm({
    fields: FIELDS,
    initialValues,
    validate: validateRating,
    labels: { stars: t('rating.yours'), comment: t('rating.comment') },
    targets: { stars: `${groupId}-legend`, comment: `${groupId}-comment` },
    onSubmit: async ({ stars, comment }) => {
      if (stars === null) return; // validateRating refuses it first
      await rate({ variables: { input: { initiativeId: initiative.id, stars, comment: comment.trim() || null } } });
      form.reset();
      setSaved(true);
    },
    // No summary here: the stars' message and the outcome are read where they are.
    focusOnFailure: () => undefined,
  });
  if (!isRatable(initiative.space.kind, initiative.status)) return null;

  const { stars, comment } = form.values;
  const average = initiative.ratingAverage;
  const rule = { below: formatAverage(initiative.space.reviewBelowAverage, locale), min: initiative.space.reviewMinRatings };
  const missingStars = form.messages.stars;
  // Too long is said as the person types, not only once they send.
  const tooLong = comment.trim().length > RATING_COMMENT_MAX ? t('validation.maxLength', { max: RATING_COMMENT_MAX }) : undefined;
  const submit = (event: FormEvent) => {
    setSaved(false);
    return form.handleSubmit(event);
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
          <legend id={`${groupId}-legend`} className={styles.legend}>
            {t('rating.yours')}
          </legend>
          {missingStars ? (
            <p id={`${groupId}-error`} className={styles.error}>
              {missingStars}
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
                  onChange={() => form.change('stars', { stars: value })}
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
          id={`${groupId}-comment`}
          label={t('rating.comment')}
          optional
          rows={3}
          value={comment}
          error={tooLong ?? form.messages.comment}
          onChange={(event) => form.change('comment', { comment: event.target.value })}
          footer={<CharacterCounter length={comment.trim().length} max={RATING_COMMENT_MAX} />}
        />
        <div>
          <Button type="submit" busy={form.submitting}>
            {t('rating.submit')}
          </Button>
        </div>
        <div aria-live="polite">
          {saved ? (
            <p className={styles.saved}>{t('rating.saved', { count: initiative.viewerRating ?? stars ?? 0 })}</p>
          ) : form.problem ? (
            <p className={styles.error}>{failureText(form.problem, t)}</p>
          ) : null}
        </div>
      </form>
    </PageSection>
  );
}
