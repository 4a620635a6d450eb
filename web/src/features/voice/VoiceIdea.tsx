import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { graphql, useFragment, type FragmentType } from '../../gql';
import styles from './RedChair.module.css';
import voiceWords from './words';

export const VoiceIdeaFragment = graphql(`
  fragment VoiceIdea_initiative on Initiative {
    id
    title
    space {
      id
      name
    }
    author {
      id
      displayName
    }
  }
`);

/** One idea on a slide: its title (a link), who proposed it and where, and what the slide says about it (`aside`). */
export function VoiceIdea(props: {
  initiative: FragmentType<typeof VoiceIdeaFragment>;
  aside?: ReactNode;
  children?: ReactNode;
  tone?: 'late';
}) {
  const t = voiceWords.useT();
  const idea = useFragment(VoiceIdeaFragment, props.initiative);
  return (
    <li className={[styles.idea, props.tone === 'late' && styles.late].filter(Boolean).join(' ')}>
      <div className={styles.ideaMain}>
        <h3 className={styles.ideaTitle}>
          <Link to={`/i/${idea.id}`}>{idea.title}</Link>
        </h3>
        <p className={styles.ideaMeta}>{t('voice.byIn', { name: idea.author.displayName, space: idea.space.name })}</p>
        {props.children}
      </div>
      {props.aside ? <div className={styles.ideaAside}>{props.aside}</div> : null}
    </li>
  );
}
