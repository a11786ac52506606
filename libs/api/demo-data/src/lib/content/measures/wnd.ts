import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of Smart Wendeler Land (invented, demo data). */
export const WND_MEASURES: DemoMeasure[] = [
  {
    title: 'Leerstandsplattform Wendeler Land',
    summary:
      'Eine gemeinsame Online-Plattform erfasst leer stehende Wohnhäuser, Ladenlokale und Baulücken in allen ' +
      'Gemeinden und vermittelt sie an Interessierte. Eigentümerinnen und Eigentümer melden Objekte selbst und ' +
      'erhalten Beratung.',
    fields: ['HF1'],
    lead: 'Landkreis St. Wendel',
    participants: ['Kreisstadt St. Wendel', 'Gemeinde Nohfelden', 'Gemeinde Tholey', 'Gemeinde Freisen'],
    responsibleUnit: 'Projektbüro Smart Wendeler Land',
    partners: ['Hochschule (Demo)', 'Regionale Sparkasse (Demo)'],
    tags: ['leerstand', 'ortskerne', 'plattform'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Vermittelte Leerstandsobjekte', unit: 'Objekte', baseline: 0, target: 120 },
    milestones: [
      'Leerstandserfassung abgeschlossen',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Plattform online',
      'Alle Gemeinden angebunden',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Digitales Innenentwicklungskataster',
    summary:
      'Baulücken, Brachflächen und absehbare Leerstände werden in einem gemeinsamen Kataster erfasst und ' +
      'regelmäßig fortgeschrieben. Die Gemeinden nutzen es für die Ortsentwicklung.',
    fields: ['HF1', 'HF5'],
    lead: 'Gemeinde Tholey',
    participants: ['Gemeinde Marpingen', 'Gemeinde Oberthal'],
    responsibleUnit: 'Bauamt',
    partners: ['Planungsbüro (Demo)'],
    tags: ['innenentwicklung', 'geodaten', 'ortskerne'],
    phase: Phase.B,
    indicator: { name: 'Erfasste Potenzialflächen', unit: 'Flächen', baseline: 0, target: 800 },
    milestones: ['Datenmodell festgelegt', 'Erstaufnahme abgeschlossen', 'Kataster online', 'Erste Fortschreibung'],
  },
  {
    title: 'Online-Beratung für Umbau und Sanierung',
    summary:
      'Eigentümerinnen und Eigentümer alter Ortskernhäuser erhalten eine digitale Erstberatung zu Umbau, ' +
      'Förderprogrammen und Energieeffizienz. Vor-Ort-Termine lassen sich direkt buchen.',
    fields: ['HF1'],
    lead: 'Gemeinde Namborn',
    participants: ['Gemeinde Freisen'],
    responsibleUnit: 'Bauamt',
    partners: ['Architektenkammer (Demo)', 'Energieagentur (Demo)'],
    tags: ['sanierung', 'beratung', 'ortskerne'],
    phase: Phase.B,
    milestones: ['Beratungsangebot konzipiert', 'Online-Terminbuchung eingerichtet', 'Beratungen gestartet'],
  },
  {
    title: 'Smarte Dorfläden im Wendeler Land',
    summary:
      'In Dörfern ohne Nahversorgung entstehen Dorfläden mit digitalem Zugang, Selbstbedienungskasse und ' +
      'erweiterten Öffnungszeiten. Sie sind zugleich Treffpunkt im Ortskern.',
    fields: ['HF1', 'HF4'],
    lead: 'Gemeinde Oberthal',
    participants: ['Gemeinde Namborn'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Dorfladen-Genossenschaft (Demo)'],
    tags: ['nahversorgung', 'dorfladen', 'ortskerne'],
    phase: Phase.B,
    indicator: { name: 'Eröffnete Dorfläden', unit: 'Läden', baseline: 0, target: 3 },
    milestones: [
      'Standorte ausgewählt',
      'Betreibermodell festgelegt',
      'Erster Laden eröffnet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Rufbus Wendeler Land',
    summary:
      'Ein digital buchbarer Bedarfsverkehr verbindet die Ortsteile aller Gemeinden mit der Kreisstadt und den ' +
      'Bahnhaltepunkten. Fahrten werden per App oder Telefon gebucht.',
    fields: ['HF2'],
    lead: 'Landkreis St. Wendel',
    participants: ['Gemeinde Marpingen', 'Gemeinde Namborn', 'Gemeinde Oberthal', 'Gemeinde Nonnweiler'],
    responsibleUnit: 'Fachbereich Mobilität',
    partners: ['Verkehrsverbund (Demo)', 'Regionales Busunternehmen (Demo)'],
    tags: ['mobilität', 'on demand', 'öpnv'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Beförderte Fahrgäste pro Monat', unit: 'Fahrgäste', baseline: 0, target: 3500 },
    milestones: [
      'Bediengebiet festgelegt',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Pilotbetrieb gestartet',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Ladeinfrastruktur-Planung mit Daten',
    summary:
      'Eine datengestützte Standortanalyse zeigt, wo öffentliche Ladepunkte für Elektroautos und E-Bikes fehlen. ' +
      'Die Gemeinden bauen auf dieser Grundlage Ladepunkte aus.',
    fields: ['HF2', 'HF5'],
    lead: 'Gemeinde Nohfelden',
    participants: ['Gemeinde Nonnweiler', 'Gemeinde Tholey'],
    responsibleUnit: 'Klimaschutzmanagement',
    partners: ['Regionaler Energieversorger (Demo)'],
    tags: ['elektromobilität', 'ladeinfrastruktur', 'standortanalyse'],
    phase: Phase.B,
    indicator: { name: 'Öffentliche Ladepunkte', unit: 'Ladepunkte', baseline: 24, target: 90 },
    milestones: ['Standortanalyse abgeschlossen', 'Förderanträge gestellt', 'Ladepunkte errichtet'],
  },
  {
    title: 'Parkinformation am Bostalsee',
    summary:
      'Sensoren erfassen die Belegung der Parkplätze am See. Gäste sehen vor der Anreise online, wo Plätze frei ' +
      'sind, und werden an vollen Tagen zu Shuttle und Radwegen geleitet.',
    fields: ['HF2'],
    lead: 'Gemeinde Nohfelden',
    participants: [],
    responsibleUnit: 'Tourist-Information',
    partners: ['Tourismusverband (Demo)'],
    tags: ['parken', 'tourismus', 'sensorik'],
    phase: Phase.B,
    software: true,
    milestones: [
      'Parkplätze ausgewählt',
      'Sensoren installiert',
      'Online-Anzeige veröffentlicht',
      'Saisonbilanz erstellt',
    ],
  },
  {
    title: 'Mobilitätsstation am Bahnhof St. Wendel',
    summary:
      'Am Bahnhof der Kreisstadt entsteht eine Mobilitätsstation mit Leihrädern, E-Carsharing, gesicherten ' +
      'Radboxen und Echtzeitanzeige für Bus und Bahn.',
    fields: ['HF2'],
    lead: 'Kreisstadt St. Wendel',
    participants: [],
    responsibleUnit: 'Amt für Stadtentwicklung',
    partners: ['Verkehrsverbund (Demo)', 'Carsharing-Verein (Demo)'],
    tags: ['mobilstation', 'carsharing', 'radverkehr'],
    phase: Phase.B,
    milestones: ['Planung abgeschlossen', 'Bauarbeiten begonnen', 'Station eröffnet'],
  },
  {
    title: 'Digitales Pflegenetzwerk',
    summary:
      'Eine Plattform vernetzt Pflegedienste, Beratungsstellen und Angehörige und zeigt freie Kapazitäten in ' +
      'ambulanter Pflege und Tagespflege. Beratungstermine lassen sich online buchen.',
    fields: ['HF3'],
    lead: 'Landkreis St. Wendel',
    participants: [],
    responsibleUnit: 'Amt für Soziales und Senioren',
    partners: ['Pflegestützpunkt (Demo)', 'Wohlfahrtsverband (Demo)'],
    tags: ['pflege', 'plattform', 'angehörige'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Angebundene Pflegeanbieter', unit: 'Anbieter', baseline: 0, target: 40 },
    milestones: ['Anbieter eingebunden', 'Plattform entwickelt', 'Plattform online', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Telemedizinische Sprechstunde in Gemeinden',
    summary:
      'In Gemeinden mit ausgedünnter Hausarztversorgung bieten Praxen Videosprechstunden in begleiteten ' +
      'Telemedizin-Räumen an. Medizinische Fachangestellte unterstützen vor Ort.',
    fields: ['HF3'],
    lead: 'Landkreis St. Wendel',
    participants: ['Gemeinde Nonnweiler', 'Gemeinde Freisen'],
    responsibleUnit: 'Gesundheitsamt',
    partners: ['Kassenärztliche Vereinigung (Demo)'],
    tags: ['telemedizin', 'gesundheit', 'ländlicher raum'],
    phase: Phase.B,
    indicator: { name: 'Telemedizinische Konsultationen pro Jahr', unit: 'Konsultationen', baseline: 0, target: 600 },
    milestones: ['Praxen gewonnen', 'Räume ausgestattet', 'Pilotbetrieb gestartet', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Hausnotruf und Sturzerkennung im Quartier',
    summary:
      'Ältere Menschen in ausgewählten Ortsteilen erhalten Sensoren zur Sturzerkennung, die im Notfall Angehörige ' +
      'oder Nachbarschaftshelfer benachrichtigen. Der Pilot wird wissenschaftlich begleitet.',
    fields: ['HF3', 'HF4'],
    lead: 'Gemeinde Marpingen',
    participants: ['Gemeinde Tholey'],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Hochschule (Demo)', 'Hilfsorganisation (Demo)'],
    tags: ['pflege', 'sensorik', 'senioren'],
    phase: Phase.B,
    milestones: [
      'Teilnehmende gewonnen',
      'Sensoren installiert',
      'Pilotbetrieb gestartet',
      'Begleitforschung abgeschlossen',
    ],
  },
  {
    title: 'Ehrenamtsbörse Wendeler Land',
    summary:
      'Vereine und Initiativen veröffentlichen Aufgaben und Gesuche auf einer gemeinsamen Börse. ' +
      'Engagierte finden Einsätze nach Interesse, Zeit und Wohnort.',
    fields: ['HF4'],
    lead: 'Landkreis St. Wendel',
    participants: ['Kreisstadt St. Wendel', 'Gemeinde Marpingen', 'Gemeinde Nohfelden'],
    responsibleUnit: 'Ehrenamtsbüro',
    partners: ['Kreissportbund (Demo)'],
    tags: ['ehrenamt', 'vereine', 'plattform'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Registrierte Engagierte', unit: 'Personen', baseline: 0, target: 1200 },
    milestones: [
      'Anforderungen mit Vereinen erhoben',
      'Börse entwickelt',
      'Börse online',
      'Vereinsschulungen durchgeführt',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Digitale Vereinsverwaltung',
    summary:
      'Vereine erhalten Schulungen und einen gemeinsamen Zugang zu Werkzeugen für Mitgliederverwaltung, ' +
      'Terminplanung und Raumbuchung. Das entlastet Vorstände im Ehrenamt.',
    fields: ['HF4'],
    lead: 'Landkreis St. Wendel',
    participants: ['Gemeinde Freisen', 'Gemeinde Namborn', 'Gemeinde Oberthal'],
    responsibleUnit: 'Ehrenamtsbüro',
    partners: ['Vereinsberatung (Demo)'],
    tags: ['ehrenamt', 'vereine', 'weiterbildung'],
    phase: Phase.B,
    indicator: { name: 'Geschulte Vereinsvorstände', unit: 'Personen', baseline: 0, target: 200 },
    milestones: ['Werkzeuge ausgewählt', 'Schulungsreihe gestartet', 'Vereine angebunden'],
  },
  {
    title: 'Nachbarschaftshilfe digital organisieren',
    summary:
      'Eine einfache Web-App koordiniert Einkaufs-, Fahr- und Besuchsdienste der Nachbarschaftshilfen. ' +
      'Anfragen sind auch per Telefon über eine Koordinierungsstelle möglich.',
    fields: ['HF4', 'HF3'],
    lead: 'Kreisstadt St. Wendel',
    participants: ['Gemeinde Namborn'],
    responsibleUnit: 'Amt für Soziales',
    partners: ['Wohlfahrtsverband (Demo)'],
    tags: ['nachbarschaft', 'ehrenamt', 'senioren'],
    phase: Phase.B,
    software: true,
    milestones: [
      'Koordinierungsstelle eingerichtet',
      'Web-App veröffentlicht',
      'Helferkreise angebunden',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Digitalpatinnen und Digitalpaten im Dorf',
    summary:
      'Engagierte aus den Ortsteilen werden zu Digitalpaten ausgebildet und helfen Nachbarinnen und Nachbarn bei ' +
      'Fragen rund um Smartphone und Online-Dienste. Der Pilot startet in zwei Gemeinden.',
    fields: ['HF4'],
    lead: 'Gemeinde Tholey',
    participants: ['Gemeinde Oberthal'],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Volkshochschule (Demo)'],
    tags: ['digitale teilhabe', 'ehrenamt', 'senioren'],
    phase: Phase.A,
    milestones: ['Schulungskonzept erstellt', 'Digitalpaten ausgebildet', 'Sprechstunden gestartet'],
  },
  {
    title: 'Regionale Datenplattform Wendeler Land',
    summary:
      'Kreis und Gemeinden führen Geo-, Sensor- und Verwaltungsdaten auf einer gemeinsamen Datenplattform zusammen. ' +
      'Ausgewählte Datensätze werden als Open Data veröffentlicht.',
    fields: ['HF5'],
    lead: 'Landkreis St. Wendel',
    participants: ['Kreisstadt St. Wendel', 'Gemeinde Nohfelden'],
    responsibleUnit: 'Stabsstelle Digitalisierung',
    partners: ['Kommunaler IT-Dienstleister (Demo)'],
    tags: ['datenplattform', 'open data', 'geodaten'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Veröffentlichte Datensätze', unit: 'Datensätze', baseline: 0, target: 150 },
    milestones: [
      'Datenstrategie beschlossen',
      'Plattform eingerichtet',
      'Erste Datensätze veröffentlicht',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Interkommunale Online-Bürgerdienste',
    summary:
      'Häufig genutzte Verwaltungsleistungen der Gemeinden werden nach gemeinsamem Muster online angeboten. ' +
      'Ein gemeinsames Serviceteam unterstützt kleinere Gemeinden bei der Umsetzung.',
    fields: ['HF5'],
    lead: 'Gemeinde Marpingen',
    participants: ['Gemeinde Freisen', 'Gemeinde Nonnweiler', 'Gemeinde Oberthal'],
    responsibleUnit: 'Hauptamt',
    partners: ['Kommunaler IT-Dienstleister (Demo)'],
    tags: ['onlinezugang', 'bürgerservice', 'interkommunal'],
    phase: Phase.B,
    milestones: [
      'Leistungen priorisiert',
      'Serviceteam eingerichtet',
      'Erste Leistungen online',
      'Alle Gemeinden angebunden',
    ],
  },
  {
    title: 'Bürgerbefragung Digitales Wendeler Land',
    summary:
      'Eine kreisweite Befragung ermittelt digitale Bedürfnisse, Nutzungsgewohnheiten und Prioritäten der ' +
      'Bevölkerung. Die Ergebnisse fließen in die Digitalstrategie ein.',
    fields: ['HF5', 'HF4'],
    lead: 'Landkreis St. Wendel',
    participants: [],
    responsibleUnit: 'Projektbüro Smart Wendeler Land',
    partners: ['Hochschule (Demo)'],
    tags: ['umfrage', 'beteiligung', 'strategie'],
    phase: Phase.A,
    strategyWork: true,
    indicator: { name: 'Teilnehmende an der Befragung', unit: 'Personen', baseline: 0, target: 2000 },
    milestones: ['Fragebogen abgestimmt', 'Befragung durchgeführt', 'Ergebnisbericht veröffentlicht'],
  },
];
