import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { MailModule } from '@masswerk/api/mail';
import { ProjectModule } from '@masswerk/api/project';
import { TerritoryModule } from '@masswerk/api/territory';
import { ApiTokenEntity, MembershipEntity, PasswordResetEntity, SessionEntity, UserEntity } from './entities';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { ActorService } from './actor.service';
import { AuthService } from './auth.service';
import { UserService } from './user.service';
import { ApiTokenService } from './api-token.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { AuthResolver } from './auth.resolver';
import { MembershipResolver, UserResolver } from './membership.resolver';
import { ApiTokenResolver } from './api-token.resolver';
import { InvitationEntity } from './invitation/invitation.entity';
import { InvitationResolver } from './invitation/invitation.resolver';
import { InvitationService } from './invitation/invitation.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      MembershipEntity,
      SessionEntity,
      ApiTokenEntity,
      InvitationEntity,
      PasswordResetEntity,
    ]),
    AccessModule,
    AuditModule,
    MailModule,
    ProjectModule,
    TerritoryModule,
  ],
  providers: [
    ActorService,
    AuthService,
    UserService,
    ApiTokenService,
    LoginRateLimiter,
    AuthResolver,
    MembershipResolver,
    UserResolver,
    ApiTokenResolver,
    InvitationService,
    PasswordResetService,
    PasswordResetResolver,
    InvitationResolver,
  ],
  exports: [ActorService, UserService],
})
export class IdentityModule {}
