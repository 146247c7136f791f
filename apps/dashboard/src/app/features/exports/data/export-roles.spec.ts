import { type UserRole } from '../../../core/auth/auth-session.model';
import { mayExport, mayExportEvidence } from './export-roles';

describe('export roles', () => {
  it.each<[UserRole | undefined, boolean, boolean, boolean, boolean]>([
    // role, manager, erdf, publication, evidence
    ['admin', true, true, true, true],
    ['auditor', true, true, true, true],
    ['manager', true, true, true, false],
    ['communications', false, false, true, false],
    [undefined, false, false, false, false],
  ])('%s', (role, manager, erdf, publication, evidence) => {
    expect(mayExport(role, 'manager')).toBe(manager);
    expect(mayExport(role, 'erdf')).toBe(erdf);
    expect(mayExport(role, 'publication')).toBe(publication);
    expect(mayExportEvidence(role)).toBe(evidence);
  });
});
