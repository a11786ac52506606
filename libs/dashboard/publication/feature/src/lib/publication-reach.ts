import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideTranslocoScope, TranslocoPipe, TranslocoService, translateSignal } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import {
  PublicationReachDocument,
  PublicationReachQuery,
  UpdatePublicationNoindexDocument,
} from './publication-reach.generated';

/** The frame's HTML for a project's embeddable summary, as the county's web editors paste it. */
export function embedSnippet(origin: string, code: string, title: string): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const src = `${origin}/oeffentlich/${encodeURIComponent(code)}/einbettung`;
  return (
    `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="520" ` +
    `style="border: 0; max-width: 40rem" loading="lazy"></iframe>`
  );
}

/**
 * Verwaltung → Veröffentlichung, the project's reach on the public site (issue 16, decision 0073): whether search
 * engines are asked not to index its pages, and the frame that shows its summary on the county's own website (the
 * HTML to copy and a preview). Which sites may frame it is the installation's setting (`PUBLIC_EMBED_ANCESTORS`).
 */
@Component({
  selector: 'mw-publication-reach',
  imports: [MatButtonModule, MatSlideToggleModule, CdkCopyToClipboard, TranslocoPipe],
  providers: [provideTranslocoScope('publicationReach')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="reach-heading" data-testid="publication-reach">
      <h3 id="reach-heading">{{ 'publicationReach.title' | transloco }}</h3>
      @if (problem(); as text) {
        <p class="field-error" role="alert">{{ text }}</p>
      }
      @if (data(); as d) {
        <mat-slide-toggle
          [checked]="d.projectPublication.noindex"
          [disabled]="busy()"
          (change)="setNoindex($event.checked)"
          data-testid="publication-noindex"
        >
          {{ 'publicationReach.noindex' | transloco }}
        </mat-slide-toggle>
        <p class="muted">{{ 'publicationReach.noindexHint' | transloco }}</p>

        <h4>{{ 'publicationReach.embedTitle' | transloco }}</h4>
        <p class="muted">{{ 'publicationReach.embedIntro' | transloco }}</p>
        <label for="embed-snippet">{{ 'publicationReach.snippet' | transloco }}</label>
        <textarea id="embed-snippet" class="snippet" readonly rows="4" data-testid="embed-snippet">{{
          snippet()
        }}</textarea>
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [cdkCopyToClipboard]="snippet()"
            (cdkCopyToClipboardCopied)="copied.set($event)"
            data-testid="embed-copy"
          >
            {{ (copied() ? 'publicationReach.copied' : 'publicationReach.copy') | transloco }}
          </button>
          <a mat-button [href]="embedPath()" target="_blank" rel="noopener" data-testid="embed-preview"
            >{{ 'publicationReach.preview' | transloco
            }}<span class="cdk-visually-hidden"> {{ 'publicationReach.newTab' | transloco }}</span></a
          >
        </div>
        <span class="cdk-visually-hidden" aria-live="polite">{{
          copied() ? ('publicationReach.copied' | transloco) : ''
        }}</span>
      }
    </section>
  `,
  styles: `
    .snippet {
      display: block;
      box-sizing: border-box;
      width: 100%;
      font-family: monospace;
      font-size: 0.85rem;
      margin: 0.25rem 0 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class PublicationReach {
  readonly projectId = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly data = signal<PublicationReachQuery | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly copied = signal(false);
  protected readonly embedPath = computed(() => {
    const project = this.data()?.modelProject;
    return project ? `/oeffentlich/${encodeURIComponent(project.code)}/einbettung` : '';
  });
  // the key within this component's scope (translateSignal adds the scope's prefix itself)
  private readonly frameTitle = translateSignal(
    'frameTitle',
    computed(() => ({ name: this.data()?.modelProject.name ?? '' })),
  );
  protected readonly snippet = computed(() => {
    const project = this.data()?.modelProject;
    return project ? embedSnippet(this.origin, project.code, this.frameTitle()) : '';
  });

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => void this.load(projectId));
    });
  }

  private async load(projectId: string): Promise<void> {
    try {
      this.data.set(await this.client.run(PublicationReachDocument, { modelProjectId: projectId }));
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }

  protected async setNoindex(noindex: boolean): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const { updateProjectPublication } = await this.client.run(UpdatePublicationNoindexDocument, {
        input: { modelProjectId: this.projectId(), noindex },
      });
      this.data.update((d) => (d ? { ...d, projectPublication: updateProjectPublication } : d));
      this.snackBar.open(
        this.transloco.translate(noindex ? 'publicationReach.noindexOn' : 'publicationReach.noindexOff'),
        undefined,
        { duration: 4000 },
      );
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
      await this.load(this.projectId());
    } finally {
      this.busy.set(false);
    }
  }
}
