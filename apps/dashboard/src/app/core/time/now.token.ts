import { InjectionToken } from '@angular/core';

/** The clock, injected so that tests can pin "today": year lists, defaults and session expiry depend on it. */
export const NOW = new InjectionToken<() => Date>('NOW', {
  providedIn: 'root',
  factory: () => () => new Date(),
});
