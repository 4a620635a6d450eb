import { Link } from 'react-router';
import { PageHeading } from '../../app/PageHeading';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n/context';
import { formatDate, formatDateTime, formatRelative } from '../../i18n/format';
import { Badge, StatusBadge, TagList } from '../../ui/Badge';
import { Counts } from './Counts';
import styles from './Initiatives.module.css';

export const InitiativeViewFragment = graphql(`
  fragment InitiativeView_initiative on Initiative {
    id
    title
    body
    status
    orientation
    tags
    voteCount
    commentCount
    followerCount
    awaitingResponse
    createdAt
    updatedAt
    author {
      id
      displayName
    }
    space {
      id
      slug
      name
    }
  }
`);

/**
 * The body is Markdown as the author wrote it. Until the API sends sanitised `bodyHtml`, it is shown
 * as text: paragraphs split on blank lines, line breaks kept. Never injected as HTML.
 */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.replace(/^\n+|\s+$/g, ''))
    .filter((part) => part.trim().length > 0);
}

function When({ iso, label }: { iso: string; label: string }) {
  const { locale } = useI18n();
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>
        <time dateTime={iso} title={formatDateTime(iso, locale)}>
          {formatDate(iso, locale)}
        </time>{' '}
        <span className={styles.relative}>({formatRelative(iso, locale)})</span>
      </dd>
    </div>
  );
}

export function InitiativeView(props: { initiative: FragmentType<typeof InitiativeViewFragment> }) {
  const { t } = useI18n();
  const initiative = useFragment(InitiativeViewFragment, props.initiative);
  const edited = initiative.updatedAt !== initiative.createdAt;
  return (
    <article className={styles.detail}>
      <nav aria-label={t('nav.breadcrumb')} className={styles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">{t('nav.spaces')}</Link>
          </li>
          <li>
            <Link to={`/s/${initiative.space.slug}`}>{initiative.space.name}</Link>
          </li>
        </ol>
      </nav>

      <header className={styles.detailHeader}>
        <div className={styles.cardTop}>
          <StatusBadge status={initiative.status} />
          {initiative.awaitingResponse ? <Badge tone="outline">{t('initiative.awaitingResponse')}</Badge> : null}
          <span className={styles.orientation}>{t(`orientation.${initiative.orientation}`)}</span>
        </div>
        <PageHeading className={styles.detailTitle} documentTitle={initiative.title}>
          {initiative.title}
        </PageHeading>
        <p className={styles.byline}>
          {t('initiative.byIn', { name: initiative.author.displayName, space: initiative.space.name })}
        </p>
      </header>

      <div className={styles.detailGrid}>
        <section className={styles.body} aria-label={t('initiative.description')}>
          {paragraphs(initiative.body).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>

        <aside className={styles.facts} aria-label={t('initiative.details')}>
          <Counts votes={initiative.voteCount} comments={initiative.commentCount} followers={initiative.followerCount} />
          <dl>
            <When iso={initiative.createdAt} label={t('initiative.proposed')} />
            {edited ? <When iso={initiative.updatedAt} label={t('initiative.updated')} /> : null}
            <div className={styles.fact}>
              <dt>{t('initiative.space')}</dt>
              <dd>
                <Link to={`/s/${initiative.space.slug}`}>{initiative.space.name}</Link>
              </dd>
            </div>
            {initiative.tags.length ? (
              <div className={styles.fact}>
                <dt>{t('initiative.tags')}</dt>
                <dd>
                  <TagList tags={initiative.tags} />
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
