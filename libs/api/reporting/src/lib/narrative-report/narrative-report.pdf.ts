import {
  budgetDeviation,
  daysBetween,
  formatEuroDe,
  formatGermanDate,
  HEALTH_LABEL_DE,
  MEASURE_STATUS_LABEL_DE,
  MeasureStatus,
  milestoneSlippageDays,
  Phase,
  shareOfTarget,
  TRAFFIC_LIGHT_LABEL_DE,
} from '@masswerk/shared/domain';
import { PHASE_LABEL_DE, periodLabel } from '../shared/period';
import { ACCENT, MUTED } from '../pdf/palette';
import { Layout, ReportPdf, ReportPdfOptions, Segment } from '../pdf/report-pdf';
import type {
  NarrativeIndicator,
  NarrativeMeasure,
  NarrativeMilestone,
  NarrativeReport,
} from './narrative-report.service';

const d = formatGermanDate;

function phasesLabel(phases: Phase[]): string {
  return phases.length === 1 ? PHASE_LABEL_DE[phases[0]] : 'Phasen A (Strategiephase) und B (Umsetzungsphase)';
}

export function narrativeReportOptions(report: NarrativeReport): ReportPdfOptions {
  const { project } = report;
  const phases = report.phases.length === 1 ? `Phase ${report.phases[0]}` : 'Phasen A und B';
  return {
    title: `Sachbericht – ${project.name} (${project.code})`,
    subject: `Sachbericht zum Verwendungsnachweis, ${phases}, Zeitraum: ${periodLabel(report.period)}`,
    author: project.leadUnitName || project.name,
    keywords: `Sachbericht, Verwendungsnachweis, ${project.programme.name}, ${project.code}`,
    cover: true,
    frame: {
      headerLeft: `Sachbericht · ${project.name} (${project.code}) · ${phases}`,
      headerRight: `Stand: ${d(report.today)}`,
      footerLeft: 'Entwurf aus Maßwerk',
    },
  };
}

function schedule(m: NarrativeMeasure): string {
  const planned =
    m.plannedStart || m.plannedEnd ? `geplant ${d(m.plannedStart) || '…'} – ${d(m.plannedEnd) || '…'}` : 'ohne Plan';
  const actual = m.actualStart
    ? m.actualEnd
      ? `; tatsächlich ${d(m.actualStart)} – ${d(m.actualEnd)}`
      : `; begonnen am ${d(m.actualStart)}`
    : '';
  return planned + actual;
}

function reachedLine(ms: NarrativeMilestone): string {
  const slip = milestoneSlippageDays(ms);
  const plan = `geplant ${d(ms.baselineDate)}`;
  const delta = slip > 0 ? `, ${slip} Tage später` : slip < 0 ? `, ${-slip} Tage früher` : ', termingerecht';
  return `${d(ms.completedOn)} – ${ms.title} (${plan}${delta})`;
}

function lateLine(ms: NarrativeMilestone, today: string): string {
  const due = ms.forecastDate ?? ms.baselineDate;
  const forecast = ms.forecastDate ? `, Prognose ${d(ms.forecastDate)}` : '';
  return `${ms.title} – geplant ${d(ms.baselineDate)}${forecast}; seit ${daysBetween(due, today)} Tagen überfällig`;
}

/** A decimal of the API ("1250.5000") as German text ("1.250,5"), with the indicator's unit. */
export function decimalDe(value: string | null, unit = ''): string {
  if (value === null) return '–';
  const text = Number(value).toLocaleString('de-DE', { maximumFractionDigits: 4 });
  return unit ? `${text} ${unit}` : text;
}

function indicatorRow(i: NarrativeIndicator): string[] {
  const share = shareOfTarget(i.latestValue, i.targetValue);
  return [
    i.name,
    decimalDe(i.baselineValue, i.unit),
    `${decimalDe(i.targetValue, i.unit)}${i.targetDate ? ` bis ${d(i.targetDate)}` : ''}`,
    i.latestValue === null ? 'noch nicht gemessen' : `${decimalDe(i.latestValue, i.unit)} am ${d(i.latestOn)}`,
    share === null ? '–' : `${Math.round(share)} %`,
  ];
}

/**
 * Plan against actual over the measure's whole cost plan, as the proof of use reads it: the deviation in euros and
 * percent, then the editors' reason, or a note that none is recorded where there is a deviation to explain.
 */
export function financeLines(m: Pick<NarrativeMeasure, 'plannedCents' | 'spentCents' | 'budgetDeviationReason'>): {
  figures: string;
  reason: string | null;
} {
  const planned = BigInt(m.plannedCents);
  const spent = BigInt(m.spentCents);
  const { cents: deviation, percent } = budgetDeviation(planned, spent);
  const sign = deviation > 0n ? '+' : '';
  const figures =
    planned === 0n && spent === 0n
      ? 'Weder Kosten geplant noch Ausgaben erfasst.'
      : `Kostenplan ${formatEuroDe(planned)} · ausgegeben ${formatEuroDe(spent)}` +
        (planned > 0n ? ` (${Math.round((Number(spent) / Number(planned)) * 100)} % des Plans)` : '') +
        ` · Abweichung ${sign}${formatEuroDe(deviation)}${percent === null ? '' : ` (${sign}${percent} %)`}`;
  // snapshots frozen before the reason existed have none
  const reason = (m.budgetDeviationReason ?? '').trim();
  return { figures, reason: reason || (deviation !== 0n ? null : '') };
}

function cover(pdf: ReportPdf, report: NarrativeReport): void {
  const { project } = report;
  pdf.moveTo(150);
  pdf.paragraph(`Verwendungsnachweis · ${project.programme.name} · ${project.programme.funder}`, {
    size: 10,
    color: MUTED,
  });
  pdf.heading(1, 'Sachbericht', { color: ACCENT });
  pdf.paragraph(`${project.name} (${project.code})`, { size: 16, weight: 'bold', gapAfter: 18 });
  const facts: [string, string][] = [
    ['Projektträger', project.leadUnitName],
    ['Förderphase', phasesLabel(report.phases)],
    ...report.grants.map((g): [string, string] => [
      `Zusage Phase ${g.phase}`,
      `${g.commitmentNumber || 'ohne Nummer'}${g.commitmentDate ? ` vom ${d(g.commitmentDate)}` : ''}`,
    ]),
    ['Berichtszeitraum', periodLabel(report.period)],
    ['Maßnahmen', String(report.measures.length)],
    ['Stand', d(report.today)],
  ];
  for (const [label, value] of facts) {
    pdf.paragraph([{ text: `${label}: `, weight: 'bold' }, { text: value }], { size: 11, gapAfter: 3 });
  }
  pdf.gap(36);
  pdf.paragraph(
    [
      { text: 'Entwurf aus Maßwerk. ', weight: 'bold' },
      {
        text: 'Erstellt aus den Statusberichten und Meilensteinen der Digitalen Agenda. Bitte vor der Einreichung beim Fördermittelgeber prüfen, ergänzen und vom Projektträger freigeben lassen.',
      },
    ],
    { size: 9.5, color: MUTED },
  );
}

function contents(pdf: ReportPdf, report: NarrativeReport, layout: Layout | null): void {
  pdf.heading(1, 'Inhalt', { bookmark: true });
  const entries: [string, string][] = [
    ['overview', 'Überblick'],
    ...report.measures.map((m): [string, string] => [m.code, `${m.code} · ${m.title}`]),
  ];
  // Page numbers come from the layout pass; the first pass writes placeholders of the same size.
  pdf.table(
    [
      { header: 'Abschnitt', width: '*' },
      { header: 'Seite', width: 48, align: 'right' },
    ],
    entries.map(([anchor, label]) => [label, layout ? String(layout.anchors.get(anchor) ?? '') : '00']),
    { size: 9.5 },
  );
}

function overview(pdf: ReportPdf, report: NarrativeReport): void {
  pdf.heading(1, 'Überblick', { anchor: 'overview', bookmark: true });
  const counts = Object.values(MeasureStatus)
    .map((status) => ({ status, count: report.measures.filter((m) => m.status === status).length }))
    .filter((c) => c.count > 0);
  pdf.paragraph(
    `Der Bericht umfasst ${report.measures.length} Maßnahmen des Modellprojekts ${report.project.name} ` +
      `(${phasesLabel(report.phases)}) für den Zeitraum ${periodLabel(report.period)}. ` +
      `Bearbeitungsstand, Fortschritt und Zustand beziehen sich auf den ${d(report.today)}; Meilensteine und ` +
      `Statusberichte sind die des Berichtszeitraums, verspätete Meilensteine die zum Stand offenen.`,
  );
  pdf.table(
    [
      { header: 'Bearbeitungsstand', width: '*' },
      { header: 'Maßnahmen', width: 80, align: 'right' },
    ],
    [
      ...counts.map((c) => [MEASURE_STATUS_LABEL_DE[c.status], String(c.count)]),
      ['Gesamt', String(report.measures.length)],
    ],
    { rowHeaders: true, size: 9.5 },
  );
}

function measureSection(pdf: ReportPdf, m: NarrativeMeasure, today: string): void {
  // The heading stays with the key facts under it.
  pdf.ensureSpace(140);
  pdf.heading(2, `${m.code} · ${m.title}`, { anchor: m.code, bookmark: true });
  const progress = `${m.progress} % (${m.progressSource}${m.manualProgressReason ? `: ${m.manualProgressReason}` : ''})`;
  // a manual health says its reason and the computed one beside it; a computed health says why
  const health = m.manualHealthReason
    ? `${HEALTH_LABEL_DE[m.health]} (manuell festgelegt: ${m.manualHealthReason}; berechnet: ` +
      `${HEALTH_LABEL_DE[m.computedHealth]}, ${m.healthReason})`
    : `${HEALTH_LABEL_DE[m.health]}, ${m.healthReason}`;
  // Key facts as labelled lines rather than a table: as readable, and a tenth of the structure elements per measure.
  const facts: [string, string][][] = [
    [
      ['Bearbeitungsstand', MEASURE_STATUS_LABEL_DE[m.status]],
      ['Fortschritt', progress],
      ['Zustand', health],
    ],
    [['Handlungsfeld(er)', m.fieldsOfAction.join(', ') || '–']],
    // snapshots frozen before goals were part of the narrative have none
    [['Ziel(e)', (m.goals ?? []).map((g) => `${g.code} ${g.title}`).join('; ') || '–']],
    [
      ['Phase', PHASE_LABEL_DE[m.phase].replace('Phase ', '')],
      ['Laufzeit', schedule(m)],
    ],
    [['Federführung', m.leadUnit ?? '–']],
    // snapshots frozen before documents existed have none
    ...((m.documents ?? []).length ? [[['Anlagen', (m.documents ?? []).join('; ')] as [string, string]]] : []),
  ];
  for (const line of facts) {
    pdf.paragraph(
      line.flatMap(([label, value], i): Segment[] => [
        { text: `${i ? ' · ' : ''}${label}: `, weight: 'bold' },
        { text: value },
      ]),
      { size: 9.5, gapAfter: 1.5 },
    );
  }
  pdf.gap(4);
  if (m.summary.trim()) pdf.paragraph(m.summary, { gapAfter: 6 });

  pdf.heading(3, 'Meilensteine');
  pdf.paragraph('Erreicht im Berichtszeitraum', { weight: 'bold', size: 9.5, gapAfter: 2 });
  if (m.reached.length) pdf.list(m.reached.map(reachedLine), { size: 9.5 });
  else pdf.paragraph('Keine.', { size: 9.5, color: MUTED });
  pdf.paragraph('Verspätet (offen und überfällig)', { weight: 'bold', size: 9.5, gapAfter: 2 });
  if (m.late.length)
    pdf.list(
      m.late.map((ms) => lateLine(ms, today)),
      { size: 9.5 },
    );
  else pdf.paragraph('Keine.', { size: 9.5, color: MUTED });

  pdf.heading(3, 'Indikatoren');
  if (m.indicators.length)
    pdf.table(
      [
        { header: 'Indikator', width: '*' },
        { header: 'Ausgangswert', width: 70, align: 'right' },
        { header: 'Zielwert', width: 90, align: 'right' },
        { header: 'Ist (Stand)', width: 95, align: 'right' },
        { header: 'vom Ziel', width: 45, align: 'right' },
      ],
      m.indicators.map(indicatorRow),
      { rowHeaders: true, size: 8.5 },
    );
  else pdf.paragraph('Für die Maßnahme sind keine Indikatoren erfasst.', { size: 9.5, color: MUTED });

  pdf.heading(3, 'Finanzen');
  const finance = financeLines(m);
  pdf.paragraph(finance.figures, { size: 9.5, gapAfter: 2 });
  if (finance.reason === null)
    pdf.paragraph('Eine Begründung der Abweichung ist nicht erfasst.', { size: 9.5, color: MUTED });
  else if (finance.reason)
    pdf.paragraph([{ text: 'Begründung der Abweichung: ', weight: 'bold' }, { text: finance.reason }], {
      size: 9.5,
    });

  pdf.heading(3, 'Statusberichte');
  if (!m.reports.length) pdf.paragraph('Im Berichtszeitraum liegt kein Statusbericht vor.', { color: MUTED });
  for (const r of m.reports) {
    pdf.ensureSpace(48);
    pdf.paragraph(
      [
        { text: `Bericht vom ${d(r.reportDate)}`, weight: 'bold' },
        { text: ` · Ampel: ${TRAFFIC_LIGHT_LABEL_DE[r.trafficLight]} · Fortschritt ${r.progress} %` },
      ],
      { size: 9.5, gapAfter: 2 },
    );
    const parts: [string, string][] = [
      ['Erreicht', r.achieved],
      ['Nächste Schritte', r.nextSteps],
      ['Risiken', r.risks],
    ];
    for (const [label, text] of parts) {
      if (!text.trim()) continue;
      const segments: Segment[] = [{ text: `${label}: `, weight: 'bold' }, { text }];
      pdf.paragraph(segments, { size: 9.5, indent: 10, gapAfter: 2 });
    }
    pdf.gap(4);
  }
  pdf.gap(6);
}

/** Cover, contents, overview, then one section per measure; waits for the reader between measures. */
export async function renderNarrativeReport(
  pdf: ReportPdf,
  report: NarrativeReport,
  layout: Layout | null,
): Promise<void> {
  cover(pdf, report);
  pdf.newPage();
  contents(pdf, report, layout);
  pdf.newPage();
  overview(pdf, report);
  pdf.heading(1, 'Maßnahmen', { bookmark: true });
  if (!report.measures.length) pdf.paragraph('Für die gewählte Phase sind keine Maßnahmen erfasst.', { color: MUTED });
  for (const measure of report.measures) {
    measureSection(pdf, measure, report.today);
    await pdf.checkpoint();
  }
}
