import { Injectable } from '@nestjs/common';

import { toCommentModel } from '../comments/comment-view';
import { InvalidInputError } from '../common/errors';
import type { Page } from '../common/pagination';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { SpacesService } from '../spaces/spaces.service';
import type { CustomerVoiceModel } from './customer-voice.model';
import { CustomerVoiceRepository, type Reader, type VoiceEntry, type VoiceSection } from './customer-voice.repository';

const DAY = 24 * 3600 * 1000;
/** The default period: the last week, the rhythm of a leadership meeting. */
export const VOICE_DEFAULT_DAYS = 7;
/** Longer periods are refused: a year (a leap one included) is the longest report that still reads as "news". */
export const VOICE_MAX_DAYS = 366;

export interface VoicePeriodInput {
  spaceId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The period a report covers: `to` defaults to now and `from` to VOICE_DEFAULT_DAYS before `to`.
 * A reversed or over-long period is BAD_USER_INPUT on the argument to fix.
 */
export function voicePeriod(input: VoicePeriodInput, now: Date = new Date()): { from: Date; to: Date } {
  const to = input.to ?? now;
  const from = input.from ?? new Date(to.getTime() - VOICE_DEFAULT_DAYS * DAY);
  if (from > to) throw new InvalidInputError({ to: 'must not be before from' });
  if (to.getTime() - from.getTime() > VOICE_MAX_DAYS * DAY)
    throw new InvalidInputError({ from: `must be at most ${VOICE_MAX_DAYS} days before to` });
  return { from, to };
}

/**
 * The customer voice (docs/api.md#the-red-chair) and "you said, we did". `compute` is the whole report
 * for one reader, as the `customerVoice` query answers it: the Monday mail reuses it as is.
 */
@Injectable()
export class CustomerVoiceService {
  constructor(
    private readonly repo: CustomerVoiceRepository,
    private readonly spaces: SpacesService,
    private readonly initiatives: InitiativesRepository,
  ) {}

  /** Six statements whatever the data: the space, the figures, the lists, the quotes, then the initiatives they name. */
  async compute(reader: Reader, input: VoicePeriodInput, now: Date = new Date()): Promise<CustomerVoiceModel> {
    const { from, to } = voicePeriod(input, now);
    const space = input.spaceId ? await this.spaces.findVisible(reader, { id: input.spaceId }) : null;
    const scope = { spaceId: space?.id ?? null, from, to };
    const [figures, entries, quotes] = await Promise.all([
      this.repo.figures(reader, scope),
      this.repo.sections(reader, scope),
      this.repo.customerQuotes(reader, scope),
    ]);
    const rows = await this.initiatives.findRows(reader, [...new Set(entries.map((entry) => entry.id))]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const section = (name: VoiceSection): (VoiceEntry & { row: InitiativeRow })[] =>
      entries
        .filter((entry) => entry.section === name)
        .sort((a, b) => a.n - b.n)
        .flatMap((entry) => {
          const row = byId.get(entry.id);
          return row ? [{ ...entry, row }] : [];
        });
    const supported = section('supported');
    return {
      from,
      to,
      space,
      counts: {
        proposed: figures.proposed,
        answered: figures.answered,
        implemented: figures.implemented,
        votes: figures.votes,
        comments: figures.comments,
      },
      newCustomerInitiatives: section('newCustomer').map((entry) => entry.row),
      newCustomerInitiativeCount: figures.newCustomer,
      mostSupported: supported.map((entry) => entry.row),
      mostSupportedWithVotes: supported.map((entry) => ({ initiative: entry.row, votes: entry.votes ?? 0 })),
      overdue: section('overdue').map((entry) => entry.row),
      overdueCount: figures.overdue,
      needingReview: section('review').map((entry) => entry.row),
      implemented: section('implemented').map((entry) => entry.row),
      // Neither hidden nor deleted, so anyone who sees the space reads them.
      customerQuotes: quotes.map((quote) => toCommentModel(quote, true)),
    };
  }

  /** A space's IMPLEMENTED initiatives, most recently implemented first; NOT_FOUND when the space is hidden. */
  async youSaidWeDid(reader: Reader, spaceId: string, first: number, after: string | null | undefined): Promise<Page<InitiativeRow>> {
    const space = await this.spaces.findVisible(reader, { id: spaceId });
    const page = await this.repo.implementedPage(space.id, first, after);
    const byId = new Map((await this.initiatives.findRows(reader, page.nodes)).map((row) => [row.id, row]));
    return { ...page, nodes: page.nodes.flatMap((id) => byId.get(id) ?? []) };
  }
}
