/**
 * The English catalogue of the words the API and the web app share, in two parts so the web app
 * downloads only the one it shows.
 */

/** Status labels: the web app shows them as they are; the API says them inside a sentence. */
export const statusLabels = {
  'status.SUBMITTED': 'Submitted',
  'status.UNDER_REVIEW': 'Under review',
  'status.SELECTED': 'Selected',
  'status.IN_PROGRESS': 'In progress',
  'status.IMPLEMENTED': 'Implemented',
  'status.DECLINED': 'Declined',
  'status.MERGED': 'Merged',
} as const;

/** What a notification says: the API writes the sentence in the person's language, the web app shows it. */
export const notificationTexts = {
  'notification.someone': 'Someone',
  'notification.title': '“{title}”',
  'notification.STATUS_CHANGED': '{actor} moved {title} to {status}.',
  'notification.COMMENTED': '{actor} commented on {title}.',
  'notification.COMMENTED.withDetail': '{actor} commented on {title}: {detail}',
  'notification.MERGED': '{actor} merged {title} into a similar initiative.',
  'notification.AWARDED': '{title} received an award.',
  'notification.NEEDS_REVIEW': '{title} is rated low and needs a review.',
  'notification.CHALLENGE_OPENED': 'A new challenge is open.',
  'notification.INITIATIVE_PROPOSED': '{actor} proposed {title}.',
} as const;

export type StatusLabels = Record<keyof typeof statusLabels, string>;
export type NotificationTexts = Record<keyof typeof notificationTexts, string>;
