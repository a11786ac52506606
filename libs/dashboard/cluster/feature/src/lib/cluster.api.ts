import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { ClusterComparisonDocument, ClusterComparisonQuery } from './cluster.generated';

export type ClusterComparison = ClusterComparisonQuery['cluster'];
export type ClusterProject = ClusterComparison['modelProjects'][number];
export type ClusterSummary = ClusterProject['summary'];

/** A cluster's model projects with their roll-ups and, where the viewer may see it, their money. */
@Injectable({ providedIn: 'root' })
export class ClusterApi {
  private readonly client = inject(GraphqlClient);

  comparison(id: string): Observable<ClusterComparison> {
    return this.client.request(ClusterComparisonDocument, { id }).pipe(map((d) => d.cluster));
  }
}
