// Migrations are listed explicitly (not globbed) so the compiled API, the ESM
// test runner and the migration check all load exactly the same set.
import { LrsStatements1795734400000 } from './1795734400000-lrs-statements.js';
import { AuthUsers1795734401000 } from './1795734401000-auth-users.js';
import { IndicatorFacts1795734402000 } from './1795734402000-indicator-facts.js';

export const MIGRATIONS = [
  LrsStatements1795734400000,
  AuthUsers1795734401000,
  IndicatorFacts1795734402000,
];
