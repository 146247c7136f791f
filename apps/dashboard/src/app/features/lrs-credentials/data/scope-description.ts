import { type LrsScope } from '../../../core/api/lrs-credentials.model';
import { textOf } from '../../../core/i18n/translator';
import { LRS_CREDENTIALS_MESSAGES } from '../lrs-credentials.messages';

/** What a scope lets a client do, in the interface language; the code itself stays as xAPI writes it. */
export function scopeDescription(scope: LrsScope): string {
  switch (scope) {
    case 'statements/write':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.statementsWrite');
    case 'statements/read':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.statementsRead');
    case 'statements/read/mine':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.statementsReadMine');
    case 'all/read':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.allRead');
    case 'all':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.all');
    case 'state':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.state');
    case 'profile':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.profile');
    case 'define':
      return textOf(LRS_CREDENTIALS_MESSAGES, 'lrsCredentials.scope.define');
  }
}
