import { Controller, Get, HttpStatus, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { pipeline, Transform } from 'node:stream';
import type { Logger } from 'pino';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/roles.decorator';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { ParseIdPipe } from '../common/ids';

export const CSV_COLUMNS = [
  'id', 'space', 'title', 'status', 'orientation', 'author', 'author_role', 'tags', 'created_at', 'first_response_at',
  'awaiting_response', 'votes', 'comments', 'followers', 'rating_average', 'rating_count', 'needs_review', 'awards', 'challenge', 'merged_into',
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly log: PinoLogger,
  ) {}

  @Get('initiatives.csv')
  @Roles('MANAGER', 'ADMIN')
  async initiatives(@Res() res: Response, @Query('spaceId', new ParseIdPipe(() => new InvalidInputError({ spaceId: 'is not a valid id' }))) spaceId?: string): Promise<void> {
    let slug = 'all';
    if (spaceId) {
      const [space]: { slug: string }[] = await this.db.query('SELECT slug FROM spaces WHERE id = $1', [spaceId]);
      if (!space) throw new NotFoundError('This space');
      slug = space.slug;
    }

    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const rows = client.query(
      new QueryStream(
        `SELECT i.id, s.name AS space, i.title, i.status, i.orientation, u.display_name AS author, u.role AS author_role,
                array_to_string(i.tags, ' ') AS tags, i.created_at, i.first_response_at,
                initiative_awaiting_response(i.status, i.created_at, s.response_sla_days) AS awaiting_response,
                i.vote_count AS votes, i.comment_count AS comments, i.follower_count AS followers,
                CASE WHEN i.rating_count > 0 THEN round(i.rating_sum::numeric / i.rating_count, 2) END AS rating_average,
                i.rating_count, i.needs_review,
                (SELECT count(*) FROM award_grants g WHERE g.initiative_id = i.id AND g.revoked_at IS NULL) AS awards,
                c.title AS challenge, i.merged_into_id AS merged_into
           FROM initiatives i
           JOIN spaces s ON s.id = i.space_id
           JOIN users u ON u.id = i.author_id
           LEFT JOIN challenges c ON c.id = i.challenge_id
          WHERE $1::uuid IS NULL OR i.space_id = $1
          ORDER BY i.created_at, i.id`,
        [spaceId ?? null],
        { batchSize: 500 },
      ),
    );
    const toRecord = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        done(null, CSV_COLUMNS.map((column) => {
          const value = row[column];
          if (value instanceof Date) return value.toISOString();
          return value === null || value === undefined ? '' : String(value);
        }));
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
      void runner.release();
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log.error({ err: error }, 'CSV export failed');
    });
  }
}
