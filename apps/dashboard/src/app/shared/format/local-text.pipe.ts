import { Pipe, type PipeTransform } from '@angular/core';
import { appLanguage } from '../../core/i18n/language';
import { textInLanguage } from './language-map';

/** A language map's text in the interface language, else the browser's, else the first available; null when empty. */
@Pipe({ name: 'localText' })
export class LocalTextPipe implements PipeTransform {
  transform(map: Readonly<Record<string, string>> | null): string | null {
    return textInLanguage(map, [appLanguage(), ...navigator.languages]);
  }
}
