import { PageHeading } from '../../app/PageHeading';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { Badge } from '../../ui/Badge';
import { SpaceFollow } from './SpaceFollow';
import { spacePeople } from './spacePeople';
import styles from './Spaces.module.css';

export const SpaceHeaderFragment = graphql(`
  fragment SpaceHeader_space on Space {
    id
    name
    description
    kind
    access
    memberCount
    ...SpaceFollow_space
    participantCount
  }
`);

/** The top of a space's feed: its name as the page heading, what kind of table it is, who sits there, and following it. */
export function SpaceHeader(props: { space: FragmentType<typeof SpaceHeaderFragment>; actions?: React.ReactNode }) {
  const t = useT();
  const space = useFragment(SpaceHeaderFragment, props.space);
  return (
    <header className={styles.spaceHeader}>
      <div className={styles.spaceHeading}>
        <ul className={styles.badges} aria-label={t('space.about')}>
          <li>
            <Badge tone={space.kind === 'COMMUNITY' ? 'info' : 'red'}>{t(`space.kind.${space.kind}`)}</Badge>
          </li>
          <li>
            <Badge tone={space.access === 'OPEN' ? 'green' : 'violet'}>{t(`space.access.${space.access}`)}</Badge>
          </li>
          <li className={styles.metaInline}>{spacePeople(t, space)}</li>
        </ul>
        <PageHeading documentTitle={space.name}>{space.name}</PageHeading>
        {space.description ? <p className={styles.intro}>{space.description}</p> : null}
        <SpaceFollow space={space} />
      </div>
      {props.actions ? <div className={styles.spaceActions}>{props.actions}</div> : null}
    </header>
  );
}
