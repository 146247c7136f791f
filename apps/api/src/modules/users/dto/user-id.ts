import { z } from 'zod';

/** The `:id` of a user route; checked first, since Postgres rejects a malformed uuid. */
export const userIdSchema = z.object({ id: z.uuid('must be a user id (a UUID)') });
