import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { Actor } from '@masswerk/shared/domain';
import {
  AccessGuard,
  ConfigModule,
  createFormatError,
  ApiExceptionFilter,
  createValidationPipe,
  LoaderRegistry,
  LocalDateScalar,
  MoneyScalar,
} from '@masswerk/api/core';
import type { AppConfig, RequestContext } from '@masswerk/api/core';
import { CountingLogger, dataSourceOptions } from '@masswerk/api/database';
import { AuditModule } from '@masswerk/api/audit';
import { DocumentsModule } from '@masswerk/api/documents';
import { NotificationsModule } from '@masswerk/api/notifications';
import { RoundsModule } from '@masswerk/api/rounds';
import { ReleaseModule } from '@masswerk/api/release';
import { FundingModule } from '@masswerk/api/funding';
import { IdentityModule } from '@masswerk/api/identity';
import { ImportsModule } from '@masswerk/api/imports';
import { MeasureModule } from '@masswerk/api/measure';
import { ProjectModule } from '@masswerk/api/project';
import { PublicationModule } from '@masswerk/api/publication';
import { ReportingModule } from '@masswerk/api/reporting';
import { RollupModule } from '@masswerk/api/rollup';
import { StrategyModule } from '@masswerk/api/strategy';
import { TerritoryModule } from '@masswerk/api/territory';
import { serviceUnavailableStatus, wellFormedInput } from './graphql-input';
import { anonymousRateLimit, complexityLimit, limitRules } from './graphql-limits';
import { HealthController } from './health.controller';
import { InstallationResolver } from './installation.resolver';

const databaseLog = new Logger('Database');

/** The application wires the domain modules together; it holds no domain logic of its own. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-xsrf-token"]',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => !/^\/(graphql|api|health)/.test(req.url ?? '') },
            ...(production || config.nodeEnv === 'test'
              ? {}
              : { transport: { target: 'pino-pretty', options: { singleLine: true } } }),
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, {
            logger: new CountingLogger((level, message) => databaseLog[level](message)),
            extra: { max: config.dbPoolSize, application_name: 'masswerk', options: '-c statement_timeout=30000' },
          }),
          autoLoadEntities: true,
          migrationsRun: false,
        }),
        TerminusModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          resolvers: { LocalDate: LocalDateScalar, Money: MoneyScalar },
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          fieldResolverEnhancers: ['guards'],
          playground: false,
          graphiql: false,
          introspection: !production,
          hideSchemaDetailsFromClientErrors: production,
          includeStacktraceInErrorResponses: !production,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          autoTransformHttpErrors: false,
          // Answers keep 200 when a resolver fails, except during a database outage: 503 with Retry-After (our own
          // plugin below decides; Nest's plugin would reset it to 200).
          preserveHttpStatusForExecutionErrors: false,
          parseOptions: { maxTokens: config.graphql.maxTokens },
          validationRules: limitRules(config.graphql),
          // No HTTP cache hints (answers are cached by the read cache, with exact invalidation): without a plugin
          // that watches every field, Apollo resolves fields without instrumentation (see docs/performance.md).
          plugins: [
            wellFormedInput(),
            complexityLimit(config.graphql.maxComplexity, config.graphql.publicMaxComplexity),
            anonymousRateLimit(config.graphql.publicRatePerMinute),
            serviceUnavailableStatus(),
            ApolloServerPluginCacheControlDisabled(),
          ],
          formatError: createFormatError(production),
          context: (request: { masswerk?: RequestContext }, reply: unknown) =>
            request.masswerk ?? {
              req: request,
              reply,
              actor: Actor.anonymous(),
              loaders: new LoaderRegistry(),
              authMethod: 'none',
              sessionId: null,
            },
        }),
        AuditModule,
        TerritoryModule,
        ProjectModule,
        IdentityModule,
        StrategyModule,
        MeasureModule,
        RollupModule,
        NotificationsModule,
        FundingModule,
        ReportingModule,
        ImportsModule,
        RoundsModule,
        DocumentsModule,
        ReleaseModule,
        PublicationModule,
      ],
      controllers: [HealthController],
      providers: [
        InstallationResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
