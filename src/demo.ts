/** Where the bundled demo data lives, found from this module so it works from src/ and dist/. */
import { fileURLToPath } from 'node:url';

export function demoPaths(): { export: string; codebook: string; regions: string; population: string } {
  const dir = (name: string) => fileURLToPath(new URL(`../data/demo/${name}`, import.meta.url));
  return {
    export: dir('regioscan-demo.csv'),
    codebook: dir('codebook.json'),
    regions: dir('regions.json'),
    population: dir('population.csv'),
  };
}
