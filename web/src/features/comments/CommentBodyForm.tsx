import { useRef } from 'react';

import { COMMENT_BODY_MAX } from '@red-chair/domain';

import { useForm, type Issues } from '../../app/forms';
import { Button } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { Cluster } from '../../ui/Layout';
import { TextArea } from '../../ui/TextField';
import initiativeToolsWords from '../initiatives/toolsWords';
import { MarkdownTabs } from '../markdown/MarkdownTabs';
import styles from './Comments.module.css';

const FIELDS = ['body'] as const;

export function validateComment(body: string): Issues<'body'> {
  const text = body.trim();
  if (!text) return { body: { key: 'validation.required' } };
  if (text.length > COMMENT_BODY_MAX) return { body: { key: 'validation.maxLength', vars: { max: COMMENT_BODY_MAX } } };
  return {};
}

interface CommentBodyFormProps {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  rows?: number;
  autoFocus?: boolean;
  busy: boolean;
  /**
   * New comments and replies: the field empties as soon as it is sent (the text comes back with the
   * error if it fails), so the draft and the posted comment are never on screen together.
   */
  clearOnSubmit?: boolean;
  /** Rejects with the API's error: shown under the field. Resolves when saved (the field empties). */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}

/** One Markdown field and its buttons: a new comment, a reply, or an edit. */
export function CommentBodyForm({
  id,
  label,
  submitLabel,
  initial = '',
  rows = 4,
  autoFocus,
  busy,
  clearOnSubmit = false,
  onSubmit,
  onCancel,
}: CommentBodyFormProps) {
  const t = initiativeToolsWords.useT();
  const field = useRef<HTMLFormElement>(null);
  const form = useForm({
    fields: FIELDS,
    initialValues: { body: initial },
    validate: ({ body }) => validateComment(body),
    labels: { body: label },
    targets: { body: id },
    onSubmit: async ({ body: draft }) => {
      // The empty field is not a mistake while the draft is on its way.
      if (clearOnSubmit) form.reset({ body: '' });
      try {
        await onSubmit(draft.trim());
      } catch (error) {
        form.change('body', { body: draft });
        throw error;
      }
      form.reset({ body: '' });
    },
    focusOnFailure: () => field.current?.querySelector('textarea')?.focus(),
  });
  const { body } = form.values;
  const { messages, problem } = form;
  const general =
    problem && !messages.body
      ? problem.code === 'NETWORK'
        ? t('errors.network.body')
        : problem.code === 'INTERNAL_SERVER_ERROR'
          ? t('errors.server.body')
          : problem.message
      : '';

  return (
    <form ref={field} className={styles.bodyForm} onSubmit={form.handleSubmit} noValidate>
      <MarkdownTabs id={id} markdown={body} invalid={!!(messages.body ?? general)} size="small">
        <TextArea
          id={id}
          label={label}
          hint={t('comments.hint')}
          rows={rows}
          value={body}
          autoFocus={autoFocus}
          error={messages.body ?? (general || undefined)}
          onChange={(event) => form.change('body', { body: event.target.value })}
          footer={body.length > COMMENT_BODY_MAX * 0.8 ? <CharacterCounter length={body.trim().length} max={COMMENT_BODY_MAX} /> : null}
        />
      </MarkdownTabs>
      <Cluster gap={2}>
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </Cluster>
    </form>
  );
}
