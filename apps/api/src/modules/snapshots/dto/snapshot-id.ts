import { badRequest } from '../../../common/app-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A snapshot id where `field` holds it; anything but a UUID is a 400 naming the field. */
export function snapshotIdFrom(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw badRequest('snapshots.invalid_id', `"${field}" must be a snapshot id (a UUID).`, [
      { field, message: 'must be a snapshot id (a UUID)' },
    ]);
  }
  return value.toLowerCase();
}
