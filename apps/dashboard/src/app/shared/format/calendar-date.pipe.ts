import { Pipe, type PipeTransform } from '@angular/core';
import { formatCalendarDate } from './locale-format';

/** A YYYY-MM-DD date in the interface language's locale. */
@Pipe({ name: 'calendarDate' })
export class CalendarDatePipe implements PipeTransform {
  transform(isoDate: string): string {
    return formatCalendarDate(isoDate);
  }
}
