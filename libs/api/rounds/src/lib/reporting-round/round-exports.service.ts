import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  Actor,
  ErrorReason,
  formatGermanDate,
  HEALTH_LABEL_DE,
  Health,
  MEASURE_STATUS_LABEL_DE,
  Permission,
  Phase,
  TRAFFIC_LIGHT_LABEL_DE,
} from '@masswerk/shared/domain';
import { DomainError } from '@masswerk/api/core';
import {
  CONTENT_TYPES,
  CouncilBriefingService,
  Download,
  ExportAccessService,
  ListColumn,
  listSheet,
  NarrativeReportService,
} from '@masswerk/api/reporting';
import { ReportingRoundService, RoundView } from './reporting-round.service';
import type { RoundMeasureSnapshot } from './round-snapshot';

const d = (date: string | null) => (date ? formatGermanDate(date) : '');
const euros = (cents: string | bigint) => Number(BigInt(cents)) / 100;

/**
 * The exports of a closed round, generated from its frozen snapshot only: the same content whenever they are made,
 * whatever changed in the measures since. The PDFs carry the moment the round was closed as their creation date.
 */
@Injectable()
export class RoundExportsService {
  constructor(
    private readonly rounds: ReportingRoundService,
    private readonly access: ExportAccessService,
    private readonly narratives: NarrativeReportService,
    private readonly briefings: CouncilBriefingService,
  ) {}

  private async closedRound(actor: Actor, code: string, id: string): Promise<RoundView> {
    const project = await this.access.project(actor, code, Permission.EXPORT_REPORTS);
    const round = /^[0-9a-f-]{36}$/i.test(id) ? await this.rounds.get(actor, id).catch(() => null) : null;
    if (!round || round.modelProjectId !== project.id) throw DomainError.notFound('Berichtsrunde', id.slice(0, 40));
    if (!round.closedOn)
      throw DomainError.conflict(
        ErrorReason.ROUND_OPEN,
        `Die Berichtsrunde „${round.name}“ ist noch offen; ihre Berichte entstehen, wenn sie abgeschlossen ist.`,
      );
    return round;
  }

  private async snapshots(round: RoundView): Promise<RoundMeasureSnapshot[]> {
    return (await this.rounds.measures(round))
      .map((m) => m.snapshot)
      .filter((s): s is RoundMeasureSnapshot => !!s)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  private fileName(kind: string, round: RoundView, extension: string): string {
    return `${kind}_${round.projectCode}_${round.name}_${round.closedOn}.${extension}`.replace(/[/\\]/g, '-');
  }

  async councilBriefing(actor: Actor, code: string, id: string): Promise<Download> {
    const round = await this.closedRound(actor, code, id);
    const frozen = await this.rounds.frozen(round.id);
    return {
      filename: this.fileName('Kreistags-Briefing', round, 'pdf'),
      contentType: CONTENT_TYPES.pdf,
      stream: await this.briefings.render(frozen.briefing, new Date(frozen.closedAt)),
    };
  }

  async narrativeReport(actor: Actor, code: string, id: string): Promise<Download> {
    const round = await this.closedRound(actor, code, id);
    const [frozen, measures] = await Promise.all([this.rounds.frozen(round.id), this.snapshots(round)]);
    const stream = await this.narratives.render(
      {
        project: frozen.briefing.project,
        phases: [Phase.A, Phase.B],
        period: { from: round.periodStart, to: round.periodEnd },
        today: round.closedOn ?? round.dueDate,
        grants: frozen.grants,
        measures,
      },
      new Date(frozen.closedAt),
    );
    return { filename: this.fileName('Sachbericht', round, 'pdf'), contentType: CONTENT_TYPES.pdf, stream };
  }

  async workbook(actor: Actor, code: string, id: string): Promise<Download> {
    const round = await this.closedRound(actor, code, id);
    const [frozen, measures, changes] = await Promise.all([
      this.rounds.frozen(round.id),
      this.snapshots(round),
      this.rounds.changes(round),
    ]);
    const book = new ExcelJS.Workbook();
    book.creator = 'Maßwerk';
    book.created = new Date(frozen.closedAt);
    book.modified = new Date(frozen.closedAt);
    const sheet = (name: string, columns: ListColumn[]) => listSheet(book, name, columns, { filter: true });

    const overview = book.addWorksheet('Berichtsrunde');
    overview.columns = [{ width: 28 }, { width: 60 }];
    overview.addRows([
      ['Modellprojekt', `${frozen.briefing.project.name} (${round.projectCode})`],
      ['Berichtsrunde', round.name],
      ['Berichtszeitraum', `${d(round.periodStart)} – ${d(round.periodEnd)}`],
      ['Stichtag', d(round.dueDate)],
      ['Eröffnet am', d(round.openedOn)],
      ['Abgeschlossen am (Stand)', d(round.closedOn)],
      ['Maßnahmen', round.measureCount],
      ['Berichtet', round.reportedCount],
    ]);
    overview.getColumn(1).font = { bold: true };

    const list = sheet('Maßnahmen', [
      { header: 'Kennung', width: 12 },
      { header: 'Maßnahme', width: 40 },
      { header: 'Status', width: 16 },
      { header: 'Fortschritt (%)', width: 14 },
      { header: 'Zustand', width: 14 },
      { header: 'Begründung des Zustands', width: 50 },
      { header: 'Verantwortlich', width: 28 },
      { header: 'Bericht der Runde vom', width: 18 },
      { header: 'Ampel', width: 10 },
      { header: 'Erreicht', width: 50 },
      { header: 'Risiken', width: 40 },
      { header: 'Geplant (EUR)', width: 16 },
      { header: 'Ausgegeben (EUR)', width: 16 },
    ]);
    for (const m of measures)
      list.addRow([
        m.code,
        m.title,
        MEASURE_STATUS_LABEL_DE[m.status],
        m.progress,
        HEALTH_LABEL_DE[m.health as Health],
        m.manualHealthReason ?? m.healthReason,
        (m.responsible ?? []).join(', '),
        d(m.roundReport?.reportDate ?? null),
        m.roundReport ? TRAFFIC_LIGHT_LABEL_DE[m.roundReport.trafficLight] : 'kein Bericht',
        m.roundReport?.achieved ?? '',
        m.roundReport?.risks ?? '',
        euros(m.plannedCents),
        euros(m.spentCents),
      ]);
    for (const column of [12, 13]) list.getColumn(column).numFmt = '#,##0.00';
    const last = measures.length + 1;
    const totals = list.addRow(['Summe', '', '', '', '', '', '', '', '', '', '']);
    const sum = (pick: (m: RoundMeasureSnapshot) => string) =>
      euros(measures.reduce((total, m) => total + BigInt(pick(m)), 0n));
    // SUBTOTAL sums what a filter leaves visible; the result is the sum of all, for readers that do not calculate
    totals.getCell(12).value = { formula: `SUBTOTAL(109,L2:L${last})`, result: sum((m) => m.plannedCents) };
    totals.getCell(13).value = { formula: `SUBTOTAL(109,M2:M${last})`, result: sum((m) => m.spentCents) };
    totals.font = { bold: true };

    const milestones = sheet('Meilensteine', [
      { header: 'Kennung', width: 12 },
      { header: 'Meilenstein', width: 50 },
      { header: 'Geplant (Basis)', width: 16 },
      { header: 'Prognose', width: 16 },
      { header: 'Erreicht am', width: 16 },
    ]);
    for (const m of measures)
      for (const ms of m.milestones)
        milestones.addRow([m.code, ms.title, d(ms.baselineDate), d(ms.forecastDate), d(ms.completedOn)]);

    const indicators = sheet('Indikatoren', [
      { header: 'Kennung', width: 12 },
      { header: 'Indikator', width: 40 },
      { header: 'Einheit', width: 12 },
      { header: 'Ausgangswert', width: 14 },
      { header: 'Zielwert', width: 14 },
      { header: 'Zieldatum', width: 14 },
      { header: 'Letzter Wert', width: 14 },
      { header: 'gemessen am', width: 14 },
    ]);
    const num = (v: string | null) => (v === null ? '' : Number(v));
    for (const m of measures)
      for (const i of m.indicators)
        indicators.addRow([
          m.code,
          i.name,
          i.unit,
          num(i.baselineValue),
          num(i.targetValue),
          d(i.targetDate),
          num(i.latestValue),
          d(i.latestOn),
        ]);

    if (changes) {
      const moves = sheet(`Änderungen`, [
        { header: 'Kennung', width: 12 },
        { header: 'Maßnahme', width: 40 },
        { header: 'Was', width: 22 },
        { header: 'Vorher', width: 24 },
        { header: 'Jetzt', width: 24 },
      ]);
      moves.addRow([`seit der Berichtsrunde „${changes.previousRoundName}“`]);
      for (const c of changes.statusMoves)
        moves.addRow([c.code, c.title, 'Status', MEASURE_STATUS_LABEL_DE[c.from], MEASURE_STATUS_LABEL_DE[c.to]]);
      for (const c of changes.healthMoves)
        moves.addRow([c.code, c.title, 'Zustand', HEALTH_LABEL_DE[c.from], HEALTH_LABEL_DE[c.to]]);
      for (const c of changes.slippedMilestones)
        moves.addRow([c.code, c.measureTitle, `Meilenstein verschoben: ${c.title}`, d(c.before), d(c.after)]);
      for (const c of changes.moneyMoves)
        moves.addRow([c.code, c.title, 'Ausgegeben (EUR)', euros(c.spentBefore), euros(c.spentAfter)]);
    }

    const out = new PassThrough();
    book.xlsx.write(out).then(
      () => out.end(),
      (error: Error) => out.destroy(error),
    );
    return {
      filename: this.fileName('Berichtsrunde', round, 'xlsx'),
      contentType: CONTENT_TYPES.xlsx,
      stream: out as Readable,
    };
  }
}
