import { Pipe, type PipeTransform } from '@angular/core';
import { textInLanguage } from './language-map';

/** A language map's text in the browser's languages, else the first available; null when empty. */
@Pipe({ name: 'localText' })
export class LocalTextPipe implements PipeTransform {
  transform(map: Readonly<Record<string, string>> | null): string | null {
    return textInLanguage(map, navigator.languages);
  }
}
