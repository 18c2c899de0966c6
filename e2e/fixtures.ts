import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { zhCN as zh } from '../src/app/i18n/zh-CN.ts';
import { E2E_ADMIN } from './env.ts';

export { expect, zh };

/** Fills an i18next template the way the app does, so specs assert the exact sentence a user reads. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

export class LoginPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: zh.login.title });
    this.username = page.getByLabel(zh.login.username);
    this.password = page.getByLabel(zh.login.password);
    this.submit = page.getByRole('button', { name: zh.login.submit });
    this.error = page.getByRole('alert');
  }

  async goto() {
    await this.page.goto('/login');
  }

  async login(username: string = E2E_ADMIN.username, password: string = E2E_ADMIN.password) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}

export class AppShell {
  readonly logout: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.logout = page.getByRole('button', { name: zh.nav.logout });
    this.nav = page.getByRole('navigation', { name: zh.nav.main });
  }

  signedInAs(displayName: string): Locator {
    return this.page.getByText(fill(zh.nav.signedInAs, { name: displayName }));
  }
}

export class LibraryPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly publication: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly clearFilters: Locator;
  readonly importFiles: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: zh.library.title, level: 1 });
    this.table = page.getByRole('table', { name: zh.library.issues });
    this.filters = page.getByRole('search', { name: zh.library.filters });
    this.search = this.filters.getByLabel(zh.library.search);
    this.status = this.filters.getByLabel(zh.library.status);
    this.publication = this.filters.getByLabel(zh.library.publication);
    this.from = this.filters.getByLabel(zh.library.from);
    this.to = this.filters.getByLabel(zh.library.to);
    this.clearFilters = this.filters.getByRole('button', { name: zh.library.clearFilters });
    this.importFiles = page.getByRole('button', { name: zh.library.importFiles }).first();
    this.noMatch = page.getByRole('heading', { name: zh.library.noMatchTitle });
  }

  async goto() {
    await this.page.goto('/');
  }

  /** Body rows (the header row has no cells). */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** A row's cell by column header, counting from the row header cells the table has. */
  cell(row: Locator, column: number): Locator {
    return row.getByRole('cell').nth(column);
  }
}

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class ImportDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: zh.import.title });
    this.fileInput = this.dialog.getByLabel(zh.import.chooseFiles);
    this.close = this.dialog.getByRole('button', { name: zh.import.close });
  }

  importButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: fill(zh.import.importAll_other, { count }) });
  }

  row(filename: string): Locator {
    return this.dialog.getByRole('listitem', { name: filename });
  }

  status(filename: string): Locator {
    return this.row(filename).getByRole('status');
  }

  async choose(files: FileSpec[]) {
    await this.fileInput.setInputFiles(files);
  }
}

interface Pages {
  loginPage: LoginPage;
  shell: AppShell;
  library: LibraryPage;
  importDialog: ImportDialog;
}

export const test = base.extend<Pages>({
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
  library: async ({ page }, use) => use(new LibraryPage(page)),
  importDialog: async ({ page }, use) => use(new ImportDialog(page)),
});

export function textFile(name: string, text: string): FileSpec {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}
