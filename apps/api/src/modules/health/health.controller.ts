import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { PrismaService } from '@loopgrade/database';
import { JOB_QUEUE, JobQueue } from '@loopgrade/queue';
import { Public } from '../../common/auth/principal';
import { OperationalMetricsService } from './operational-metrics.service';
import { renderPrometheus } from './prometheus';

type Probe = { status: 'up' } | { status: 'down'; error: string };

async function probe(check: () => Promise<unknown>): Promise<Probe> {
  try {
    await check();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly metrics: OperationalMetricsService,
  ) {}

  /** The process is up. */
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  /** Database and (when configured) Redis answer; includes queue depth, workers and grading latency. */
  @Get('health/ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const database = await probe(() => this.prisma.$queryRaw`SELECT 1`);
    const redis = this.config.REDIS_URL ? await probe(() => this.queue.ping()) : undefined;
    const ok = database.status === 'up' && (!redis || redis.status === 'up');
    const snapshot = ok ? await this.metrics.snapshot().catch(() => undefined) : undefined;
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'unavailable',
      checks: { database, ...(redis ? { redis } : {}) },
      queue: this.config.REDIS_URL ? 'bullmq' : 'inline',
      ...snapshot,
    };
  }

  /** Prometheus text format. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async prometheus(): Promise<string> {
    return renderPrometheus(await this.metrics.snapshot());
  }
}
