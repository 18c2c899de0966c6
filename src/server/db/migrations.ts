/**
 * The migrations, in code so the server and the CLI carry them without a folder to ship. Names sort
 * in order of application. Use only portable column types (text, integer) and Kysely's schema builder.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

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

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
