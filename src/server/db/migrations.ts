/**
 * The migrations, in code so the server and the CLI carry them without a folder to ship. Names sort
 * in order of application. Use only portable column types (text, integer) and Kysely's schema builder.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration, MigrationProvider } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('last_login_at', 'text')
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('login_failures')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_failures_key_at')
      .on('login_failures')
      .columns(['key', 'at'])
      .execute();

    await db.schema
      .createTable('issues')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('publication', 'text')
      .addColumn('issue_date', 'text')
      .addColumn('edition', 'text')
      .addColumn('filename', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull().unique())
      .addColumn('length', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
      .addColumn('current_rev', 'integer', (c) => c.notNull())
      .addColumn('article_count', 'integer', (c) => c.notNull())
      .addColumn('flag_count', 'integer', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id'))
      .execute();
    // The library sorts and filters on these; each index ends with id so pagination is stable.
    for (const [name, cols] of [
      ['issues_updated', ['updated_at', 'id']],
      ['issues_date', ['issue_date', 'id']],
      ['issues_status_updated', ['status', 'updated_at', 'id']],
      ['issues_publication_date', ['publication', 'issue_date', 'id']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('issues')
        .columns([...cols])
        .execute();
    }

    await db.schema
      .createTable('issue_sources')
      .addColumn('issue_id', 'text', (c) => c.primaryKey().references('issues.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('revisions')
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('suggestions', 'text')
      .addColumn('author_id', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('base_rev', 'integer')
      .addColumn('restored_from', 'integer')
      .addColumn('save_id', 'text')
      .addColumn('article_count', 'integer', (c) => c.notNull())
      .addColumn('flag_count', 'integer', (c) => c.notNull())
      // The primary key is what stops two concurrent saves on the same base from forking the chain.
      .addPrimaryKeyConstraint('revisions_pk', ['issue_id', 'rev'])
      .addUniqueConstraint('revisions_save_id', ['issue_id', 'save_id'])
      .execute();

    await db.schema
      .createTable('issue_reporters')
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('issue_reporters_pk', ['issue_id', 'name', 'role'])
      .execute();
    await db.schema.createIndex('issue_reporters_name').on('issue_reporters').column('name').execute();

    await db.schema
      .createTable('presence')
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('last_seen', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('presence_pk', ['issue_id', 'user_id'])
      .execute();
    await db.schema.createIndex('presence_last_seen').on('presence').column('last_seen').execute();
  },
};

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

const serialType = (db: Kysely<unknown>) => (isPostgres(db) ? 'serial' : 'integer');
const serialKey = (db: Kysely<unknown>, c: ColumnDefinitionBuilder) =>
  isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

/** Makes a table refuse UPDATE and DELETE at the database, whatever code runs against it. */
async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  const message = `${table} is append-only`;
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function ${table}_append_only() returns trigger language plpgsql as $$ ` +
          `begin raise exception '${message}'; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_append_only before update or delete on ${table} ` +
          `for each row execute function ${table}_append_only()`,
      )
      .execute(db);
    return;
  }
  for (const op of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger ${table}_no_${op} before ${op} on ${table} ` +
          `begin select raise(abort, '${message}'); end`,
      )
      .execute(db);
  }
}

const review: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('issues').addColumn('submitted_at', 'text').execute();
    await db.schema.alterTable('issues').addColumn('submission_id', 'text').execute();
    await db.schema
      .createIndex('issues_status_submitted')
      .on('issues')
      .columns(['status', 'submitted_at'])
      .execute();

    await db.schema
      .createTable('submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('message', 'text')
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('figures', 'text', (c) => c.notNull())
      .addColumn('change_count', 'integer', (c) => c.notNull())
      .addColumn('proposal_articles', 'integer', (c) => c.notNull())
      .addColumn('boundaries_changed', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('submissions_issue')
      .on('submissions')
      .columns(['issue_id', 'submitted_at'])
      .execute();

    await db.schema
      .createTable('comments')
      // A serial id: comments written in the same millisecond still keep their order.
      .addColumn('id', serialType(db), (c) => serialKey(db, c))
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('parent_id', 'integer', (c) => c.references('comments.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text')
      .addColumn('line', 'integer')
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
      .addColumn('resolved_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('comments_issue')
      .on('comments')
      .columns(['issue_id', 'created_at'])
      .execute();

    // No cascade from issues: an approved export outlives anything else that happens to its issue.
    await db.schema
      .createTable('approved_exports')
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('approved_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('approved_at', 'text', (c) => c.notNull())
      .addColumn('editors', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('approved_exports_pk', ['issue_id', 'version'])
      .execute();
    await db.schema.createIndex('approved_exports_at').on('approved_exports').column('approved_at').execute();
    await appendOnly(db, 'approved_exports');

    await db.schema
      .createTable('audit_log')
      .addColumn('id', serialType(db), (c) => serialKey(db, c))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('issue_id', 'text')
      .addColumn('target_user_id', 'text')
      .addColumn('ip', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_issue').on('audit_log').columns(['issue_id', 'id']).execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'id']).execute();
    await appendOnly(db, 'audit_log');
  },
};

/**
 * The library's numeric sorts (most flags, most articles) read the first pages of an index instead of
 * sorting every issue: page 50 of 10,000 issues sorted by flags took 40 ms on PostgreSQL, most of it
 * the sort.
 */
const librarySorts: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, cols] of [
      ['issues_flags', ['flag_count', 'id']],
      ['issues_articles', ['article_count', 'id']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('issues')
        .columns([...cols])
        .execute();
    }
  },
};

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_review': review,
  '0003_library_sorts': librarySorts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
