import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import {
  MeasureReleaseEntity,
  ProjectPublicationEntity,
  ProjectReleaseEntity,
  PublicChangeEntity,
} from './release.entities';
import { MeasureReleaseResolver, ReleaseResolver } from './release.resolver';
import { ReleaseService } from './release.service';
import { PublicReadService } from './public/public-read.service';
import { PublicResolver } from './public/public.resolver';
import { PublicPlacesReader } from './public/public-places.reader';
import { PublicPlacesResolver } from './public/public-places.resolver';

/** Review and release of the public versions of measures (issue 16, decision 0070). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProjectPublicationEntity,
      MeasureReleaseEntity,
      ProjectReleaseEntity,
      PublicChangeEntity,
    ]),
    AccessModule,
    AuditModule,
  ],
  providers: [
    ReleaseService,
    ReleaseResolver,
    MeasureReleaseResolver,
    PublicReadService,
    PublicResolver,
    PublicPlacesReader,
    PublicPlacesResolver,
  ],
  exports: [ReleaseService],
})
export class ReleaseModule {}
