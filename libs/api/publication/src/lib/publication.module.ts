import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { PublicationSource } from './public-view/publication-source.service';
import { ProjectOpenDataSettingsEntity } from './settings/open-data-settings.entity';
import { ProjectOpenDataSettingsService } from './settings/open-data-settings.service';
import { ProjectOpenDataSettingsResolver } from './settings/open-data-settings.resolver';
import { OpenDataService } from './open-data/open-data.service';
import { OpenDataController } from './open-data/open-data.controller';

/**
 * What a model project shows the public (issue 16, decision 0069): which projects and measures are public
 * (`PublicationSource`), the projects' open-data settings, and the open-data catalogue in DCAT-AP.de with its downloads.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectOpenDataSettingsEntity]), AccessModule, AuditModule],
  controllers: [OpenDataController],
  providers: [PublicationSource, ProjectOpenDataSettingsService, ProjectOpenDataSettingsResolver, OpenDataService],
  exports: [PublicationSource],
})
export class PublicationModule {}
