import { expect } from '@playwright/test';
import { ProjectListPage } from './project-list.page';
import { AppPage } from './app-page';

/** /projekte/cluster/:clusterId: the model projects of a cluster side by side, in a table and in charts. */
export class ClusterPage extends AppPage {
  readonly table = this.page.getByTestId('cluster-table');
  readonly rows = this.table.getByTestId('cluster-row');

  /** The cluster's address holds a generated id: reached, as users do, through "Cluster vergleichen" on /projekte. */
  async openFromProjectList(): Promise<void> {
    await new ProjectListPage(this.page).open();
    await this.page.getByRole('link', { name: 'Cluster vergleichen' }).first().click();
    await expect(this.page).toHaveURL(/\/projekte\/cluster\/[^/]+$/);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
    // The charts draw after the first render; wait for them so screenshots and checks see the finished page.
    await expect(this.page.locator('mw-chart svg').first()).toBeVisible();
  }
}
