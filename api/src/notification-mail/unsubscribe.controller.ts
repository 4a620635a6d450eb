import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../auth/public.decorator';
import { NotificationMailer } from './notification-mailer.service';

/**
 * RFC 8058 one-click unsubscribe: `POST /unsubscribe/<token>` without a session (mail clients send
 * `List-Unsubscribe=One-Click`; the web page's button posts too). A GET never unsubscribes: mail
 * scanners open links, so GET serves the web app's page with its confirm button.
 */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly mailer: NotificationMailer) {}

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const outcome = await this.mailer.unsubscribe(token);
    res.setHeader('Cache-Control', 'no-store');
    if (outcome === 'UNSUBSCRIBED') {
      res.status(200).json({ status: 'UNSUBSCRIBED', message: 'You will get no more notification mail. Change it any time in Settings.' });
    } else if (outcome === 'EXPIRED') {
      res.status(410).json({
        status: 'EXPIRED',
        message: 'This link is from an older mail: you chose how often to be mailed since. Change it in Settings.',
      });
    } else {
      res.status(400).json({ status: 'INVALID', message: 'This unsubscribe link is not valid: it may be cut or altered.' });
    }
  }
}
