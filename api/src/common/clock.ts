import { Injectable } from '@nestjs/common';

/**
 * The time every time-based rule reads (digest mornings, the mail sweep), so tests move it by hand
 * (`jest.spyOn(app.get(Clock), 'now')`) instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
