import { Inject } from '@nestjs/common';

/**
 * The URL of the database in use: DATABASE_URL, or the embedded Postgres
 * started for this process. Resolved before Nest boots.
 */
export const DATABASE_URL = Symbol('DATABASE_URL');
export const InjectDatabaseUrl = () => Inject(DATABASE_URL);
