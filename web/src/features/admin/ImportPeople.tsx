import { useId, useRef, useState } from 'react';

import { toProblem } from '../../app/errors';
import { formProblemText } from '../../app/forms';
import { numberFormat } from '../../i18n/intl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Cluster, Stack } from '../../ui/Layout';
import styles from './Admin.module.css';
import { EXAMPLE_CSV, IMPORT_HEADER } from './adminValidation';
import peopleWords from './peopleWords';
import { useImportUsers } from './useImportUsers';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: readonly { line: number; message: string }[];
}

/** The file's text, as UTF-8 (FileReader: every browser, and jsdom in tests, which lacks Blob.text). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });

const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_CSV)}`;

/** What an import did or would do: three counts, then every refused line with its number. */
export function ImportReportView({ report, applied }: { report: ImportReport; applied: boolean }) {
  const { t, locale } = peopleWords.useI18n();
  const number = (value: number) => numberFormat(locale).format(value);
  const titleId = useId();
  return (
    <Stack gap={3}>
      <h3 id={titleId}>{t(applied ? 'admin.import.appliedTitle' : 'admin.import.previewTitle')}</h3>
      <dl className={styles.figures} aria-labelledby={titleId}>
        <div className={styles.figure}>
          <dt>{t(applied ? 'admin.import.created' : 'admin.import.toCreate')}</dt>
          <dd>{number(report.created)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t(applied ? 'admin.import.updated' : 'admin.import.toUpdate')}</dt>
          <dd>{number(report.updated)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t('admin.import.unchanged')}</dt>
          <dd>{number(report.unchanged)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t('admin.import.refused')}</dt>
          <dd>{number(report.errors.length)}</dd>
        </div>
      </dl>
      {report.errors.length ? (
        <Stack gap={2}>
          <h4>{t('admin.import.errorsTitle', { count: report.errors.length })}</h4>
          <ul className={styles.errorList} aria-label={t('admin.import.errorsTitle', { count: report.errors.length })}>
            {report.errors.map((error) => (
              <li key={`${error.line} ${error.message}`}>
                <span className={styles.lineNumber}>{t('admin.import.line', { line: error.line })}</span>
                <span>{error.message}</span>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </Stack>
  );
}

/**
 * A CSV chosen in the browser: a dry run first (nothing changes), then "Apply" sends the same text for
 * real. Choosing another file starts over.
 */
export function ImportPeople({ onDone }: { onDone: () => void }) {
  const { t } = peopleWords.useI18n();
  const importUsers = useImportUsers();
  const fileId = useId();
  const hintId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (text: string, dryRun: boolean) => {
    setBusy(dryRun ? 'preview' : 'apply');
    setProblem(null);
    try {
      const report = await importUsers(text, dryRun);
      if (dryRun) setPreview(report);
      else setApplied(report);
      window.setTimeout(() => resultRef.current?.focus());
    } catch (error) {
      const refusal = toProblem(error);
      setProblem(refusal.fields.csv ?? formProblemText(refusal, t));
    } finally {
      setBusy(null);
    }
  };

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setApplied(null);
    setProblem(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    try {
      const text = await readText(chosen);
      setFile({ name: chosen.name, text });
      await run(text, true);
    } catch {
      setProblem(t('admin.import.unreadable'));
    }
  };

  return (
    <section aria-labelledby="import-title" className={styles.panel}>
      <Stack gap={4}>
        <h2 id="import-title">{t('admin.import.title')}</h2>
        <p id={hintId} className={styles.muted}>
          {t('admin.import.intro', { header: IMPORT_HEADER })}{' '}
          <a href={EXAMPLE_HREF} download="red-chair-people.csv">
            {t('admin.import.example')}
          </a>
        </p>
        <div className={styles.readOnly}>
          <label htmlFor={fileId} className={styles.readOnlyLabel}>
            {t('admin.import.file')}
          </label>
          <input
            id={fileId}
            className={styles.fileInput}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={hintId}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
        {busy === 'preview' ? <p role="status">{t('admin.import.checking')}</p> : null}
        {problem ? (
          <Alert tone="error" live="alert" title={t('admin.import.failed')}>
            <p>{problem}</p>
          </Alert>
        ) : null}
        <div ref={resultRef} tabIndex={-1}>
          {applied ? (
            <Stack gap={3}>
              <Alert tone="success" live="status">
                <p>{t('admin.import.done', { created: applied.created, updated: applied.updated })}</p>
              </Alert>
              <ImportReportView report={applied} applied />
            </Stack>
          ) : preview && file ? (
            <Stack gap={3}>
              <p className={styles.muted}>{t('admin.import.dryRunNote', { file: file.name })}</p>
              <ImportReportView report={preview} applied={false} />
            </Stack>
          ) : null}
        </div>
        <Cluster gap={2}>
          {preview && file && !applied ? (
            <Button
              busy={busy === 'apply'}
              unavailable={preview.created + preview.updated === 0}
              onClick={() => void run(file.text, false)}
            >
              {t('admin.import.apply', { count: preview.created + preview.updated })}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={onDone}>
            {t('admin.close')}
          </Button>
        </Cluster>
      </Stack>
    </section>
  );
}
