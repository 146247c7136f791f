import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { type MessageCatalogue } from './messages';
import { Translator } from './translator';

/**
 * Adds texts when an injector starts: the app's for the core catalogue, a lazy
 * route's `providers` for a feature's, a spec's TestBed for what it renders.
 */
export function provideMessages(...catalogues: MessageCatalogue[]): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const translator = inject(Translator);
    for (const catalogue of catalogues) translator.add(catalogue);
  });
}
