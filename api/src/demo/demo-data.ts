import type { DataSource, EntityManager } from 'typeorm';

import type { InitiativeStatus, Orientation, Role, SpaceAccess, SpaceKind } from '@red-chair/domain';

import { hashPassword } from '../auth/passwords';

export const DEMO_PASSWORD = 'RedChair-demo-2026';

/** The accounts the README and the start banner list; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@redchair.test', displayName: 'Aurélie Admin', role: 'ADMIN' },
  { email: 'manager@redchair.test', displayName: 'Marc Lefèvre', role: 'MANAGER' },
  { email: 'employee@redchair.test', displayName: 'Camille Martin', role: 'EMPLOYEE' },
  { email: 'customer@redchair.test', displayName: 'Jeanne Dubois', role: 'CUSTOMER' },
];

const EXTRA_PEOPLE: { email: string; displayName: string; role: Role }[] = [
  { email: 'sofiane.benali@redchair.test', displayName: 'Sofiane Benali', role: 'EMPLOYEE' },
  { email: 'claire.moreau@redchair.test', displayName: 'Claire Moreau', role: 'EMPLOYEE' },
  { email: 'paul.girard@redchair.test', displayName: 'Paul Girard', role: 'CUSTOMER' },
  { email: 'odette.roux@redchair.test', displayName: 'Odette Roux', role: 'CUSTOMER' },
];

// Each space speaks one language, the one its name is written in: a space's description is written by
// its admins like its name, not translated, and two languages joined in one sentence read as a glitch.
const SPACES: { slug: string; name: string; description: string; kind: SpaceKind; access: SpaceAccess; sla: number }[] = [
  {
    slug: 'internal',
    name: 'Initiatives internes',
    description: 'Les collaborateurs partagent leurs initiatives pour les clients comme pour les collègues.',
    kind: 'INTERNAL',
    access: 'OPEN',
    sla: 14,
  },
  {
    slug: 'community',
    name: 'Customer community',
    description: 'Customers and teams co-design the shop of tomorrow.',
    kind: 'COMMUNITY',
    access: 'OPEN',
    sla: 10,
  },
  {
    slug: 'silver-lab',
    name: 'Silver Lab',
    description: 'A small club of senior customers who test new services before everyone else.',
    kind: 'COMMUNITY',
    access: 'INVITE_ONLY',
    sla: 7,
  },
];

interface DemoInitiative {
  space: string;
  author: string;
  title: string;
  body: string;
  orientation: Orientation;
  tags: string[];
  daysAgo: number;
}

const INITIATIVES: DemoInitiative[] = [
  {
    space: 'internal',
    author: 'employee@redchair.test',
    title: 'Ouvrir deux caisses de plus le samedi entre 11 h et 13 h',
    body: "Le samedi midi, l'attente en caisse dépasse souvent 15 minutes. Deux caisses volantes tenues par des volontaires du siège suffiraient à passer sous les 5 minutes.\n\n- mesure : temps d'attente moyen relevé chaque samedi\n- coût : 4 h de renfort par magasin",
    orientation: 'CUSTOMER',
    tags: ['caisse', 'samedi', 'attente'],
    daysAgo: 21,
  },
  {
    space: 'internal',
    author: 'sofiane.benali@redchair.test',
    title: 'A callback promise for every unhappy customer within 48 hours',
    body: 'When a customer leaves a rating of 1 or 2 stars, a store manager calls them back within 48 hours. We log what we learn and share it at the Monday meeting.',
    orientation: 'CUSTOMER',
    tags: ['callback', 'satisfaction'],
    daysAgo: 18,
  },
  {
    space: 'internal',
    author: 'claire.moreau@redchair.test',
    title: 'La « minute client » en ouverture de chaque comité de direction',
    body: 'Chaque comité commence par 5 minutes de verbatims clients lus à voix haute, comme la chaise rouge laissée vide à la table du comité exécutif.',
    orientation: 'EMPLOYEE',
    tags: ['rituel', 'management'],
    daysAgo: 9,
  },
  {
    space: 'internal',
    author: 'employee@redchair.test',
    title: 'Share three customer indicators with every team, every week',
    body: 'Each team gets the three indicators tied to its job (NPS, effort score, first-contact resolution) on one page every Monday, with last week for comparison.',
    orientation: 'EMPLOYEE',
    tags: ['nps', 'indicators'],
    daysAgo: 5,
  },
  {
    space: 'internal',
    author: 'sofiane.benali@redchair.test',
    title: 'Un tutoriel vidéo pour le nouvel outil de planning des équipes',
    body: "Beaucoup de collègues en magasin n'osent pas demander d'aide sur le nouvel outil de planning. Trois vidéos de deux minutes suffiraient.",
    orientation: 'EMPLOYEE',
    tags: ['formation', 'outils'],
    daysAgo: 2,
  },
  {
    space: 'community',
    author: 'customer@redchair.test',
    title: 'Redesign the loyalty programme around services, not discounts',
    body: 'I would trade my points for a free repair, a longer warranty or a workshop. Discount vouchers I always forget to use.',
    orientation: 'CUSTOMER',
    tags: ['loyalty', 'services'],
    daysAgo: 16,
  },
  {
    space: 'community',
    author: 'paul.girard@redchair.test',
    title: 'Réserver un créneau de retrait en magasin depuis l’application',
    body: 'Pouvoir choisir un créneau de 15 minutes pour retirer sa commande éviterait de faire la queue au comptoir retrait le samedi.',
    orientation: 'CUSTOMER',
    tags: ['click-and-collect', 'application'],
    daysAgo: 12,
  },
  {
    space: 'community',
    author: 'odette.roux@redchair.test',
    title: 'Des étiquettes de prix plus lisibles dans les rayons',
    body: 'Les prix au kilo sont écrits trop petit. Une police plus grande et un meilleur contraste aideraient tout le monde, pas seulement les seniors.',
    orientation: 'CUSTOMER',
    tags: ['accessibilité', 'magasin'],
    daysAgo: 6,
  },
  {
    space: 'community',
    author: 'employee@redchair.test',
    title: 'Ask the community before we change a product range',
    body: 'Before removing or replacing a product range, publish the plan here for two weeks so regular customers can weigh in.',
    orientation: 'CUSTOMER',
    tags: ['co-design', 'range'],
    daysAgo: 3,
  },
  {
    space: 'silver-lab',
    author: 'customer@redchair.test',
    title: 'A simpler mobile app mode with bigger buttons',
    body: 'A "simple mode" with four big buttons — my orders, my store, call me back, my card — would make the app usable for many of us.',
    orientation: 'CUSTOMER',
    tags: ['application', 'seniors', 'accessibility'],
    daysAgo: 10,
  },
  {
    space: 'silver-lab',
    author: 'odette.roux@redchair.test',
    title: 'Tester la livraison à domicile avec prise de rendez-vous téléphonique',
    body: "Nous aimerions tester une livraison où l'on convient du rendez-vous par téléphone avec une vraie personne, plutôt que par SMS.",
    orientation: 'CUSTOMER',
    tags: ['livraison', 'seniors'],
    daysAgo: 4,
  },
  {
    space: 'silver-lab',
    author: 'paul.girard@redchair.test',
    title: 'Monthly coffee morning to try prototypes together',
    body: 'Once a month, the Silver Lab meets in the flagship store to try the new prototypes with the product team, coffee included.',
    orientation: 'CUSTOMER',
    tags: ['workshop', 'seniors'],
    daysAgo: 1,
  },
];

/** Loads the demo into an empty database (no spaces yet); returns false when there was something already. */
export async function loadDemoData(db: DataSource): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialise concurrent first starts: only one loads the demo.
    await tx.query('SELECT pg_advisory_xact_lock(4242001)');
    const [{ count }]: { count: number }[] = await tx.query('SELECT count(*)::int AS count FROM spaces');
    if (count > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds = new Map<string, string>();
    for (const person of [...DEMO_ACCOUNTS, ...EXTRA_PEOPLE]) {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO users (email, display_name, role, password_hash, locale) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ((lower(email))) DO UPDATE SET email = users.email RETURNING id`,
        [person.email, person.displayName, person.role, passwordHash, person.displayName === 'Jeanne Dubois' ? 'fr' : 'en'],
      );
      userIds.set(person.email, row.id);
    }
    const spaceIds = new Map<string, string>();
    for (const space of SPACES) {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO spaces (slug, name, description, kind, access, response_sla_days, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [space.slug, space.name, space.description, space.kind, space.access, space.sla, userIds.get('admin@redchair.test')],
      );
      spaceIds.set(space.slug, row.id);
    }
    const members: [string, string][] = [
      ['silver-lab', 'customer@redchair.test'],
      ['silver-lab', 'odette.roux@redchair.test'],
      ['silver-lab', 'paul.girard@redchair.test'],
      ['silver-lab', 'manager@redchair.test'],
      ['community', 'manager@redchair.test'],
      ['internal', 'manager@redchair.test'],
    ];
    for (const [space, email] of members) {
      await tx.query('INSERT INTO space_members (space_id, user_id, added_by_id) VALUES ($1, $2, $3)', [
        spaceIds.get(space),
        userIds.get(email),
        userIds.get('admin@redchair.test'),
      ]);
    }
    const initiativeIds = new Map<string, string>();
    for (const idea of INITIATIVES) {
      const [row]: { id: string }[] = await tx.query(
        `WITH created AS (
           INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags, status, created_at, updated_at, last_activity_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'SUBMITTED', now() - make_interval(days => $7), now() - make_interval(days => $7), now() - make_interval(days => $7))
           RETURNING id, author_id),
         followed AS (INSERT INTO follows (initiative_id, user_id, created_at) SELECT id, author_id, now() - make_interval(days => $7) FROM created)
         SELECT id FROM created`,
        [spaceIds.get(idea.space), userIds.get(idea.author), idea.title, idea.body, idea.orientation, idea.tags, idea.daysAgo],
      );
      initiativeIds.set(idea.title, row.id);
    }
    await playStories(tx, { users: userIds, spaces: spaceIds, initiatives: initiativeIds });
    return true;
  });
}

interface DemoIds {
  users: Map<string, string>;
  spaces: Map<string, string>;
  initiatives: Map<string, string>;
}

/** Answers given, with their public follow-up notes: [initiative title, days ago, status, note]. */
const ANSWERS: [string, number, InitiativeStatus, string | null][] = [
  [
    'A callback promise for every unhappy customer within 48 hours',
    15,
    'UNDER_REVIEW',
    'The customer service committee reviews it on Monday.',
  ],
  ['A callback promise for every unhappy customer within 48 hours', 12, 'SELECTED', 'Selected: three stores in Lille pilot it first.'],
  [
    'A callback promise for every unhappy customer within 48 hours',
    8,
    'IN_PROGRESS',
    'Pilot started; store managers have a callback list every morning.',
  ],
  ['La « minute client » en ouverture de chaque comité de direction', 8, 'UNDER_REVIEW', 'Le comité de direction en parle jeudi.'],
  ['La « minute client » en ouverture de chaque comité de direction', 7, 'SELECTED', null],
  ['La « minute client » en ouverture de chaque comité de direction', 6, 'IN_PROGRESS', 'Premier essai au comité de lundi.'],
  [
    'La « minute client » en ouverture de chaque comité de direction',
    2,
    'IMPLEMENTED',
    'Adopté : chaque comité commence désormais par cinq minutes de verbatims.',
  ],
  [
    'Redesign the loyalty programme around services, not discounts',
    10,
    'UNDER_REVIEW',
    'Thank you! The loyalty team is testing repair vouchers with 200 members.',
  ],
  [
    'Des étiquettes de prix plus lisibles dans les rayons',
    4,
    'DECLINED',
    'Les étiquettes sont imposées par le fournisseur cette année ; nous rouvrirons le sujet en septembre.',
  ],
  ['A simpler mobile app mode with bigger buttons', 9, 'UNDER_REVIEW', 'The app team has drawn a first simple mode.'],
  ['A simpler mobile app mode with bigger buttons', 8, 'SELECTED', null],
  [
    'A simpler mobile app mode with bigger buttons',
    7,
    'IN_PROGRESS',
    'A prototype is ready: Silver Lab members, please try it and rate it.',
  ],
];

const VOTES: [string, string[]][] = [
  [
    'A callback promise for every unhappy customer within 48 hours',
    ['employee@redchair.test', 'claire.moreau@redchair.test', 'manager@redchair.test'],
  ],
  ['Ouvrir deux caisses de plus le samedi entre 11 h et 13 h', ['sofiane.benali@redchair.test', 'claire.moreau@redchair.test']],
  [
    'Redesign the loyalty programme around services, not discounts',
    ['paul.girard@redchair.test', 'odette.roux@redchair.test', 'employee@redchair.test'],
  ],
  ['Réserver un créneau de retrait en magasin depuis l’application', ['customer@redchair.test', 'odette.roux@redchair.test']],
  ['A simpler mobile app mode with bigger buttons', ['odette.roux@redchair.test', 'paul.girard@redchair.test']],
];

const COMMENTS: [string, string, string, number][] = [
  [
    'Redesign the loyalty programme around services, not discounts',
    'paul.girard@redchair.test',
    'A free bike check-up once a year would make me come back for sure.',
    9,
  ],
  [
    'Redesign the loyalty programme around services, not discounts',
    'employee@redchair.test',
    'We could start with the repair workshop in the flagship store.',
    8,
  ],
  [
    'Ouvrir deux caisses de plus le samedi entre 11 h et 13 h',
    'claire.moreau@redchair.test',
    'Je veux bien tenir une caisse volante un samedi par mois.',
    18,
  ],
  [
    'A simpler mobile app mode with bigger buttons',
    'odette.roux@redchair.test',
    'I tried the prototype: much easier, but the "call me back" button should be green.',
    5,
  ],
];

const RATINGS: [string, string, number][] = [
  ['A simpler mobile app mode with bigger buttons', 'customer@redchair.test', 5],
  ['A simpler mobile app mode with bigger buttons', 'odette.roux@redchair.test', 4],
  ['A simpler mobile app mode with bigger buttons', 'paul.girard@redchair.test', 3],
];

/**
 * What a few weeks of use look like: answered ideas with follow-up notes, votes, comments, an award,
 * an open challenge and co-design ratings, then every counter recomputed from the rows.
 */
async function playStories(tx: EntityManager, ids: DemoIds): Promise<void> {
  const manager = ids.users.get('manager@redchair.test');
  const idOf = (title: string) => ids.initiatives.get(title);
  for (const [title, daysAgo, status, note] of ANSWERS) {
    await tx.query(
      `WITH moved AS (
         UPDATE initiatives SET status = $2, first_response_at = coalesce(first_response_at, now() - make_interval(days => $3)),
                last_activity_at = now() - make_interval(days => $3)
          WHERE id = $1 RETURNING id, (SELECT status FROM initiatives WHERE id = $1) AS previous)
       INSERT INTO status_changes (initiative_id, from_status, to_status, note, by_id, at)
       SELECT id, previous, $2, $4, $5, now() - make_interval(days => $3) FROM moved`,
      [idOf(title), status, daysAgo, note, manager],
    );
  }
  for (const [title, voters] of VOTES) {
    for (const [n, email] of voters.entries()) {
      await tx.query(
        `WITH voted AS (INSERT INTO votes (initiative_id, user_id, created_at) VALUES ($1, $2, now() - make_interval(days => $3)) RETURNING initiative_id)
         INSERT INTO follows (initiative_id, user_id) SELECT initiative_id, $2 FROM voted ON CONFLICT DO NOTHING`,
        [idOf(title), ids.users.get(email), n + 1],
      );
    }
  }
  for (const [title, email, body, daysAgo] of COMMENTS) {
    await tx.query(
      `WITH said AS (INSERT INTO comments (initiative_id, author_id, body, created_at) VALUES ($1, $2, $3, now() - make_interval(days => $4)) RETURNING initiative_id)
       INSERT INTO follows (initiative_id, user_id) SELECT initiative_id, $2 FROM said ON CONFLICT DO NOTHING`,
      [idOf(title), ids.users.get(email), body, daysAgo],
    );
  }
  for (const [title, email, stars] of RATINGS) {
    await tx.query('INSERT INTO ratings (initiative_id, user_id, stars) VALUES ($1, $2, $3)', [idOf(title), ids.users.get(email), stars]);
  }
  const [award]: { id: string }[] = await tx.query(
    `INSERT INTO awards (name, description, created_by_id) VALUES
       ('Customer hero', 'For the initiative customers felt most this quarter.', $1),
       ('Colleague champion', 'For the initiative that made colleagues'' work easier.', $1)
     RETURNING id`,
    [manager],
  );
  await tx.query(
    `INSERT INTO award_grants (award_id, initiative_id, granted_by_id, citation, granted_at)
     VALUES ($1, $2, $3, 'Five minutes of customer voice now open every leadership meeting: the red chair has a voice.', now() - interval '1 day')`,
    [award.id, idOf('La « minute client » en ouverture de chaque comité de direction'), manager],
  );
  const [challenge]: { id: string }[] = await tx.query(
    `INSERT INTO challenges (space_id, title, brief, opens_at, closes_at, created_by_id, opened_notified_at)
     VALUES ($1, 'Shorter queues this summer', 'How could we cut waiting time at the tills and the click-and-collect desk **this summer**? Every idea counts.',
             now() - interval '14 days', now() + interval '21 days', $2, now() - interval '14 days')
     RETURNING id`,
    [ids.spaces.get('community'), manager],
  );
  await tx.query('UPDATE initiatives SET challenge_id = $2 WHERE id = $1', [
    idOf('Réserver un créneau de retrait en magasin depuis l’application'),
    challenge.id,
  ]);
  // The author of the loyalty idea has an unread answer waiting for them.
  await tx.query(
    `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id, status, detail, created_at)
     VALUES ($1, 'STATUS_CHANGED', $2, $3, 'UNDER_REVIEW', 'Thank you! The loyalty team is testing repair vouchers with 200 members.', now() - interval '10 days')`,
    [ids.users.get('customer@redchair.test'), idOf('Redesign the loyalty programme around services, not discounts'), manager],
  );
  // Counters as the app keeps them, from the rows just written.
  await tx.query('SELECT recount_initiatives(NULL)');
}
