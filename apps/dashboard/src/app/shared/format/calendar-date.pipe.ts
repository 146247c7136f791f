import { Pipe, type PipeTransform } from '@angular/core';
import { formatCalendarDate } from './browser-locale-format';

/** A YYYY-MM-DD date in the browser's locale. */
@Pipe({ name: 'calendarDate' })
export class CalendarDatePipe implements PipeTransform {
  transform(isoDate: string): string {
    return formatCalendarDate(isoDate);
  }
}
