import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/**
 * Case-insensitive substring match that behaves the same in SQLite and PostgreSQL: both sides
 * lower-cased (PostgreSQL's LIKE is case-sensitive, SQLite's is not) and % _ escaped.
 */
export function likePattern<DB, TB extends keyof DB>(
  _eb: ExpressionBuilder<DB, TB>,
  column: string,
  needle: string,
): Expression<SqlBool> {
  const escaped = needle.toLowerCase().replace(/[!%_]/g, (ch) => `!${ch}`);
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escaped}%`} escape '!'`;
}
