import { type CreatedLrsCredential } from '../../../core/api/lrs-credentials.model';

/** What an LMS administrator types into their xAPI settings. */
export interface XapiConnection {
  /** The LRS base URL, with its final slash as xAPI clients expect. */
  readonly endpoint: string;
  /** The HTTP Basic header with the key as user name and the secret as password. */
  readonly authorization: string;
  /** A request that proves the credential works (needs a read scope to answer 200). */
  readonly example: string;
}

/** The LRS is served by the same origin as the dashboard, under /xapi/ (spec section 10). */
export function xapiEndpoint(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/xapi/`;
}

export function xapiConnection(origin: string, credential: CreatedLrsCredential): XapiConnection {
  const endpoint = xapiEndpoint(origin);
  const pair = `${credential.key}:${credential.secret}`;
  // Keys and secrets are ASCII (the API's rule), which btoa encodes as it is.
  return {
    endpoint,
    authorization: `Authorization: Basic ${btoa(pair)}`,
    example: [
      `curl -u '${pair}'`,
      `-H 'X-Experience-API-Version: 1.0.3'`,
      `'${endpoint}statements?limit=1'`,
    ].join(' \\\n  '),
  };
}
