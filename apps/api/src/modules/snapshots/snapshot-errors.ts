import { conflict, notFound, type AppError } from '../../common/app-error.js';

export function snapshotNotFound(id: string): AppError {
  return notFound('snapshots.not_found', `There is no snapshot ${id}.`);
}

export function alreadySuperseded(id: string, by: string): AppError {
  return conflict(
    'snapshots.already_superseded',
    `Snapshot ${id} is already superseded by ${by}; supersede that one instead.`,
    [{ field: 'supersedes', message: `is already superseded by ${by}` }],
  );
}
