import { pipeline, Transform } from 'node:stream';
import { Controller, Get, HttpStatus, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';

import { Roles } from '../auth/roles.decorator';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { ParseIdPipe } from '../common/ids';
import { InsightsRepository } from './insights.repository';

export const CSV_COLUMNS = [
  'id',
  'space',
  'title',
  'status',
  'orientation',
  'author',
  'author_role',
  'tags',
  'created_at',
  'first_response_at',
  'awaiting_response',
  'votes',
  'comments',
  'followers',
  'rating_average',
  'rating_count',
  'needs_review',
  'awards',
  'challenge',
  'merged_into',
] as const;

/**
 * A spreadsheet cell starting with = + - @ (or a tab or carriage return) would run as a formula in
 * Excel or LibreOffice; a leading apostrophe makes it plain text (OWASP "CSV injection").
 */
export const neutraliseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** GET /export/initiatives.csv?spaceId=…: the rows behind the insights, streamed, for managers. */
@Controller('export')
export class ExportController {
  constructor(
    private readonly insights: InsightsRepository,
    private readonly log: PinoLogger,
  ) {}

  @Get('initiatives.csv')
  @Roles('MANAGER', 'ADMIN')
  async initiatives(
    @Res() res: Response,
    @Query('spaceId', new ParseIdPipe(() => new InvalidInputError({ spaceId: 'is not a valid id' }))) spaceId?: string,
  ): Promise<void> {
    const slug = spaceId ? await this.insights.spaceSlug(spaceId) : 'all';
    if (!slug) throw new NotFoundError('This space');

    const { rows, release } = await this.insights.streamExportRows(spaceId ?? null);
    const toRecord = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        done(
          null,
          CSV_COLUMNS.map((column) => {
            const value = row[column];
            if (value instanceof Date) return value.toISOString();
            return value === null || value === undefined ? '' : String(value);
          }),
        );
      },
    });
    const csv = stringify({
      header: true,
      columns: [...CSV_COLUMNS],
      bom: true, // so Excel reads the accents of French titles right
      record_delimiter: '\r\n', // RFC 4180
      cast: { string: neutraliseFormula },
    });
    res.status(HttpStatus.OK);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="initiatives-${slug}-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    const log: Pick<Logger, 'error'> = this.log;
    pipeline(rows, toRecord, csv, res, (error) => {
      void release();
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log.error({ err: error }, 'CSV export failed');
    });
  }
}
