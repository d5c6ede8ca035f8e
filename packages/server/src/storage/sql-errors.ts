// Recognises constraint violations from either driver without leaking driver types upward.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | undefined;
  // PostgreSQL unique_violation, better-sqlite3 constraint codes.
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
