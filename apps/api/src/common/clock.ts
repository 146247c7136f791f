import { Inject } from '@nestjs/common';

/** The current instant, injected so that tests can pin it. */
export interface Clock {
  now(): Date;
}
export const CLOCK = Symbol('CLOCK');
export const InjectClock = () => Inject(CLOCK);
export const systemClock: Clock = { now: () => new Date() };
