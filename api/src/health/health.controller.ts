import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../auth/public.decorator';
import { DatabaseProbe } from './database-probe';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseProbe) {}

  /** 200 when the database answers (on a connection outside the busy pool), 503 otherwise. */
  @Get()
  health(@Res() res: Response): Promise<void> {
    return this.answer(res);
  }

  /** Readiness, for orchestrators that ask separately: the same check. */
  @Get('ready')
  ready(@Res() res: Response): Promise<void> {
    return this.answer(res);
  }

  private async answer(res: Response): Promise<void> {
    const up = await this.database.isUp();
    res.setHeader('Cache-Control', 'no-store');
    if (up) res.status(HttpStatus.OK).json({ status: 'ok' });
    else res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '5').json({ status: 'unavailable' });
  }
}
