import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchemaText } from '../src/core/export/schema.ts';

describe('docs/export-schema.json', () => {
  it('is exactly what `npm run schema` generates from the zod schema (run it after changing the schema)', () => {
    const committed = readFileSync(new URL('../docs/export-schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(exportJsonSchemaText());
  });

  it('describes the required fields of the contract', () => {
    const schema = JSON.parse(exportJsonSchemaText()) as {
      required: string[];
      properties: { articles: { items: { required: string[] } } };
    };
    expect(schema.required).toEqual(['schema', 'issue', 'status', 'articles', 'unassigned']);
    expect(schema.properties.articles.items.required).toEqual([
      'id',
      'kicker',
      'headline',
      'subheadlines',
      'byline',
      'reporters',
      'paragraphs',
      'spans',
      'confidence',
      'flags',
    ]);
  });
});
