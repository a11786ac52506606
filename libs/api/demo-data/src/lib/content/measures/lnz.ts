import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of Smarte Region Linz (invented, demo data). */
export const LNZ_MEASURES: DemoMeasure[] = [
  {
    title: 'Digitaler Altstadtrundgang',
    summary:
      'Eine Web-App führt Gäste mit Audio, Bildern und historischen Ansichten durch die Fachwerk-Altstadt. ' +
      'Stationen an Häusern und Plätzen sind über Schilder mit QR-Code erreichbar, Inhalte gibt es auf Deutsch, ' +
      'Englisch und Niederländisch.',
    fields: ['HF1'],
    lead: 'Stadt Linz am Rhein',
    participants: [],
    responsibleUnit: 'Tourist-Information',
    partners: ['Heimatverein (Demo)', 'Kommunikationsagentur (Demo)'],
    tags: ['tourismus', 'altstadt', 'app'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Aufrufe des Rundgangs pro Jahr', unit: 'Aufrufe', baseline: 0, target: 20000 },
    milestones: [
      'Stationen ausgewählt',
      'Inhalte erstellt',
      'Web-App veröffentlicht',
      'Übersetzungen ergänzt',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Passantenfrequenzmessung in der Altstadt',
    summary:
      'Anonyme Zählsensoren messen die Besucherfrequenz in den Haupteinkaufsstraßen. Handel und Stadtmarketing ' +
      'nutzen die Daten für Öffnungszeiten und Veranstaltungsplanung.',
    fields: ['HF1'],
    lead: 'Stadt Linz am Rhein',
    participants: [],
    responsibleUnit: 'Stadtmarketing',
    partners: ['Gewerbeverein (Demo)'],
    tags: ['frequenzmessung', 'einzelhandel', 'sensorik'],
    phase: Phase.A,
    milestones: ['Datenschutzkonzept abgestimmt', 'Sensoren installiert', 'Erste Auswertung vorgestellt'],
  },
  {
    title: 'Online-Schaufenster Linzer Handel',
    summary:
      'Einzelhandel, Gastronomie und Handwerk präsentieren Angebote, Öffnungszeiten und Aktionen auf einer ' +
      'gemeinsamen Plattform. Ein digitaler Stadtgutschein bindet Kaufkraft vor Ort.',
    fields: ['HF1'],
    lead: 'Stadt Linz am Rhein',
    participants: ['Verbandsgemeinde Linz am Rhein'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Gewerbeverein (Demo)', 'Industrie- und Handelskammer (Demo)'],
    tags: ['einzelhandel', 'innenstadt', 'plattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Teilnehmende Betriebe', unit: 'Betriebe', baseline: 0, target: 80 },
    milestones: [
      'Händlerworkshop durchgeführt',
      'Plattform online',
      'Stadtgutschein eingeführt',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Digitale Gästeinformation an Info-Stelen',
    summary:
      'Info-Stelen am Rheinufer, am Bahnhof und auf dem Marktplatz zeigen Veranstaltungen, Abfahrtszeiten und ' +
      'Wege zu Sehenswürdigkeiten. Inhalte werden zentral gepflegt.',
    fields: ['HF1', 'HF2'],
    lead: 'Verbandsgemeinde Linz am Rhein',
    participants: [],
    responsibleUnit: 'Tourist-Information',
    partners: ['Tourismusverband (Demo)'],
    tags: ['tourismus', 'gästeinformation', 'infostele'],
    phase: Phase.B,
    milestones: ['Standorte festgelegt', 'Stelen beschafft', 'Stelen in Betrieb', 'Inhalte erweitert'],
  },
  {
    title: 'Parkleitsystem Altstadt',
    summary:
      'Sensoren an Parkplätzen rund um die Altstadt melden freie Plätze an Anzeigetafeln und eine Web-Karte. ' +
      'Das verringert Parksuchverkehr in den engen Gassen.',
    fields: ['HF2'],
    lead: 'Stadt Linz am Rhein',
    participants: [],
    responsibleUnit: 'Ordnungsamt',
    partners: [],
    tags: ['parken', 'sensorik', 'verkehr'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Erfasste Stellplätze', unit: 'Stellplätze', baseline: 0, target: 450 },
    milestones: [
      'Parkflächen ausgewählt',
      'Sensoren installiert',
      'Anzeigetafeln in Betrieb',
      'Web-Karte veröffentlicht',
    ],
  },
  {
    title: 'Echtzeitinformation zur Rheinfähre',
    summary:
      'Abfahrten, Wartezeiten und Betriebsunterbrechungen der Rheinfähre werden in Echtzeit online und an den ' +
      'Anlegern angezeigt. Anschlüsse an Bus und Bahn werden mit angezeigt.',
    fields: ['HF2'],
    lead: 'Stadt Linz am Rhein',
    participants: [],
    responsibleUnit: 'Fachbereich Mobilität',
    partners: ['Fährbetrieb (Demo)', 'Verkehrsverbund (Demo)'],
    tags: ['fähre', 'echtzeit', 'öpnv'],
    phase: Phase.B,
    milestones: ['Datenschnittstelle vereinbart', 'Anzeigen an Anlegern installiert', 'Online-Auskunft freigeschaltet'],
  },
  {
    title: 'Radabstellanlagen und Zählstellen am Rheinradweg',
    summary:
      'Am Rheinradweg entstehen gesicherte Fahrradboxen mit Online-Buchung und eine automatische Zählstelle. ' +
      'Die Zähldaten werden als Open Data veröffentlicht.',
    fields: ['HF2', 'HF1'],
    lead: 'Verbandsgemeinde Linz am Rhein',
    participants: [],
    responsibleUnit: 'Fachbereich Bauen',
    partners: ['Radverkehrsverband (Demo)'],
    tags: ['radverkehr', 'tourismus', 'open data'],
    phase: Phase.B,
    indicator: { name: 'Gezählte Radfahrten pro Jahr', unit: 'Fahrten', baseline: 0, target: 150000 },
    milestones: [
      'Standorte abgestimmt',
      'Fahrradboxen aufgestellt',
      'Zählstelle in Betrieb',
      'Jahresauswertung veröffentlicht',
    ],
  },
  {
    title: 'Gemeinsamer Online-Bürgerservice von Stadt und VG',
    summary:
      'Stadt und Verbandsgemeinde bieten ihre Verwaltungsleistungen über ein gemeinsames Serviceportal an, ' +
      'mit Online-Antrag, Bezahlung und Statusverfolgung. Ein Servicepunkt hilft bei der Nutzung.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Linz am Rhein',
    participants: [],
    responsibleUnit: 'Fachbereich Bürgerdienste',
    partners: ['Kommunaler IT-Dienstleister (Demo)'],
    tags: ['onlinezugang', 'bürgerservice', 'verwaltung'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Online abgeschlossene Anträge pro Jahr', unit: 'Anträge', baseline: 300, target: 5000 },
    milestones: [
      'Leistungen priorisiert',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Portal online',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Barrierefreie Projekt- und Stadtwebsite',
    summary:
      'Die Website von Stadt und Modellprojekt wird barrierefrei neu aufgebaut, mit Inhalten in Leichter Sprache ' +
      'und Vorlesefunktion. Sie informiert zugleich über die Smart-City-Strategie.',
    fields: ['HF3'],
    lead: 'Stadt Linz am Rhein',
    participants: ['Verbandsgemeinde Linz am Rhein'],
    responsibleUnit: 'Projektbüro Smarte Region Linz',
    partners: ['Kommunikationsagentur (Demo)'],
    tags: ['barrierefreiheit', 'website', 'öffentlichkeitsarbeit'],
    phase: Phase.A,
    milestones: ['Barrierefreiheitsprüfung durchgeführt', 'Website neu gestaltet', 'Website online'],
  },
  {
    title: 'Digitale Ratsarbeit und offene Sitzungsinformationen',
    summary:
      'Stadtrat und Verbandsgemeinderat arbeiten mit digitalen Sitzungsunterlagen. Tagesordnungen, Vorlagen und ' +
      'Beschlüsse sind öffentlich online einsehbar.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Linz am Rhein',
    participants: [],
    responsibleUnit: 'Büro des Bürgermeisters',
    partners: [],
    tags: ['ratsarbeit', 'transparenz', 'papierlos'],
    phase: Phase.B,
    milestones: ['System eingeführt', 'Ratsmitglieder geschult', 'Öffentliches Ratsinformationsportal online'],
  },
  {
    title: 'Hochwasser-Frühwarnsystem Rhein und Nebenbäche',
    summary:
      'Pegelsensoren am Rhein und an Nebenbächen melden steigende Wasserstände frühzeitig an Feuerwehr, ' +
      'Verwaltung und Anwohnende. Warnungen gehen per App, SMS und über die Website hinaus.',
    fields: ['HF4'],
    lead: 'Stadt Linz am Rhein',
    participants: ['Verbandsgemeinde Linz am Rhein'],
    responsibleUnit: 'Fachbereich Brand- und Katastrophenschutz',
    partners: ['Wasserwirtschaftsverwaltung (Demo)', 'Hochschule (Demo)'],
    tags: ['hochwasser', 'frühwarnung', 'sensorik'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Abonnierte Warnempfängerinnen und -empfänger', unit: 'Personen', baseline: 0, target: 1500 },
    milestones: [
      'Messkonzept erstellt',
      'Sensoren installiert',
      'Warnkette mit Feuerwehr erprobt',
      'Warndienst für Bürgerinnen und Bürger gestartet',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Hitzeschutz in der Altstadt',
    summary:
      'Temperatursensoren in Gassen und auf Plätzen zeigen, wo sich die Altstadt im Sommer besonders aufheizt. ' +
      'Darauf aufbauend entstehen Schattenplätze und Trinkbrunnen.',
    fields: ['HF4', 'HF1'],
    lead: 'Stadt Linz am Rhein',
    participants: [],
    responsibleUnit: 'Klimaschutzmanagement',
    partners: ['Hochschule (Demo)'],
    tags: ['hitze', 'klimaanpassung', 'sensorik'],
    phase: Phase.B,
    milestones: [
      'Sensoren installiert',
      'Messsommer ausgewertet',
      'Maßnahmenplan beschlossen',
      'Schattenplätze umgesetzt',
    ],
  },
  {
    title: 'Energiemonitoring für Schulen und Rathaus',
    summary:
      'Smarte Zähler erfassen den Energieverbrauch kommunaler Gebäude von Stadt und Verbandsgemeinde. ' +
      'Auffällige Verbräuche werden gemeldet und Einsparungen jährlich berichtet.',
    fields: ['HF4'],
    lead: 'Verbandsgemeinde Linz am Rhein',
    participants: [],
    responsibleUnit: 'Gebäudemanagement',
    partners: ['Energieagentur (Demo)'],
    tags: ['energie', 'klimaschutz', 'sensorik'],
    phase: Phase.B,
    indicator: { name: 'Energieverbrauch der erfassten Gebäude', unit: 'MWh pro Jahr', baseline: 2100, target: 1750 },
    milestones: ['Gebäude ausgewählt', 'Zähler installiert', 'Auswertung eingeführt', 'Jahresbericht veröffentlicht'],
  },
];
