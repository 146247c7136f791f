/** The xAPI versions this LRS implements; a request picks one with X-Experience-API-Version. */
export const XAPI_VERSIONS = ['1.0.3', '2.0.0'] as const;
export type XapiVersion = (typeof XAPI_VERSIONS)[number];

/** 1.0, 1.0.0 … 1.0.9 speak 1.0.3; 2.0 and 2.0.x speak 2.0.0; anything else is unsupported. */
export function parseXapiVersion(header: string | undefined): XapiVersion | undefined {
  const value = header?.trim() ?? '';
  if (/^1\.0(\.\d+)?$/.test(value)) return '1.0.3';
  if (/^2\.0(\.\d+)?$/.test(value)) return '2.0.0';
  return undefined;
}
