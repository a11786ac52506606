import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { DocumentEntity } from './document.entity';
import { DocumentService } from './document.service';
import { DocumentsController } from './documents.controller';
import { DocumentResolver } from './document.resolver';
import {
  CallOffDocumentsResolver,
  ExpenditureDocumentsResolver,
  MeasureDocumentsResolver,
  ProofDocumentsResolver,
  StatusReportDocumentsResolver,
} from './owner-documents.resolver';

/** Documents attached to measures, status reports, expenditures, call-offs and proofs (decision 0064). */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), AccessModule, AuditModule],
  controllers: [DocumentsController],
  providers: [
    DocumentService,
    DocumentResolver,
    MeasureDocumentsResolver,
    StatusReportDocumentsResolver,
    ExpenditureDocumentsResolver,
    CallOffDocumentsResolver,
    ProofDocumentsResolver,
  ],
})
export class DocumentsModule {}
