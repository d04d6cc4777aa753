/** Postgres' unique_violation: a constraint said "already there" (another request got there first). */
export const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
