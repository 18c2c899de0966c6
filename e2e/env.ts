/** Shared by playwright.config.ts (which starts the server) and the specs (which log in to it). */
export const E2E_PORT = 4173;
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password' } as const;
