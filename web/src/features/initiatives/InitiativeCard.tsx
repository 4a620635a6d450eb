import { Link } from 'react-router';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { Badge, StatusBadge, TagList } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { RelativeTime } from '../../ui/RelativeTime';
import { Highlight } from '../search/Highlight';
import { Counts } from './Counts';
import styles from './Initiatives.module.css';
import { VoteButton } from './VoteButton';

export const InitiativeCardFragment = graphql(`
  fragment InitiativeCard_initiative on Initiative {
    id
    title
    status
    orientation
    tags
    voteCount
    commentCount
    awaitingResponse
    createdAt
    author {
      id
      displayName
    }
    ...VoteButton_initiative
  }
`);

interface InitiativeCardProps {
  initiative: FragmentType<typeof InitiativeCardFragment>;
  /** The feed's search: its words are marked in the title. */
  search?: string | null;
  /** Where a tag leads (the feed filtered by it); without it tags are plain text. */
  tagHref?: (tag: string) => string;
}

/** One initiative in a feed: its title links to its page; the vote button works in place; tags filter the feed. */
export function InitiativeCard({ search, tagHref, ...props }: InitiativeCardProps) {
  const t = useT();
  const initiative = useFragment(InitiativeCardFragment, props.initiative);
  return (
    <Card as="article" interactive className={styles.card}>
      <div className={styles.cardTop}>
        <StatusBadge status={initiative.status} />
        {initiative.awaitingResponse ? <Badge tone="outline">{t('initiative.awaitingResponse')}</Badge> : null}
        <span className={styles.orientation}>{t(`orientation.${initiative.orientation}`)}</span>
      </div>
      <h2 className={styles.cardTitle}>
        <Link to={`/i/${initiative.id}`} className={styles.cardLink}>
          <Highlight text={initiative.title} query={search} />
        </Link>
      </h2>
      <p className={styles.byline}>
        {t('initiative.by', { name: initiative.author.displayName })}
        <span aria-hidden="true"> · </span>
        <RelativeTime iso={initiative.createdAt} />
      </p>
      <div className={styles.cardBottom}>
        <TagList tags={initiative.tags} label={t('initiative.tags')} hrefFor={tagHref} linkLabel={(tag) => t('search.tagLink', { tag })} />
        <div className={styles.cardCounts}>
          <VoteButton initiative={initiative} variant="card" />
          <Counts comments={initiative.commentCount} />
        </div>
      </div>
    </Card>
  );
}
