import { inject, Injectable, signal } from '@angular/core';
import { GraphqlClient } from './graphql-client';
import { InstallationDocument, type InstallationQuery } from './installation.generated';

export type InstallationSettings = InstallationQuery['installation'];

const NONE: InstallationSettings = {
  imprintUrl: null,
  privacyUrl: null,
  accessibilityContactEmail: null,
  accessibilityContactUrl: null,
};

/**
 * The installation's imprint and privacy links and its accessibility contact (decision 0067): asked for once, by the
 * first page that shows them (public, so also before signing in). Until the answer, and if it fails, nothing is
 * configured: the pages show no link rather than a wrong one.
 */
@Injectable({ providedIn: 'root' })
export class InstallationStore {
  private readonly client = inject(GraphqlClient);
  private readonly state = signal<InstallationSettings>(NONE);
  private readonly answered = signal(false);
  private loading: Promise<void> | null = null;

  readonly settings = this.state.asReadonly();
  /** The API has answered: a null setting now means "not configured", not "not known yet". */
  readonly loaded = this.answered.asReadonly();

  /** Loads the settings the first time; later calls share that request. */
  load(): Promise<void> {
    this.loading ??= this.client
      .run(InstallationDocument)
      .then(({ installation }) => {
        this.state.set(installation);
        this.answered.set(true);
      })
      .catch(() => {
        // a later page may try again
        this.loading = null;
      });
    return this.loading;
  }
}
