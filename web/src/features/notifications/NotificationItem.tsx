import { Link } from 'react-router';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { RelativeTime } from '../../ui/RelativeTime';
import styles from './Notifications.module.css';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    message
    createdAt
    readAt
    initiative {
      id
      title
    }
    actor {
      id
      displayName
    }
  }
`);

interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  /** The language the server wrote `message` in (the person's saved locale). */
  messageLang: string;
  onOpen: (id: string, unread: boolean) => void;
}

/** One line of the menu: what happened (already in the person's language), when, and a link to it. */
export function NotificationItem({ notification, messageLang, onOpen }: NotificationItemProps) {
  const t = useT();
  const item = useFragment(NotificationItemFragment, notification);
  const unread = !item.readAt;
  const content = (
    <>
      <span className={styles.dot} aria-hidden="true" />
      <span className={styles.text}>
        {unread ? <span className="rc-visually-hidden">{t('notifications.unreadPrefix')} </span> : null}
        <span className={styles.message} lang={messageLang}>
          {item.message}
        </span>
        <RelativeTime className={styles.when} iso={item.createdAt} />
      </span>
    </>
  );
  return (
    <li className={`${styles.item} ${unread ? styles.unread : ''}`}>
      {item.initiative ? (
        <Link className={styles.link} to={`/i/${item.initiative.id}`} onClick={() => onOpen(item.id, unread)}>
          {content}
        </Link>
      ) : (
        <div className={styles.link}>{content}</div>
      )}
    </li>
  );
}
