import type { InitiativeStatus, Orientation, Role, SpaceAccess, SpaceKind } from '@red-chair/domain';
import type { DataSource } from 'typeorm';
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

const SPACES: { slug: string; name: string; description: string; kind: SpaceKind; access: SpaceAccess; sla: number }[] = [
  {
    slug: 'internal',
    name: 'Initiatives internes',
    description:
      'Employees share initiatives for our customers — or for colleagues. Les collaborateurs partagent leurs idées pour les clients comme pour les collègues.',
    kind: 'INTERNAL',
    access: 'OPEN',
    sla: 14,
  },
  {
    slug: 'community',
    name: 'Customer community',
    description: 'Customers and teams co-design the shop of tomorrow. Clients et équipes imaginent ensemble le magasin de demain.',
    kind: 'COMMUNITY',
    access: 'OPEN',
    sla: 10,
  },
  {
    slug: 'silver-lab',
    name: 'Silver Lab',
    description: 'A small club of senior customers who test new services before everyone else. Un petit club de seniors qui testent nos prototypes.',
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
  status?: InitiativeStatus;
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
    body: "Chaque comité commence par 5 minutes de verbatims clients lus à voix haute, comme la chaise rouge laissée vide à la table du comité exécutif.",
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
    body: "Pouvoir choisir un créneau de 15 minutes pour retirer sa commande éviterait de faire la queue au comptoir retrait le samedi.",
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
    for (const idea of INITIATIVES) {
      await tx.query(
        `WITH created AS (
           INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags, status, created_at, updated_at, last_activity_at, follower_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8), now() - make_interval(days => $8), now() - make_interval(days => $8), 1)
           RETURNING id, author_id)
         INSERT INTO follows (initiative_id, user_id) SELECT id, author_id FROM created`,
        [spaceIds.get(idea.space), userIds.get(idea.author), idea.title, idea.body, idea.orientation, idea.tags, idea.status ?? 'SUBMITTED', idea.daysAgo],
      );
    }
    return true;
  });
}
