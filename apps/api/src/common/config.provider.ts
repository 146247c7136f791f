import { Inject } from '@nestjs/common';

/** Injection token of the parsed `Config`; nothing else in the server reads process.env. */
export const CONFIG = Symbol('CONFIG');
export const InjectConfig = () => Inject(CONFIG);
