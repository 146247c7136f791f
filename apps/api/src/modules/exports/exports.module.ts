import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { ExportsController } from './exports.controller.js';

@Module({ imports: [AuthModule, IndicatorsModule], controllers: [ExportsController] })
export class ExportsModule {}
