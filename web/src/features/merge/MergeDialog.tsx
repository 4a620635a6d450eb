import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';

import { STATUS_NOTE_MAX, type InitiativeStatus } from '@red-chair/domain';

import { toProblem } from '../../app/errors';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { MergeCandidate_InitiativeFragment } from '../../gql/graphql';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CharacterCounter } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { Spinner } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import initiativeToolsWords from '../initiatives/toolsWords';
import styles from './Merge.module.css';
import { useMergeCandidates } from './useMergeCandidates';
import { useMergeInitiatives } from './useMergeInitiatives';

export const MergeCandidateFragment = graphql(`
  fragment MergeCandidate_initiative on Initiative {
    id
    title
    status
    voteCount
    author {
      id
      displayName
    }
  }
`);

/** What the preview shows of either side. */
export interface MergeSide {
  id: string;
  title: string;
  status: InitiativeStatus;
  voteCount: number;
  authorName: string;
}

function Side({ side, role }: { side: MergeSide; role: 'source' | 'target' }) {
  const t = initiativeToolsWords.useT();
  return (
    <section className={`${styles.side} ${role === 'target' ? styles.target : ''}`} aria-label={t(`merge.side.${role}`)}>
      <p className={styles.sideRole}>{t(`merge.side.${role}`)}</p>
      <p className={styles.sideTitle}>{side.title}</p>
      <div className={styles.sideMeta}>
        <StatusBadge status={side.status} />
        <span>{t('initiative.votes', { count: side.voteCount })}</span>
      </div>
      <p className={styles.sideAuthor}>{t('initiative.by', { name: side.authorName })}</p>
    </section>
  );
}

type Candidate = FragmentType<typeof MergeCandidateFragment>;

function toSide(candidate: MergeCandidate_InitiativeFragment): MergeSide {
  return {
    id: candidate.id,
    title: candidate.title,
    status: candidate.status,
    voteCount: candidate.voteCount,
    authorName: candidate.author.displayName,
  };
}

/** The candidates as radios: title, status and votes make each one's name. */
function CandidateList({
  candidates,
  value,
  onChange,
}: {
  candidates: Candidate[];
  value: string | null;
  onChange: (side: MergeSide) => void;
}) {
  const t = initiativeToolsWords.useT();
  const sides = useFragment(MergeCandidateFragment, candidates).map(toSide);
  return (
    <RadioGroup<string>
      id="merge-target"
      legend={t('merge.pick')}
      name="merge-target"
      value={value}
      onChange={(id) => {
        const picked = sides.find((side) => side.id === id);
        if (picked) onChange(picked);
      }}
      options={sides.map((side) => ({
        value: side.id,
        label: (
          <span className={styles.option}>
            <span className={styles.optionTitle}>{side.title}</span>
            <span className={styles.optionMeta}>
              {t(`status.${side.status}`)} · {t('initiative.votes', { count: side.voteCount })}
            </span>
          </span>
        ),
      }))}
    />
  );
}

interface MergeDialogProps {
  source: MergeSide & { spaceId: string; text: string };
  onClose: () => void;
  /** After the merge (the duplicate is now MERGED, pointing to its target). */
  onMerged: () => void;
}

/**
 * "Merge into…": find the initiative to keep (similar ones first, or a search), compare both side by
 * side, write the note told to the duplicate's author and followers, confirm. Loaded on first use.
 */
export default function MergeDialog({ source, onClose, onMerged }: MergeDialogProps) {
  const t = initiativeToolsWords.useT();
  const client = useApolloClient();
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<MergeSide | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ target?: string; note?: string; form?: string }>({});
  const candidates = useMergeCandidates(source, query);
  const [merge, { loading }] = useMergeInitiatives();

  const confirm = async () => {
    const problems = {
      ...(target ? {} : { target: t('merge.error.target') }),
      ...(note.trim() ? {} : { note: t('merge.error.note') }),
      ...(note.trim().length > STATUS_NOTE_MAX ? { note: t('merge.error.noteTooLong', { max: STATUS_NOTE_MAX }) } : {}),
    };
    setErrors(problems);
    if (!target || Object.keys(problems).length) {
      document.getElementById(problems.target ? 'merge-target-first' : 'merge-note')?.focus();
      return;
    }
    try {
      await merge({ variables: { input: { sourceId: source.id, targetId: target.id, note: note.trim() } } });
      // Lists that held the duplicate now count it wrong: they ask again when shown.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
      client.cache.gc();
      onMerged();
    } catch (error) {
      const problem = toProblem(error);
      setErrors({
        form:
          problem.code === 'BAD_USER_INPUT' || problem.code === 'NOT_FOUND'
            ? t('merge.error.refused')
            : problem.code === 'NETWORK'
              ? t('errors.network.body')
              : t('errors.server.body'),
      });
    }
  };

  return (
    <Dialog
      open
      size="wide"
      onClose={onClose}
      title={t('merge.title')}
      actions={
        <>
          <Button variant="secondary" autoFocus onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" busy={loading} onClick={() => void confirm()}>
            {t('merge.confirm')}
          </Button>
        </>
      }
    >
      <div className={styles.dialogBody}>
        <p>{t('merge.intro')}</p>
        <TextField
          id="merge-search"
          type="search"
          label={t('merge.search')}
          hint={t('merge.search.hint')}
          value={query}
          autoComplete="off"
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className={styles.candidates} aria-busy={candidates.loading}>
          {candidates.loading && !candidates.nodes.length ? (
            <p className={styles.quiet}>
              <Spinner size={16} decorative /> {t('common.loading')}
            </p>
          ) : candidates.nodes.length ? (
            <>
              <p className={styles.quiet}>{candidates.searching ? t('merge.results') : t('merge.suggested')}</p>
              <CandidateList candidates={candidates.nodes} value={target?.id ?? null} onChange={setTarget} />
            </>
          ) : (
            <p className={styles.quiet}>{candidates.searching ? t('merge.noResults') : t('merge.noSuggestions')}</p>
          )}
          {errors.target ? (
            <p className={styles.error} role="alert">
              {errors.target}
            </p>
          ) : null}
        </div>

        {target ? (
          <div className={styles.preview} aria-label={t('merge.preview')} role="group">
            <Side side={source} role="source" />
            <span className={styles.arrow} aria-hidden="true">
              →
            </span>
            <Side side={target} role="target" />
          </div>
        ) : null}

        <TextArea
          id="merge-note"
          label={t('merge.note')}
          hint={t('merge.note.hint')}
          rows={3}
          value={note}
          required
          error={errors.note}
          onChange={(event) => setNote(event.target.value)}
          footer={<CharacterCounter length={note.trim().length} max={STATUS_NOTE_MAX} />}
        />
        {errors.form ? (
          <p className={styles.error} role="alert">
            {errors.form}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
