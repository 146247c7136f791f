import { SetMetadata } from '@nestjs/common';

/** The families of xAPI resources that OAuth scopes grant (xAPI 1.0.3, part 3, 4.2). */
export type LrsResource = 'statements' | 'state' | 'profile';

export const LRS_RESOURCE_KEY = 'fita:lrs-resource';
/**
 * Which family a controller or route belongs to, so LrsBasicAuthGuard asks for
 * the scopes that grant it; without it, a route is a statements route.
 */
export const LrsResourceAccess = (resource: LrsResource) => SetMetadata(LRS_RESOURCE_KEY, resource);
