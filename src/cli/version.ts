/** The version `citebot --version` prints: the one in the project's package.json. */
import { readFileSync } from 'node:fs';

/**
 * Reads `version` from the nearest package.json above this module. Looked up
 * rather than imported, because the module runs both from `src/` (tests) and
 * from `dist/src/` (the installed command), at different depths.
 */
export function citebotVersion(): string {
  for (let up = '../'; up.length <= 5 * 3; up += '../') {
    let text: string;
    try {
      text = readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    const { name, version } = JSON.parse(text) as { name?: string; version?: string };
    if (name === 'citebot' && version) return version;
  }
  throw new Error('the package.json of citebot was not found');
}
