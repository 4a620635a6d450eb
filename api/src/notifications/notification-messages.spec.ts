import { notificationMessage, type MessageFacts } from './notification-messages';

const facts = (kind: MessageFacts['kind'], extra: Partial<MessageFacts> = {}): MessageFacts => ({
  kind,
  actor: 'Marc',
  title: 'Tills',
  status: null,
  detail: null,
  ...extra,
});

describe('notificationMessage', () => {
  it('writes each kind in English', () => {
    expect(notificationMessage(facts('STATUS_CHANGED', { status: 'UNDER_REVIEW', detail: 'We study it.' }), 'en')).toBe(
      'Marc moved “Tills” to under review. We study it.',
    );
    expect(notificationMessage(facts('COMMENTED', { detail: 'count me in.' }), 'en')).toBe('Marc commented on “Tills”: count me in.');
    expect(notificationMessage(facts('COMMENTED'), 'en')).toBe('Marc commented on “Tills”.');
    expect(notificationMessage(facts('MERGED'), 'en')).toBe('Marc merged “Tills” into a similar initiative.');
    expect(notificationMessage(facts('AWARDED', { detail: 'Customer Hero.' }), 'en')).toBe('“Tills” received an award. Customer Hero.');
    expect(notificationMessage(facts('NEEDS_REVIEW', { detail: 'ignored' }), 'en')).toBe('“Tills” is rated low and needs a review.');
    expect(notificationMessage(facts('CHALLENGE_OPENED', { actor: null, title: null, detail: 'Quieter tills' }), 'en')).toBe(
      'A new challenge is open. Quieter tills',
    );
  });

  it('writes each kind in French, with French quotes and status words', () => {
    expect(notificationMessage(facts('STATUS_CHANGED', { status: 'UNDER_REVIEW' }), 'fr')).toBe(
      'Marc a passé « Tills » au statut à l’étude.',
    );
    expect(notificationMessage(facts('STATUS_CHANGED', { status: 'IN_PROGRESS' }), 'fr')).toBe(
      'Marc a passé « Tills » au statut en cours.',
    );
    expect(notificationMessage(facts('COMMENTED', { detail: 'je suis partant.' }), 'fr')).toBe(
      'Marc a commenté « Tills » : je suis partant.',
    );
    expect(notificationMessage(facts('COMMENTED'), 'fr')).toBe('Marc a commenté « Tills ».');
    expect(notificationMessage(facts('MERGED', { detail: 'Doublon.' }), 'fr')).toBe(
      'Marc a fusionné « Tills » avec une initiative semblable. Doublon.',
    );
    expect(notificationMessage(facts('AWARDED'), 'fr')).toBe('« Tills » a reçu une distinction.');
    expect(notificationMessage(facts('NEEDS_REVIEW'), 'fr')).toBe('« Tills » est mal notée et doit être revue.');
    expect(notificationMessage(facts('CHALLENGE_OPENED', { actor: null, title: null }), 'fr')).toBe('Un nouveau défi est ouvert.');
  });

  it('names nobody "Someone" and keeps an unknown status as it is', () => {
    expect(notificationMessage(facts('STATUS_CHANGED', { actor: null, status: 'ARCHIVED' }), 'en')).toBe(
      'Someone moved “Tills” to ARCHIVED.',
    );
    expect(notificationMessage(facts('MERGED', { actor: null }), 'fr')).toBe(
      'Quelqu’un a fusionné « Tills » avec une initiative semblable.',
    );
  });
});
