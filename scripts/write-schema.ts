/** Write codebook.schema.json from the zod schema (npm run schema); a test checks it is up to date. */
import { writeFileSync } from 'node:fs';
import { toCodebookJsonSchema } from '../src/model/codebook.js';

writeFileSync(
  new URL('../codebook.schema.json', import.meta.url),
  `${JSON.stringify(toCodebookJsonSchema(), null, 2)}\n`,
);
