import type { NotificationTexts, StatusLabels } from './en';

// The same words in French: every key of the English catalogue and no other (the compiler checks both ways).

export const statusLabels: StatusLabels = {
  'status.SUBMITTED': 'Soumise',
  'status.UNDER_REVIEW': 'À l’étude',
  'status.SELECTED': 'Retenue',
  'status.IN_PROGRESS': 'En cours',
  'status.IMPLEMENTED': 'Réalisée',
  'status.DECLINED': 'Déclinée',
  'status.MERGED': 'Fusionnée',
};

export const notificationTexts: NotificationTexts = {
  'notification.someone': 'Quelqu’un',
  'notification.title': '« {title} »',
  'notification.STATUS_CHANGED': '{actor} a passé {title} au statut {status}.',
  'notification.COMMENTED': '{actor} a commenté {title}.',
  'notification.COMMENTED.withDetail': '{actor} a commenté {title} : {detail}',
  'notification.MERGED': '{actor} a fusionné {title} avec une initiative semblable.',
  'notification.AWARDED': '{title} a reçu une distinction.',
  'notification.NEEDS_REVIEW': '{title} est mal notée et doit être revue.',
  'notification.CHALLENGE_OPENED': 'Un nouveau défi est ouvert.',
  'notification.INITIATIVE_PROPOSED': '{actor} a proposé {title}.',
};
