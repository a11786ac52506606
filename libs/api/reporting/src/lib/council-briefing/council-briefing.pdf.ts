import {
  Cents,
  formatEuroDe,
  formatGermanDate,
  Health,
  HEALTH_LABEL_DE,
  MEASURE_STATUS_LABEL_DE,
  MeasureStatus,
  MILESTONE_DUE_SOON_DAYS,
  PortfolioSummary as SharedSummary,
  shareOfAssessed,
  TRAFFIC_LIGHT_LABEL_DE,
} from '@masswerk/shared/domain';
import type { PortfolioSummary } from '@masswerk/api/rollup';
import { groupedBars, legend, Series, shareBar, stackedBars, tiles } from '../pdf/charts';
import { HEALTH_COLORS, INK, MUTED, SERIES_COLORS, STATUS_COLORS } from '../pdf/palette';
import { ReportPdf, ReportPdfOptions } from '../pdf/report-pdf';
import type { AttentionMeasure, CouncilBriefing } from './council-briefing.service';

const STATUSES = Object.values(MeasureStatus);
const HEALTHS = [Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK, Health.NOT_ASSESSED];
const d = formatGermanDate;

type Counts = Pick<SharedSummary, 'byStatus' | 'byHealth'>;

function counts(summary: PortfolioSummary): Counts {
  return {
    byStatus: Object.fromEntries(summary.byStatus.map((s) => [s.status, s.count])) as Counts['byStatus'],
    byHealth: Object.fromEntries(summary.byHealth.map((h) => [h.health, h.count])) as Counts['byHealth'],
  };
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((100 * part) / whole)} %` : '–';
}

/** A key figure's share of the assessed measures, as the dashboard's tiles show it ("75 % der bewerteten"). */
function assessedShare(summary: PortfolioSummary, health: Exclude<Health, Health.NOT_ASSESSED>): string {
  const share = shareOfAssessed(summary.byHealth, health);
  return share === null ? 'keine bewertet' : `${share} % der bewerteten`;
}

/** White text on dark marks, ink on light ones (sky blue, orange, yellow, pink and grey are light). */
function readableOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.42 ? INK : '#FFFFFF';
}

/** "12,3 Mio. €" for chart labels; tables show the exact amount. */
export function compactEuro(cents: Cents): string {
  const euros = Number(cents) / 100;
  const de = (value: number, digits: number) =>
    value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (Math.abs(euros) >= 1_000_000) return `${de(euros / 1_000_000, 1)} Mio. €`;
  if (Math.abs(euros) >= 1_000) return `${de(euros / 1_000, 0)} Tsd. €`;
  return `${de(euros, 0)} €`;
}

export function councilBriefingOptions(b: CouncilBriefing): ReportPdfOptions {
  return {
    title: `Kreistags-Briefing – ${b.project.name} (${b.project.code})`,
    subject: `Stand der Digitalen Agenda am ${d(b.today)}: Maßnahmen, Meilensteine und Mittel`,
    author: b.project.leadUnitName || b.project.name,
    keywords: `Kreistag, Briefing, Digitale Agenda, ${b.project.programme.name}, ${b.project.code}`,
    cover: false,
    frame: {
      headerLeft: `Kreistags-Briefing · ${b.project.name} (${b.project.code})`,
      headerRight: `Stand: ${d(b.today)}`,
      footerLeft: 'Maßwerk · Digitale Agenda',
    },
  };
}

function keyFigures(pdf: ReportPdf, b: CouncilBriefing): void {
  const s = b.summary;
  const { byHealth } = counts(s);
  const n = s.measureCount;
  const items = [
    { value: String(n), caption: 'Maßnahmen' },
    { value: s.averageProgress === null ? '–' : `${s.averageProgress} %`, caption: 'Fortschritt im Durchschnitt' },
    {
      value: String(byHealth.ON_TRACK),
      caption: `im Plan (${assessedShare(s, Health.ON_TRACK)})`,
      accent: HEALTH_COLORS.ON_TRACK,
    },
    {
      value: String(byHealth.AT_RISK),
      caption: `gefährdet (${assessedShare(s, Health.AT_RISK)})`,
      accent: HEALTH_COLORS.AT_RISK,
    },
    {
      value: String(byHealth.OFF_TRACK),
      caption: `kritisch (${assessedShare(s, Health.OFF_TRACK)})`,
      accent: HEALTH_COLORS.OFF_TRACK,
    },
    { value: String(s.milestonesDueSoon), caption: `Meilensteine fällig in ${MILESTONE_DUE_SOON_DAYS} Tagen` },
    { value: String(s.overdueMilestones), caption: 'Meilensteine überfällig' },
    { value: String(s.staleMeasures), caption: 'ohne Bericht seit > 60 Tagen' },
  ];
  const alt =
    `Kennzahlen: ${n} Maßnahmen, durchschnittlicher Fortschritt ${s.averageProgress ?? 'nicht berechenbar'} %; ` +
    `im Plan ${byHealth.ON_TRACK} (${assessedShare(s, Health.ON_TRACK)}), gefährdet ${byHealth.AT_RISK} ` +
    `(${assessedShare(s, Health.AT_RISK)}), kritisch ${byHealth.OFF_TRACK} (${assessedShare(s, Health.OFF_TRACK)}); ` +
    `${s.milestonesDueSoon} Meilensteine in den nächsten ${MILESTONE_DUE_SOON_DAYS} Tagen fällig, ` +
    `${s.overdueMilestones} überfällig; ${s.staleMeasures} aktive Maßnahmen ohne Statusbericht seit mehr als 60 Tagen.`;
  pdf.figure(alt, 2 * 54 + 8, (area) => tiles(pdf, area, items, 4));
  pdf.gap(10);
}

function distribution(pdf: ReportPdf, b: CouncilBriefing): void {
  const n = b.summary.measureCount;
  const { byHealth, byStatus } = counts(b.summary);
  pdf.heading(3, 'Zustand und Bearbeitungsstand');
  const healthSeries: Series[] = HEALTHS.map((h) => ({ label: HEALTH_LABEL_DE[h], color: HEALTH_COLORS[h] }));
  const statusSeries: Series[] = STATUSES.map((st) => ({
    label: MEASURE_STATUS_LABEL_DE[st],
    color: STATUS_COLORS[st],
  }));
  const describe = (entries: [string, number][]) => entries.map(([label, count]) => `${label} ${count}`).join(', ');
  pdf.figure(
    `Balken: Zustand der ${n} Maßnahmen – ${describe(HEALTHS.map((h) => [HEALTH_LABEL_DE[h], byHealth[h]]))}. ` +
      `Bearbeitungsstand – ${describe(STATUSES.map((st) => [MEASURE_STATUS_LABEL_DE[st], byStatus[st]]))}.`,
    104,
    (area) => {
      pdf.label('Zustand', area.x, area.y + 5, { size: 8, weight: 'bold', width: 90 });
      shareBar(
        pdf,
        { x: area.x + 95, y: area.y, width: area.width - 95, height: 18 },
        HEALTHS.map((h) => ({ value: byHealth[h], color: HEALTH_COLORS[h], text: String(byHealth[h]) })),
        { textColor: readableOn },
      );
      legend(pdf, area.x + 95, area.y + 22, area.width - 95, healthSeries);
      pdf.label('Bearbeitungsstand', area.x, area.y + 57, { size: 8, weight: 'bold', width: 90 });
      shareBar(
        pdf,
        { x: area.x + 95, y: area.y + 52, width: area.width - 95, height: 18 },
        STATUSES.map((st) => ({ value: byStatus[st], color: STATUS_COLORS[st], text: String(byStatus[st]) })),
        { textColor: readableOn },
      );
      legend(pdf, area.x + 95, area.y + 74, area.width - 95, statusSeries);
    },
  );
  pdf.table(
    [
      { header: 'Zustand', width: '*' },
      { header: 'Maßnahmen', width: 70, align: 'right' },
      { header: 'Anteil', width: 55, align: 'right' },
      { header: 'Bearbeitungsstand', width: '*' },
      { header: 'Maßnahmen', width: 70, align: 'right' },
      { header: 'Anteil', width: 55, align: 'right' },
    ],
    STATUSES.map((st, i) => {
      const h = HEALTHS[i];
      return [
        h ? HEALTH_LABEL_DE[h] : '',
        h ? String(byHealth[h]) : '',
        h ? percent(byHealth[h], n) : '',
        MEASURE_STATUS_LABEL_DE[st],
        String(byStatus[st]),
        percent(byStatus[st], n),
      ];
    }),
  );
}

function fieldsOfAction(pdf: ReportPdf, b: CouncilBriefing): void {
  // Chart and table on one page where they fit: heading, note, bars, then a table row per field.
  pdf.ensureSpace(Math.min(620, 110 + b.fields.length * 21 + (b.fields.length + 1) * 24));
  pdf.heading(2, 'Stand nach Handlungsfeldern', { bookmark: true });
  if (!b.fields.length) {
    pdf.paragraph('Für dieses Modellprojekt sind keine Handlungsfelder erfasst.', { color: MUTED });
    return;
  }
  pdf.paragraph(
    'Bearbeitungsstand der Maßnahmen je Handlungsfeld. Eine Maßnahme zählt in jedem Handlungsfeld, dem sie dient.',
    { size: 9, color: MUTED },
  );
  const series: Series[] = STATUSES.map((st) => ({ label: MEASURE_STATUS_LABEL_DE[st], color: STATUS_COLORS[st] }));
  const rows = b.fields.map((f) => ({ label: f.name, values: STATUSES.map((st) => counts(f.summary).byStatus[st]) }));
  const barHeight = 14;
  const gap = 7;
  const alt =
    'Gestapelte Balken je Handlungsfeld: ' +
    b.fields
      .map(
        (f) =>
          `${f.name}: ${f.summary.measureCount} Maßnahmen (${STATUSES.map(
            (st) => `${MEASURE_STATUS_LABEL_DE[st]} ${counts(f.summary).byStatus[st]}`,
          ).join(', ')})`,
      )
      .join('; ');
  pdf.figure(alt, rows.length * (barHeight + gap) + 30, (area) => {
    const legendHeight = legend(pdf, area.x + 150, area.y, area.width - 150, series);
    stackedBars(pdf, { ...area, y: area.y + legendHeight + 4 }, rows, series, {
      labelWidth: 150,
      barHeight,
      gap,
      textColor: readableOn,
    });
  });
  pdf.table(
    [
      { header: 'Handlungsfeld', width: '*' },
      { header: 'Maßnahmen', width: 56, align: 'right' },
      ...STATUSES.map((st) => ({ header: MEASURE_STATUS_LABEL_DE[st], width: 50, align: 'right' as const })),
    ],
    b.fields.map((f) => [
      f.name,
      String(f.summary.measureCount),
      ...STATUSES.map((st) => String(counts(f.summary).byStatus[st])),
    ]),
    { rowHeaders: true, size: 8 },
  );
}

/** Why a measure needs the council's attention, in one sentence: critical and why, late and by how much. */
export function attentionWhy(m: AttentionMeasure): string {
  const parts: string[] = [];
  if (m.health === Health.OFF_TRACK)
    parts.push(
      m.manualHealthReason ? `kritisch (manuell bewertet: ${m.manualHealthReason})` : `kritisch, ${m.healthReason}`,
    );
  // what the health's reason already says is not said twice
  const said = m.health === Health.OFF_TRACK && !m.manualHealthReason ? m.healthReason : '';
  if (m.daysPastPlannedEnd !== null && !said.includes('geplante Ende'))
    parts.push(`das geplante Ende ist seit ${m.daysPastPlannedEnd} Tagen überschritten`);
  const [oldest] = m.lateMilestones;
  const n = m.lateMilestones.length;
  if (oldest && said.includes(`„${oldest.title}“`)) {
    if (n > 1) parts.push(`insgesamt sind ${n} Meilensteine überfällig`);
  } else if (oldest) {
    parts.push(
      n === 1
        ? `der Meilenstein „${oldest.title}“ ist seit ${oldest.daysOverdue} Tagen überfällig`
        : `${n} Meilensteine sind überfällig, der älteste („${oldest.title}“) seit ${oldest.daysOverdue} Tagen`,
    );
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function attention(pdf: ReportPdf, b: CouncilBriefing): void {
  // briefings frozen by a round before this section existed do not have it
  if (!b.attention) return;
  pdf.ensureSpace(160);
  pdf.heading(2, 'Kritische und verspätete Maßnahmen', { bookmark: true });
  const count = b.attentionCount ?? b.attention.length;
  if (!count) {
    pdf.paragraph(`Am ${d(b.today)} ist keine Maßnahme kritisch oder verspätet.`);
    return;
  }
  pdf.paragraph(
    (count > b.attention.length
      ? `${count} Maßnahmen sind kritisch oder verspätet; hier die ${b.attention.length} dringlichsten.`
      : `${count === 1 ? 'Eine Maßnahme ist' : `${count} Maßnahmen sind`} kritisch oder verspätet.`) +
      ' Kritisch: der Zustand ist „kritisch“. Verspätet: ein offener Meilenstein ist überfällig oder das geplante Ende überschritten. Die Risiken stammen aus dem jüngsten Statusbericht.',
    { size: 9, color: MUTED },
  );
  for (const m of b.attention) {
    pdf.ensureSpace(60);
    pdf.heading(3, `${m.code} · ${m.title}`);
    pdf.paragraph([{ text: 'Warum: ', weight: 'bold' }, { text: attentionWhy(m) }], { size: 9.5, gapAfter: 2 });
    const r = m.latestReport;
    pdf.paragraph(
      r
        ? [
            {
              text: `Risiken laut Bericht vom ${d(r.reportDate)} (Ampel ${TRAFFIC_LIGHT_LABEL_DE[r.trafficLight]}): `,
              weight: 'bold',
            },
            { text: r.risks.trim() || 'keine genannt.' },
          ]
        : [{ text: 'Risiken: ', weight: 'bold' }, { text: 'Es liegt kein Statusbericht vor.' }],
      { size: 9.5, gapAfter: 6 },
    );
  }
}

function lateMilestones(pdf: ReportPdf, b: CouncilBriefing): void {
  pdf.heading(2, 'Verspätete Meilensteine', { bookmark: true });
  if (!b.lateMilestones.length) {
    pdf.paragraph(`Am ${d(b.today)} ist kein Meilenstein überfällig.`);
    return;
  }
  pdf.paragraph(
    b.lateMilestoneCount > b.lateMilestones.length
      ? `${b.lateMilestoneCount} offene Meilensteine sind überfällig; hier die ${b.lateMilestones.length} ältesten.`
      : `${b.lateMilestoneCount} offene Meilensteine sind überfällig.`,
    { size: 9, color: MUTED },
  );
  pdf.table(
    [
      { header: 'Maßnahme', width: 150 },
      { header: 'Meilenstein', width: '*' },
      { header: 'geplant', width: 58, align: 'right' },
      { header: 'Prognose', width: 58, align: 'right' },
      { header: 'überfällig', width: 58, align: 'right' },
    ],
    b.lateMilestones.map((m) => [
      `${m.code} · ${m.measureTitle}`,
      m.title,
      d(m.baselineDate),
      m.forecastDate ? d(m.forecastDate) : '–',
      `${m.daysOverdue} Tage`,
    ]),
    { size: 8 },
  );
}

function money(pdf: ReportPdf, b: CouncilBriefing): void {
  pdf.ensureSpace(380);
  pdf.heading(2, 'Mittel: geplant, ausgegeben, abgerufen', { bookmark: true });
  pdf.paragraph(
    'Geplant und ausgegeben: förderfähige Gesamtkosten der Maßnahmen (Bundes- und Eigenanteil). Abgerufen: bei der KfW beantragte oder ausgezahlte Bundesmittel (Mittelabrufe). Die Beträge entsprechen der Finanzübersicht in Maßwerk.',
    { size: 9, color: MUTED },
  );
  const series: Series[] = [
    { label: 'geplant (Gesamtkosten)', color: SERIES_COLORS[0] },
    { label: 'ausgegeben (Gesamtkosten)', color: SERIES_COLORS[1] },
    { label: 'abgerufen (Bundesmittel)', color: SERIES_COLORS[2] },
  ];
  const alt =
    'Säulen je Phase: ' +
    b.money
      .map(
        (p) =>
          `Phase ${p.phase} geplant ${compactEuro(p.planned)}, ausgegeben ${compactEuro(p.spent)}, abgerufen ${compactEuro(p.calledOff)}`,
      )
      .join('; ');
  pdf.figure(alt, 170, (area) => {
    const legendHeight = legend(pdf, area.x, area.y, area.width, series);
    groupedBars(
      pdf,
      { ...area, y: area.y + legendHeight, height: area.height - legendHeight },
      b.money.map((p) => ({
        label: `Phase ${p.phase}`,
        values: [Number(p.planned), Number(p.spent), Number(p.calledOff)],
      })),
      series,
      (value) => compactEuro(BigInt(Math.round(value))),
    );
  });
  const total = (pick: (p: CouncilBriefing['money'][number]) => Cents) => b.money.reduce((s, p) => s + pick(p), 0n);
  const ratio = (spent: Cents, planned: Cents) =>
    planned > 0n ? `${Math.round((Number(spent) / Number(planned)) * 100)} %` : '–';
  pdf.table(
    [
      { header: 'Phase', width: 44 },
      { header: 'Zuwendung (Zusage)', width: '*', align: 'right' },
      { header: 'geplant', width: '*', align: 'right' },
      { header: 'ausgegeben', width: '*', align: 'right' },
      { header: 'abgerufen', width: '*', align: 'right' },
      { header: 'ausgegeben von geplant', width: 62, align: 'right' },
    ],
    [
      ...b.money.map((p) => [
        `Phase ${p.phase}`,
        p.grantAmount === null ? '–' : formatEuroDe(p.grantAmount),
        formatEuroDe(p.planned),
        formatEuroDe(p.spent),
        formatEuroDe(p.calledOff),
        ratio(p.spent, p.planned),
      ]),
      [
        'Gesamt',
        formatEuroDe(total((p) => p.grantAmount ?? 0n)),
        formatEuroDe(total((p) => p.planned)),
        formatEuroDe(total((p) => p.spent)),
        formatEuroDe(total((p) => p.calledOff)),
        ratio(
          total((p) => p.spent),
          total((p) => p.planned),
        ),
      ],
    ],
    { rowHeaders: true, size: 8 },
  );
}

/** Key figures, status by field of action, late milestones, money: a handful of pages. */
export async function renderCouncilBriefing(pdf: ReportPdf, b: CouncilBriefing): Promise<void> {
  pdf.paragraph('Kreistags-Briefing · Digitale Agenda', { size: 9.5, color: MUTED, gapAfter: 0 });
  pdf.heading(1, `${b.project.name} (${b.project.code})`, { bookmark: true });
  pdf.paragraph(`Projektträger: ${b.project.leadUnitName} · Stand: ${d(b.today)}`, { color: MUTED, gapAfter: 8 });
  pdf.heading(2, 'Auf einen Blick', { bookmark: true });
  keyFigures(pdf, b);
  distribution(pdf, b);
  await pdf.checkpoint();
  attention(pdf, b);
  await pdf.checkpoint();
  fieldsOfAction(pdf, b);
  await pdf.checkpoint();
  lateMilestones(pdf, b);
  money(pdf, b);
}
