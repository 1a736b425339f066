import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { OperationalMetricsService } from './operational-metrics.service';

@Module({ controllers: [HealthController], providers: [OperationalMetricsService] })
export class HealthModule {}
