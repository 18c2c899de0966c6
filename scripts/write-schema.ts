/** `npm run schema`: regenerate docs/export-schema.json from the zod schema of the export. */
import { writeFileSync } from 'node:fs';
import { exportJsonSchemaText } from '../src/core/export/schema.ts';

const target = new URL('../docs/export-schema.json', import.meta.url);
writeFileSync(target, exportJsonSchemaText());
console.log(`wrote ${target.pathname}`);
