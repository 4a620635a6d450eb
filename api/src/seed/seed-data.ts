import { INITIATIVE_LIMITS, STATUS_MOVES, type InitiativeStatus, type Locale, type Orientation, type Role } from '@red-chair/domain';

/**
 * Pure generators for `npm run seed`: options, people, texts, status journeys and how votes spread.
 * No database here; seed-loader.ts turns what these make into rows. Everything draws from a seeded
 * generator, so a run is reproducible.
 */

export const SEED_PASSWORD = 'Seed-pass-2026';
export const seedEmail = (n: number) => `seed-user-${n}@redchair.test`;
/** Finds the n of a seeded person's email (for numbering after earlier runs). */
export const SEED_EMAIL_PATTERN = '^seed-user-([0-9]+)@redchair\\.test$';

export interface SeedOptions {
  initiatives: number;
  users: number;
  votes: number;
  comments: number;
  force: boolean;
}

/** Small and quick when no flag is given: a few seconds. */
export const DEFAULT_SEED: SeedOptions = { initiatives: 1000, users: 200, votes: 10000, comments: 2000, force: false };

export class SeedUsageError extends Error {}

export function parseSeedArgs(argv: readonly string[]): SeedOptions {
  const options = { ...DEFAULT_SEED };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--force') {
      options.force = true;
      continue;
    }
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !['initiatives', 'users', 'votes', 'comments'].includes(name)) {
      throw new SeedUsageError(`unknown argument ${flag}`);
    }
    const value = Number(argv[(i += 1)]);
    if (!Number.isInteger(value) || value < 0) throw new SeedUsageError(`${flag} takes a whole number, got ${argv[i] ?? 'nothing'}`);
    options[name as 'initiatives' | 'users' | 'votes' | 'comments'] = value;
  }
  if (options.users < 10) throw new SeedUsageError('--users must be at least 10 (managers, customers and employees all need someone)');
  return options;
}

/** mulberry32: tiny, fast and good enough for test data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** k distinct items (k ≤ items.length): rejection while sparse, a partial shuffle when dense. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k * 3 < items.length) {
      const seen = new Set<number>();
      while (seen.size < k) seen.add(this.int(items.length));
      return [...seen].map((i) => items[i]);
    }
    const copy = items.slice();
    for (let i = 0; i < k; i += 1) {
      const j = i + this.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  }
}

// People -------------------------------------------------------------------------------------------

const FIRST = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Jade',
  'Louise',
  'Alice',
  'Hugo',
  'Lucas',
  'Louis',
  'Nathan',
  'Gabriel',
  'Jules',
  'Arthur',
  'Théo',
  'Sofiane',
  'Yasmine',
  'Karim',
  'Amina',
  'Odette',
  'Marcel',
  'Josiane',
  'Bernard',
  'Emma',
  'Oliver',
  'Sarah',
  'Thomas',
  'Julie',
  'Nicolas',
  'Aurélie',
  'Mathieu',
  'Claire',
  'Paul',
  'Jeanne',
  'Marc',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Benali',
  'Nguyen',
  'Smith',
  'Brown',
];

export interface SeedPerson {
  n: number;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
}

/** Mostly employees, a quarter customers, a few managers and admins; person 1 is an employee. */
export function seedPerson(rng: Rng, n: number): SeedPerson {
  const roll = rng.next();
  const role: Role = n === 1 ? 'EMPLOYEE' : roll < 0.01 ? 'ADMIN' : roll < 0.05 ? 'MANAGER' : roll < 0.3 ? 'CUSTOMER' : 'EMPLOYEE';
  return { n, email: seedEmail(n), displayName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, role, locale: rng.chance(0.7) ? 'fr' : 'en' };
}

// Texts --------------------------------------------------------------------------------------------

/** A theme of customer ideas at a French retailer and insurer: words in both languages, and tags. */
interface Theme {
  tags: string[];
  fr: { subjects: string[]; facts: string[] };
  en: { subjects: string[]; facts: string[] };
}

const THEMES: Theme[] = [
  {
    tags: ['caisse', 'attente', 'magasin'],
    fr: {
      subjects: ["l'attente en caisse le samedi", 'les files aux caisses automatiques', 'le passage en caisse des familles'],
      facts: [
        "Le samedi midi, l'attente dépasse souvent 15 minutes.",
        'Les clients abandonnent leur panier quand la file est trop longue.',
      ],
    },
    en: {
      subjects: ['checkout queues on Saturdays', 'the self-checkout lines', 'checkout for families with children'],
      facts: ['On Saturday at noon the wait often exceeds 15 minutes.', 'Customers leave their basket when the queue is too long.'],
    },
  },
  {
    tags: ['rappel', 'satisfaction', 'service-client'],
    fr: {
      subjects: ['la promesse de rappel sous 48 h', 'le rappel des clients mécontents', 'le suivi des réclamations'],
      facts: [
        'Un client rappelé dans les deux jours revient trois fois plus souvent.',
        'Les réclamations restent parfois sans réponse une semaine.',
      ],
    },
    en: {
      subjects: ['the 48-hour callback promise', 'calling back unhappy customers', 'following up on complaints'],
      facts: ['A customer called back within two days comes back three times as often.', 'Some complaints wait a week for an answer.'],
    },
  },
  {
    tags: ['application', 'seniors', 'accessibilité'],
    fr: {
      subjects: ["l'application mobile pour les seniors", 'un mode simplifié de l’application', 'la lisibilité de l’espace client'],
      facts: [
        'Beaucoup de clients de plus de 70 ans renoncent à l’application.',
        'Les boutons sont trop petits sur les téléphones courants.',
      ],
    },
    en: {
      subjects: ["the seniors' mobile app", 'a simple mode for the app', 'a more readable customer area'],
      facts: ['Many customers over 70 give up on the app.', 'Buttons are too small on common phones.'],
    },
  },
  {
    tags: ['fidélité', 'services', 'carte'],
    fr: {
      subjects: ['le programme de fidélité', 'les points de la carte fidélité', 'les avantages des clients fidèles'],
      facts: ['Les bons de réduction sont oubliés une fois sur deux.', 'Les clients préfèrent un service à une remise.'],
    },
    en: {
      subjects: ['the loyalty programme', 'loyalty card points', 'rewards for regular customers'],
      facts: ['Half of the discount vouchers are never used.', 'Customers prefer a service to a discount.'],
    },
  },
  {
    tags: ['sinistre', 'assurance', 'indemnisation'],
    fr: {
      subjects: ['la déclaration de sinistre en ligne', "le délai d'indemnisation", 'le suivi du dossier sinistre'],
      facts: ['Un dossier sinistre demande encore quatre appels en moyenne.', 'Les assurés ne savent pas où en est leur dossier.'],
    },
    en: {
      subjects: ['filing a claim online', 'the time to pay a claim', 'tracking a claim'],
      facts: ['A claim still takes four phone calls on average.', 'Policyholders cannot tell where their claim stands.'],
    },
  },
  {
    tags: ['click-and-collect', 'retrait', 'livraison'],
    fr: {
      subjects: [
        'le retrait des commandes en magasin',
        'la réservation d’un créneau de retrait',
        'la livraison à domicile sur rendez-vous',
      ],
      facts: ['Le comptoir retrait sature le samedi après-midi.', 'Les clients attendent leur colis sans connaître l’heure.'],
    },
    en: {
      subjects: ['picking up orders in store', 'booking a pick-up slot', 'home delivery by appointment'],
      facts: ['The pick-up desk is overwhelmed on Saturday afternoons.', 'Customers wait for parcels without knowing the time.'],
    },
  },
  {
    tags: ['planning', 'formation', 'outils'],
    fr: {
      subjects: ['le nouvel outil de planning', 'la formation des nouveaux arrivants', 'les tutoriels pour les équipes'],
      facts: [
        "Les collègues n'osent pas demander de l'aide sur le nouvel outil.",
        'Un nouvel arrivant met trois semaines à être autonome.',
      ],
    },
    en: {
      subjects: ['the new scheduling tool', 'onboarding new colleagues', 'tutorials for store teams'],
      facts: ['Colleagues do not dare ask for help with the new tool.', 'A newcomer needs three weeks to work on their own.'],
    },
  },
  {
    tags: ['étiquettes', 'prix', 'rayons'],
    fr: {
      subjects: ['les étiquettes de prix en rayon', 'l’affichage du prix au kilo', 'la signalétique des rayons'],
      facts: ['Le prix au kilo est écrit trop petit.', 'Les clients cherchent longtemps les produits déplacés.'],
    },
    en: {
      subjects: ['shelf price labels', 'showing the price per kilo', 'aisle signs'],
      facts: ['The price per kilo is printed too small.', 'Customers search a long time for products that moved.'],
    },
  },
  {
    tags: ['nps', 'indicateurs', 'management'],
    fr: {
      subjects: ['les indicateurs clients partagés', 'la minute client en comité', 'les verbatims clients en réunion'],
      facts: ['Les équipes ne voient jamais les retours clients de leur magasin.', 'Le NPS est connu du siège mais pas du terrain.'],
    },
    en: {
      subjects: ['shared customer indicators', 'a customer minute in every meeting', 'customer quotes in team meetings'],
      facts: ['Teams never see the customer feedback about their own store.', 'Head office knows the NPS; stores do not.'],
    },
  },
];

const FR_VERBS = ['Améliorer', 'Simplifier', 'Repenser', 'Accélérer', 'Tester', 'Humaniser', 'Mesurer', 'Moderniser'];
const EN_VERBS = ['Improve', 'Simplify', 'Rethink', 'Speed up', 'Pilot', 'Humanise', 'Measure', 'Modernise'];
const FR_PLACES = [
  'dans les magasins de Lille',
  'en agence',
  'pour les clients fidèles',
  'le week-end',
  'dès cet été',
  'pour les familles',
  'en région',
  'au téléphone',
];
const EN_PLACES = [
  'in the Lille stores',
  'in our branches',
  'for loyal customers',
  'at weekends',
  'this summer',
  'for families',
  'in the regions',
  'on the phone',
];
const FR_PROPOSALS = [
  'Je propose un essai de trois mois dans deux magasins pilotes.',
  'Une équipe de volontaires pourrait porter le projet.',
  'Le coût reste faible : quelques heures par semaine.',
  'On pourrait s’inspirer de ce que fait déjà la concurrence.',
  'Les clients du Silver Lab seraient ravis de tester un prototype.',
];
const EN_PROPOSALS = [
  'I suggest a three-month trial in two pilot stores.',
  'A team of volunteers could carry the project.',
  'The cost stays low: a few hours a week.',
  'We could learn from what competitors already do.',
  'Silver Lab members would love to test a prototype.',
];
const FR_MEASURES = [
  "temps d'attente moyen",
  'taux de rappel sous 48 h',
  'note de satisfaction',
  'nombre de réclamations',
  'NPS du magasin',
];
const EN_MEASURES = ['average waiting time', 'share of callbacks within 48 h', 'satisfaction score', 'number of complaints', 'store NPS'];
const FR_COMMENTS = [
  'Bonne idée, je vote pour !',
  'Chez nous, on a le même problème tous les samedis.',
  'Attention au coût pour les petits magasins.',
  'Je veux bien faire partie des volontaires.',
  'On a testé quelque chose de proche à Roubaix, ça marche.',
  'Et pour les clients qui n’ont pas de smartphone ?',
];
const EN_COMMENTS = [
  'Great idea, count me in!',
  'We have the same problem every Saturday.',
  'Mind the cost for small stores.',
  'Happy to volunteer for the pilot.',
  'We tried something similar in Roubaix and it worked.',
  'What about customers without a smartphone?',
];

export interface InitiativeText {
  title: string;
  body: string;
  tags: string[];
  orientation: Orientation;
  locale: Locale;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** A bilingual mix: a title made of a verb, a theme subject and a context, a Markdown body, tags. */
export function initiativeText(rng: Rng): InitiativeText {
  const locale: Locale = rng.chance(0.6) ? 'fr' : 'en';
  const themeIndex = rng.int(THEMES.length);
  const theme = THEMES[themeIndex];
  const words = theme[locale];
  const fr = locale === 'fr';
  const subject = rng.pick(words.subjects);
  const verb = rng.pick(fr ? FR_VERBS : EN_VERBS);
  const title = clip(`${verb} ${subject} ${rng.pick(fr ? FR_PLACES : EN_PLACES)}`, INITIATIVE_LIMITS.titleMax);
  const paragraphs = [rng.pick(words.facts), rng.pick(fr ? FR_PROPOSALS : EN_PROPOSALS)];
  const measures = rng.sample(fr ? FR_MEASURES : EN_MEASURES, 2);
  paragraphs.push(measures.map((m) => `- ${fr ? 'mesure' : 'measure'} : ${m}`).join('\n'));
  // One in ten is a long, worked-out proposal.
  if (rng.chance(0.1)) {
    for (let i = 0; i < 6; i += 1)
      paragraphs.push(`${rng.pick(words.facts)} ${rng.pick(fr ? FR_PROPOSALS : EN_PROPOSALS)} ${rng.pick(THEMES)[locale].facts[0]}`);
  }
  const tags = rng.sample(theme.tags, 1 + rng.int(theme.tags.length));
  return {
    title,
    body: paragraphs.join('\n\n'),
    tags,
    orientation: themeIndex === 6 || themeIndex === 8 ? 'EMPLOYEE' : 'CUSTOMER',
    locale,
  };
}

export function commentText(rng: Rng, locale: Locale): string {
  const lines = locale === 'fr' ? FR_COMMENTS : EN_COMMENTS;
  return rng.chance(0.3) ? `${rng.pick(lines)} ${rng.pick(lines)}` : rng.pick(lines);
}

export const statusNote = (rng: Rng, to: InitiativeStatus, locale: Locale): string | null => {
  const fr = locale === 'fr';
  switch (to) {
    case 'DECLINED':
      return rng.pick(
        fr
          ? [
              'Pas cette année : le budget est déjà engagé.',
              'Le fournisseur impose ce fonctionnement ; nous rouvrirons le sujet en septembre.',
            ]
          : ['Not this year: the budget is already committed.', 'Our supplier imposes this; we will reopen it in September.'],
      );
    case 'MERGED':
      return fr
        ? 'Même idée qu’une autre déjà en cours : les votes la rejoignent.'
        : 'Same idea as one already under way: the votes join it.';
    case 'UNDER_REVIEW':
      return rng.chance(0.5)
        ? null
        : fr
          ? 'Le comité service client l’étudie lundi.'
          : 'The customer service committee reviews it on Monday.';
    case 'IMPLEMENTED':
      return fr ? 'Adopté dans tous les magasins. Merci !' : 'Rolled out in every store. Thank you!';
    default:
      return rng.chance(0.6) ? null : fr ? 'On avance : un pilote démarre.' : 'Moving on: a pilot starts.';
  }
};

export const AWARDS = [
  { name: 'Customer hero', description: 'For the initiative customers felt most this quarter.' },
  { name: 'Colleague champion', description: "For the initiative that made colleagues' work easier." },
  { name: 'Prix de la chaise rouge', description: 'Pour l’idée qui a le mieux porté la voix du client.' },
];

export const awardCitation = (rng: Rng, locale: Locale): string =>
  locale === 'fr'
    ? rng.pick(['Une idée simple qui a changé le samedi de milliers de clients.', 'Le projet le plus suivi par nos clients ce trimestre.'])
    : rng.pick([
        'A simple idea that changed Saturday for thousands of customers.',
        'The project our customers followed most this quarter.',
      ]);

// Lives of initiatives -----------------------------------------------------------------------------

/** Where initiatives end up; about half are still waiting or under review. */
const STATUS_MIX: [InitiativeStatus, number][] = [
  ['SUBMITTED', 0.42],
  ['UNDER_REVIEW', 0.14],
  ['SELECTED', 0.08],
  ['IN_PROGRESS', 0.1],
  ['IMPLEMENTED', 0.1],
  ['DECLINED', 0.11],
  ['MERGED', 0.05],
];

export function finalStatus(rng: Rng): InitiativeStatus {
  let roll = rng.next();
  for (const [status, share] of STATUS_MIX) {
    if ((roll -= share) < 0) return status;
  }
  return 'SUBMITTED';
}

/**
 * The statuses an initiative went through to reach `to`, SUBMITTED first, each move one that
 * STATUS_MOVES allows (MERGED comes from any open status, as mergeInitiatives does). Some declined
 * ideas were reopened and went on.
 */
export function statusJourney(rng: Rng, to: InitiativeStatus): InitiativeStatus[] {
  const forward: InitiativeStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED'];
  if (to === 'MERGED') return [...forward.slice(0, 1 + rng.int(2)), 'MERGED'];
  if (to === 'DECLINED') return [...forward.slice(0, 1 + rng.int(4)), 'DECLINED'];
  const path = forward.slice(0, forward.indexOf(to) + 1);
  // A reopened idea: declined once while under review, then back.
  if (path.length > 2 && rng.chance(0.1)) path.splice(2, 0, 'DECLINED', 'UNDER_REVIEW');
  for (let i = 1; i < path.length; i += 1) {
    if (path[i] !== 'MERGED' && !STATUS_MOVES[path[i - 1]].includes(path[i])) throw new Error(`no move ${path[i - 1]} → ${path[i]}`);
  }
  return path;
}

/**
 * How `total` items (votes, comments) spread over `weights.length` initiatives: Zipf-like over a
 * random ranking (a few ideas get most of the attention), weight 0 for those that take none, and no
 * initiative above its cap (one vote per person). Sums to `total` unless every cap is reached.
 */
export function spread(rng: Rng, weights: readonly number[], caps: readonly number[], total: number): number[] {
  const n = weights.length;
  const order = rng.sample(
    Array.from({ length: n }, (_, i) => i),
    n,
  );
  const raw = new Float64Array(n);
  let sum = 0;
  order.forEach((item, rank) => {
    raw[item] = weights[item] / (rank + 8) ** 1.05;
    sum += raw[item];
  });
  const counts = new Array<number>(n).fill(0);
  if (sum === 0) return counts;
  let given = 0;
  for (let i = 0; i < n; i += 1) {
    counts[i] = Math.min(caps[i], Math.floor((total * raw[i]) / sum));
    given += counts[i];
  }
  // What rounding and caps left over goes to random initiatives that can still take some.
  const open = Array.from({ length: n }, (_, i) => i).filter((i) => weights[i] > 0 && counts[i] < caps[i]);
  while (given < total && open.length) {
    const slot = rng.int(open.length);
    const i = open[slot];
    counts[i] += 1;
    given += 1;
    if (counts[i] >= caps[i]) open[slot] = open[open.length - 1];
    if (counts[i] >= caps[i]) open.pop();
  }
  return counts;
}

/** Sorted times in (from, to], skewed towards `from`: attention is highest when an idea is new. */
export function timesAfter(rng: Rng, from: number, to: number, count: number, skew = 2): number[] {
  const span = Math.max(to - from, 60_000);
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push(Math.min(to, from + 60_000 + Math.floor(rng.next() ** skew * (span - 60_000))));
  return times.sort((a, b) => a - b);
}

/**
 * The trending score of votes cast at these times (ms), as the database defines it (trending_x and
 * trending_logs in the migrations): m + ln Σ e^(x − m). The seed writes it with the initiative;
 * recount_initiatives checks it against the rows.
 */
export function trendingLog(times: readonly number[]): number | null {
  if (!times.length) return null;
  const xs = times.map((ms) => (ms / 1000 - 1767225600) / 259200);
  let m = -Infinity;
  for (const x of xs) m = Math.max(m, x);
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - m);
  return m + Math.log(sum);
}
