import { Pipe, type PipeTransform } from '@angular/core';
import { formatDateTime } from './locale-format';

@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string): string {
    return formatDateTime(iso);
  }
}
