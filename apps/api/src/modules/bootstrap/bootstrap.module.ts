import { Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { CatalogSync } from '../catalog/catalog-sync.service';
import { AdminBootstrap } from './admin-bootstrap.service';

@Injectable()
class BootOnce implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly admin: AdminBootstrap,
    private readonly catalog: CatalogSync,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = await this.admin.ensureAdmin();
    if (this.config.LOAD_EXERCISES && existsSync(this.config.EXERCISES_DIR)) {
      await this.catalog.sync(this.config.EXERCISES_DIR, admin.id);
    }
  }
}

/** First-boot work of the API: an admin, and the catalog of exercises. */
@Module({ providers: [AdminBootstrap, CatalogSync, BootOnce], exports: [AdminBootstrap, CatalogSync] })
export class BootstrapModule {}
