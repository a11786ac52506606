import { Inject, Injectable } from '@nestjs/common';
import { IsoDate, todayIn } from '@masswerk/shared/domain';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

/** "Today" as the municipalities see it (Europe/Berlin), fixed by MASSWERK_TODAY in demos and tests. */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  today(): IsoDate {
    return this.config.today ?? todayIn(this.config.timeZone);
  }

  /** The calendar day a moment falls on, in the business time zone. */
  dayOf(instant: Date): IsoDate {
    return todayIn(this.config.timeZone, instant);
  }

  now(): Date {
    return new Date();
  }
}
