// Migrations are listed explicitly (not globbed) so the compiled API, the ESM
// test runner and the migration check all load exactly the same set.
import { LrsStatements1795734400000 } from './1795734400000-lrs-statements.js';
import { AuthUsers1795734401000 } from './1795734401000-auth-users.js';
import { IndicatorFacts1795734402000 } from './1795734402000-indicator-facts.js';
import { StatementFilters1795736926914 } from './1795736926914-statement-filters.js';
import { LrsDocuments1795737268556 } from './1795737268556-lrs-documents.js';
import { LrsActivities1795737268557 } from './1795737268557-lrs-activities.js';
import { LrsAttachments1795737658365 } from './1795737658365-lrs-attachments.js';
import { StatementInbox1795737891961 } from './1795737891961-statement-inbox.js';
import { StatementIndexes1795744082478 } from './1795744082478-statement-indexes.js';
import { LearnersAndCourses1795746896882 } from './1795746896882-learners-and-courses.js';
import { Operations1795760000000 } from './1795760000000-operations.js';
import { CourseFacts1795770000000 } from './1795770000000-course-facts.js';
import { FactCutoffs1795780000000 } from './1795780000000-fact-cutoffs.js';
import { DataVersions1795781000000 } from './1795781000000-data-versions.js';
import { Snapshots1795790000000 } from './1795790000000-snapshots.js';
import { StatementVoids1795795000000 } from './1795795000000-statement-voids.js';
import { DemoLoads1795800000000 } from './1795800000000-demo-loads.js';
import { StatementRejections1795810000000 } from './1795810000000-statement-rejections.js';
import { StatementGroupActors1795810000100 } from './1795810000100-statement-group-actors.js';
import { UserStatus1795811000000 } from './1795811000000-user-status.js';
import { Exports1795812000000 } from './1795812000000-exports.js';
import { LoginThrottles1795820000000 } from './1795820000000-login-throttles.js';
import { AuditEvents1795821000000 } from './1795821000000-audit-events.js';
import { OperationRetention1795830000000 } from './1795830000000-operation-retention.js';
import { PrivacyRequests1795830000100 } from './1795830000100-privacy-requests.js';
import { InboxVacuumTruncate1795840000000 } from './1795840000000-inbox-vacuum-truncate.js';

export const MIGRATIONS = [
  LrsStatements1795734400000,
  AuthUsers1795734401000,
  IndicatorFacts1795734402000,
  StatementFilters1795736926914,
  LrsDocuments1795737268556,
  LrsActivities1795737268557,
  LrsAttachments1795737658365,
  StatementInbox1795737891961,
  StatementIndexes1795744082478,
  LearnersAndCourses1795746896882,
  Operations1795760000000,
  CourseFacts1795770000000,
  FactCutoffs1795780000000,
  DataVersions1795781000000,
  Snapshots1795790000000,
  StatementVoids1795795000000,
  DemoLoads1795800000000,
  StatementRejections1795810000000,
  StatementGroupActors1795810000100,
  UserStatus1795811000000,
  Exports1795812000000,
  LoginThrottles1795820000000,
  AuditEvents1795821000000,
  OperationRetention1795830000000,
  PrivacyRequests1795830000100,
  InboxVacuumTruncate1795840000000,
];
