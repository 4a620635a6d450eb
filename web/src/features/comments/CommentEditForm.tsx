import initiativeToolsWords from '../initiatives/toolsWords';
import { CommentBodyForm } from './CommentBodyForm';
import { useEditComment } from './useEditComment';

interface CommentEditFormProps {
  comment: { id: string; body: string };
  /** Saved or cancelled: the form goes away. */
  onDone: () => void;
}

/** The author's comment in its Markdown, to rewrite in place. */
export function CommentEditForm({ comment, onDone }: CommentEditFormProps) {
  const t = initiativeToolsWords.useT();
  const [edit, { loading }] = useEditComment();
  return (
    <CommentBodyForm
      id={`comment-edit-${comment.id}`}
      label={t('comments.editLabel')}
      submitLabel={t('comments.save')}
      initial={comment.body}
      autoFocus
      busy={loading}
      onCancel={onDone}
      onSubmit={async (body) => {
        await edit({ variables: { id: comment.id, body } });
        onDone();
      }}
    />
  );
}
