import { Injectable, Logger } from '@nestjs/common';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { ExportsRepository } from './exports.repository.js';
import { DAY_MS } from './export.view.js';

/**
 * Export files hold personal data (the evidence sheet) and are copies of
 * figures anyone can ask for again, so they are not kept for ever: each is
 * deleted FITA_EXPORT_RETENTION_DAYS after it finished, by the hourly
 * `exports-expire` job.
 */
@Injectable()
export class ExportRetentionService {
  private readonly logger = new Logger(ExportRetentionService.name);

  constructor(
    private readonly repository: ExportsRepository,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async expire(): Promise<{ deleted: number }> {
    const days = this.config.exportRetentionDays;
    const before = new Date(this.clock.now().getTime() - days * DAY_MS);
    const deleted = await this.repository.deleteFinishedBefore(before);
    if (deleted > 0) {
      this.logger.log(`deleted ${deleted} export file(s) finished more than ${days} days ago`);
    }
    return { deleted };
  }
}
