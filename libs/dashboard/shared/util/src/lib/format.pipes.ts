import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from './language.service';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from './format';

/** Pipes that follow the chosen language (impure so they re-render when it changes; they are cheap). */
@Pipe({ name: 'mwDate', pure: false })
export class MwDatePipe implements PipeTransform {
  private readonly lang = inject(LanguageService).language;
  transform(value: string | null | undefined): string {
    return formatDate(value, this.lang());
  }
}

@Pipe({ name: 'mwDateTime', pure: false })
export class MwDateTimePipe implements PipeTransform {
  private readonly lang = inject(LanguageService).language;
  transform(value: string | Date | null | undefined): string {
    return formatDateTime(value, this.lang());
  }
}

@Pipe({ name: 'mwMoney', pure: false })
export class MwMoneyPipe implements PipeTransform {
  private readonly lang = inject(LanguageService).language;
  transform(value: string | number | null | undefined, fractionDigits = 2): string {
    return formatMoney(value, this.lang(), fractionDigits);
  }
}

@Pipe({ name: 'mwNumber', pure: false })
export class MwNumberPipe implements PipeTransform {
  private readonly lang = inject(LanguageService).language;
  transform(value: string | number | null | undefined, digits = 2): string {
    return formatNumber(value, this.lang(), digits);
  }
}

@Pipe({ name: 'mwPercent', pure: false })
export class MwPercentPipe implements PipeTransform {
  private readonly lang = inject(LanguageService).language;
  transform(value: number | null | undefined, maximumFractionDigits = 0): string {
    return formatPercent(value, this.lang(), maximumFractionDigits);
  }
}
