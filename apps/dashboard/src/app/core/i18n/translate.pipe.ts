import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type MessageParams, Translator } from './translator';

/** `{{ 'nav.overview' | t }}`, or with placeholders `{{ 'account.role' | t: { role: name } }}`. */
@Pipe({ name: 't' })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: string, params?: MessageParams): string {
    return this.translator.t(key, params);
  }
}
