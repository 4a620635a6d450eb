import { Link } from 'react-router';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { spacePeople } from './spacePeople';
import styles from './Spaces.module.css';

export const SpaceCardFragment = graphql(`
  fragment SpaceCard_space on Space {
    id
    slug
    name
    description
    kind
    access
    memberCount
    participantCount
    viewerIsMember
  }
`);

/** One space on the home page; its name is the link to its feed (the whole card is clickable). */
export function SpaceCard(props: { space: FragmentType<typeof SpaceCardFragment> }) {
  const t = useT();
  const space = useFragment(SpaceCardFragment, props.space);
  return (
    <Card as="li" interactive className={styles.card}>
      <h2 className={styles.cardTitle}>
        <Link to={`/s/${space.slug}`} className={styles.cardLink}>
          {space.name}
        </Link>
      </h2>
      <ul className={styles.badges} aria-label={t('space.about')}>
        <li>
          <Badge tone={space.kind === 'COMMUNITY' ? 'info' : 'red'}>{t(`space.kind.${space.kind}`)}</Badge>
        </li>
        <li>
          <Badge tone={space.access === 'OPEN' ? 'green' : 'violet'}>{t(`space.access.${space.access}`)}</Badge>
        </li>
        {space.viewerIsMember ? (
          <li>
            <Badge tone="outline">{t('space.youAreMember')}</Badge>
          </li>
        ) : null}
      </ul>
      {space.description ? <p className={styles.description}>{space.description}</p> : null}
      <p className={styles.meta}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="6" cy="5" r="3" fill="currentColor" />
          <path d="M1 14c0-3 2.2-5 5-5s5 2 5 5z" fill="currentColor" />
          <circle cx="12" cy="6" r="2" fill="currentColor" opacity=".6" />
          <path d="M10.5 9.2c2.5-.4 4.5 1.4 4.5 4.8h-3c0-2-.6-3.6-1.5-4.8z" fill="currentColor" opacity=".6" />
        </svg>
        {spacePeople(t, space)}
      </p>
    </Card>
  );
}
