import type * as sqlite from 'node:sqlite';

export type Database = sqlite.DatabaseSync;
export type Statement = sqlite.StatementSync;
export type SqlValue = null | number | bigint | string;

/**
 * Loads node:sqlite through process.getBuiltinModule rather than `require`/`import`: jest's module
 * registry does not know the `node:`-only built-ins (it would answer "Cannot find module"), while
 * getBuiltinModule asks Node itself. tsx and ts-jest both compile this file unchanged.
 */
export function openDatabase(file: string): Database {
  const mod = process.getBuiltinModule('node:sqlite') as typeof sqlite | undefined;
  if (!mod) {
    throw new Error('node:sqlite is not available: the local intranet needs Node 22 (run it through npm).');
  }
  return new mod.DatabaseSync(file);
}
