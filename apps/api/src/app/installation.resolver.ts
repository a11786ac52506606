import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, APP_CONFIG } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';

@ObjectType({
  description:
    "What every page shows about this installation, signed in or not (decision 0067): the operator's imprint and " +
    'privacy policy, and the feedback channel of the accessibility statement. Null: the operator has not configured it.',
})
export class Installation {
  @Field(() => String, { nullable: true, description: 'Link to the imprint (Impressum): an http(s) URL or a path.' })
  imprintUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Link to the privacy policy (Datenschutzerklärung): an http(s) URL or a path.',
  })
  privacyUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address for feedback on accessibility (BITV 2.0).' })
  accessibilityContactEmail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Link to a contact form for feedback on accessibility: an http(s) URL or a path.',
  })
  accessibilityContactUrl!: string | null;
}

/** The installation's public settings, read once at boot (`IMPRINT_URL` and the like); no database. */
@Resolver(() => Installation)
export class InstallationResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => Installation, {
    description: "This installation's legal links and accessibility contact (public: every page shows them).",
  })
  @Access(AccessPolicy.PUBLIC)
  installation(): Installation {
    return { ...this.config.installation };
  }
}
