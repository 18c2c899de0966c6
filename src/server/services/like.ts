import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/**
 * Case-insensitive substring match that behaves the same in SQLite and PostgreSQL: both sides
 * lower-cased (PostgreSQL's LIKE is case-sensitive, SQLite's is not) and % _ escaped.
 * `lowered`: the column already holds lower-cased text (as issues.search_text does), so it is
 * compared as stored; lower() on every row made a PostgreSQL search over 10,000 issues 6× slower
 * and hid the column's real selectivity from the planner.
 */
export function likePattern<DB, TB extends keyof DB>(
  _eb: ExpressionBuilder<DB, TB>,
  column: string,
  needle: string,
  options: { lowered?: boolean } = {},
): Expression<SqlBool> {
  const escaped = needle.toLowerCase().replace(/[!%_]/g, (ch) => `!${ch}`);
  const subject = options.lowered ? sql.ref(column) : sql`lower(${sql.ref(column)})`;
  return sql<SqlBool>`${subject} like ${`%${escaped}%`} escape '!'`;
}
