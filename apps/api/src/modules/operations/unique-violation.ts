/** True when `error` is Postgres refusing a row for the unique index or key `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: unknown; constraint?: unknown } })
    ?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
