import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AdminApi, AdminProjectView, OpenDataSettingsView } from '@masswerk/dashboard/admin/data-access';
import { injectProblemOf, markFieldProblems } from '@masswerk/dashboard/shared/data-access';
import { StateMessage } from '@masswerk/dashboard/shared/ui';
import { DEFAULT_OPEN_DATA_LICENCE, OPEN_DATA_PATHS, OpenDataLicence } from '@masswerk/shared/domain';

/**
 * Verwaltung → Offene Daten (decision 0069): whether the project's published measures are open data in the DCAT-AP.de
 * catalogue, under which licence, with which contact address; and, once it is on, the links to the catalogue and the
 * project's downloads, as anyone reaches them without signing in.
 */
@Component({
  selector: 'mw-admin-open-data',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    StateMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="open-data" aria-labelledby="open-data-heading">
      <h3 id="open-data-heading">{{ 'admin.openData.title' | transloco }}</h3>
      <p class="intro">{{ 'admin.openData.intro' | transloco }}</p>
      @if (loadProblem(); as text) {
        <mw-state kind="error" [message]="text" />
      } @else if (saved() === null) {
        <mw-state kind="loading" [message]="'common.loading' | transloco" />
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()" data-testid="open-data-form" novalidate>
          <mat-checkbox
            formControlName="enabled"
            aria-describedby="open-data-enabled-hint"
            data-testid="open-data-enabled"
          >
            {{ 'admin.openData.enabled' | transloco }}
          </mat-checkbox>
          <p class="hint" id="open-data-enabled-hint">{{ 'admin.openData.enabledHint' | transloco }}</p>
          <div class="row">
            <mat-form-field class="licence">
              <mat-label>{{ 'admin.openData.licence' | transloco }}</mat-label>
              <mat-select formControlName="licence" data-testid="open-data-licence">
                @for (licence of licences; track licence) {
                  <mat-option [value]="licence" [attr.data-testid]="'open-data-licence-' + licence">
                    {{ 'admin.openData.licences.' + licence | transloco }}
                  </mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'admin.openData.licenceHint' | transloco }}</mat-hint>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.openData.contactEmail' | transloco }}</mat-label>
              <input
                matInput
                type="email"
                formControlName="contactEmail"
                autocomplete="email"
                data-testid="open-data-contact"
              />
              <mat-hint>{{ 'admin.openData.contactEmailHint' | transloco }}</mat-hint>
              <mat-error>{{ errorOf(form.controls.contactEmail, 'admin.openData.contactEmailInvalid') }}</mat-error>
            </mat-form-field>
          </div>
          @if (formProblem(); as text) {
            <p class="field-error" role="alert">{{ text }}</p>
          }
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="open-data-save">
            {{ 'common.save' | transloco }}
          </button>
        </form>

        <section class="links" aria-labelledby="open-data-links-heading" data-testid="open-data-status">
          <h4 id="open-data-links-heading">{{ 'admin.openData.linksTitle' | transloco }}</h4>
          @if (saved()?.enabled) {
            <p>{{ 'admin.openData.linksIntro' | transloco }}</p>
            <ul data-testid="open-data-links">
              <li>
                <a [href]="paths.catalogJsonLd" data-testid="open-data-catalog">{{
                  'admin.openData.catalogJsonLd' | transloco
                }}</a>
              </li>
              <li>
                <a [href]="paths.catalogTurtle">{{ 'admin.openData.catalogTurtle' | transloco }}</a>
              </li>
              <li>
                <a [href]="csvPath()" data-testid="open-data-csv">{{ 'admin.openData.csv' | transloco }}</a>
              </li>
              <li>
                <a [href]="jsonPath()">{{ 'admin.openData.json' | transloco }}</a>
              </li>
            </ul>
          } @else {
            <p data-testid="open-data-off">{{ 'admin.openData.off' | transloco }}</p>
          }
        </section>
      }
    </section>
  `,
  styles: `
    .intro,
    .hint {
      max-width: 70ch;
    }
    .hint {
      margin: 0 0 1rem 2.5rem;
      color: rgba(0, 0, 0, 0.7);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .licence {
      min-width: min(100%, 28rem);
    }
    .field-error {
      color: #b00020;
      margin: 0.25rem 0;
    }
    .links {
      margin-top: 2rem;
    }
  `,
})
export class OpenDataTab {
  readonly project = input.required<AdminProjectView>();
  private readonly api = inject(AdminApi);
  private readonly problemOf = injectProblemOf();
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly licences = Object.values(OpenDataLicence);
  protected readonly paths = OPEN_DATA_PATHS;
  protected readonly csvPath = computed(() => OPEN_DATA_PATHS.measuresCsv(this.project().code));
  protected readonly jsonPath = computed(() => OPEN_DATA_PATHS.measuresJson(this.project().code));
  /** The settings as last loaded or saved: the links follow what is saved, not what is ticked. */
  protected readonly saved = signal<OpenDataSettingsView | null>(null);
  protected readonly loadProblem = signal<string | null>(null);
  protected readonly formProblem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    enabled: new FormControl(false, { nonNullable: true }),
    licence: new FormControl<OpenDataLicence>(DEFAULT_OPEN_DATA_LICENCE, { nonNullable: true }),
    contactEmail: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(320)] }),
  });

  constructor() {
    effect(() => {
      const projectId = this.project().id;
      untracked(() => void this.load(projectId));
    });
  }

  protected errorOf(control: AbstractControl, fallbackKey: string): string {
    const server = control.errors?.['server'];
    return server ? String(server) : this.transloco.translate(fallbackKey);
  }

  private async load(projectId: string): Promise<void> {
    try {
      this.apply(await this.api.openDataSettings(projectId));
    } catch (error) {
      this.loadProblem.set(this.problemOf(error).message);
    }
  }

  private apply(settings: OpenDataSettingsView): void {
    this.form.setValue({
      enabled: settings.enabled,
      licence: settings.licence as OpenDataLicence,
      contactEmail: settings.contactEmail ?? '',
    });
    this.saved.set(settings);
  }

  protected async save(): Promise<void> {
    this.formProblem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { enabled, licence, contactEmail } = this.form.getRawValue();
    this.busy.set(true);
    try {
      this.apply(
        await this.api.updateOpenDataSettings({
          modelProjectId: this.project().id,
          enabled,
          licence,
          contactEmail: contactEmail.trim() || null,
        }),
      );
      this.snackBar.open(this.transloco.translate('admin.openData.saved'), undefined, { duration: 4000 });
    } catch (error) {
      const problem = this.problemOf(error);
      if (!markFieldProblems(problem, (field) => this.form.get(field))) this.formProblem.set(problem.message);
    } finally {
      this.busy.set(false);
    }
  }
}
