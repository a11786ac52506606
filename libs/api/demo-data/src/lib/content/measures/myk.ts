import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of Smarte Region MYK10 (invented, demo data). */
export const MYK_MEASURES: DemoMeasure[] = [
  {
    title: 'On-Demand-Shuttle MYK',
    summary:
      'Ein per App und Telefon buchbarer Kleinbus-Shuttle verbindet Dörfer der Vordereifel und des Maifelds mit ' +
      'Bahnhöfen und Grundzentren. Fahrten werden digital gebündelt und in den Verbundtarif integriert.',
    fields: ['HF1'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Verbandsgemeinde Vordereifel', 'Verbandsgemeinde Maifeld', 'Stadt Mayen'],
    responsibleUnit: 'Referat Mobilität und ÖPNV',
    partners: ['Verkehrsverbund (Demo)', 'Regionales Busunternehmen (Demo)'],
    tags: ['mobilität', 'on demand', 'öpnv'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Beförderte Fahrgäste pro Monat', unit: 'Fahrgäste', baseline: 0, target: 6000 },
    milestones: [
      'Bediengebiet festgelegt',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Pilotbetrieb gestartet',
      'Evaluation abgeschlossen',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Mobilitätsbefragung in zehn Kommunen',
    summary:
      'Eine repräsentative Online- und Papierbefragung erhebt Wege, Verkehrsmittel und Wünsche der Bevölkerung. ' +
      'Die Ergebnisse bilden die Grundlage für die Mobilitätsmaßnahmen der Digitalen Agenda.',
    fields: ['HF1'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: [],
    responsibleUnit: 'Projektteam Smarte Region MYK10',
    partners: ['Hochschule (Demo)'],
    tags: ['mobilität', 'umfrage', 'bedarfsanalyse'],
    phase: Phase.A,
    indicator: { name: 'Ausgefüllte Fragebögen', unit: 'Fragebögen', baseline: 0, target: 3000 },
    milestones: ['Fragebogen abgestimmt', 'Befragung durchgeführt', 'Ergebnisbericht veröffentlicht'],
  },
  {
    title: 'Mobilitätsstationen an Bahnhöfen',
    summary:
      'An Bahnhöfen entlang des Rheins entstehen Mobilitätsstationen mit gesicherten Radabstellanlagen, Leihrädern ' +
      'und E-Carsharing. Eine Echtzeitanzeige zeigt Anschlüsse und freie Fahrzeuge.',
    fields: ['HF1', 'HF5'],
    lead: 'Stadt Andernach',
    participants: ['Verbandsgemeinde Weißenthurm', 'Stadt Bendorf'],
    responsibleUnit: 'Fachbereich Stadtentwicklung und Verkehr',
    partners: ['Verkehrsverbund (Demo)', 'Carsharing-Verein (Demo)'],
    tags: ['mobilstation', 'radverkehr', 'carsharing'],
    phase: Phase.B,
    indicator: { name: 'Eingerichtete Mobilitätsstationen', unit: 'Stationen', baseline: 0, target: 6 },
    milestones: [
      'Standortkonzept beschlossen',
      'Planung abgeschlossen',
      'Bauarbeiten begonnen',
      'Erste Stationen eröffnet',
      'Alle Stationen in Betrieb',
    ],
  },
  {
    title: 'Digitale Radverkehrszählung',
    summary:
      'Automatische Zählstellen an Radwegen erfassen den Radverkehr im Kreis rund um die Uhr. ' +
      'Die Daten fließen in die Radverkehrsplanung und werden als Open Data veröffentlicht.',
    fields: ['HF1'],
    lead: 'Verbandsgemeinde Rhein-Mosel',
    participants: ['Verbandsgemeinde Maifeld', 'Verbandsgemeinde Vallendar'],
    responsibleUnit: 'Fachbereich Bauen und Umwelt',
    partners: ['Radverkehrsverband (Demo)'],
    tags: ['radverkehr', 'sensorik', 'open data'],
    phase: Phase.B,
    milestones: ['Zählstellen festgelegt', 'Zählgeräte installiert', 'Daten veröffentlicht', 'Jahresbericht erstellt'],
  },
  {
    title: 'Pendlerparkplätze mit Belegungsanzeige',
    summary:
      'Sensoren erfassen die Belegung von Pendlerparkplätzen an Autobahnauffahrten und Bahnhöfen. ' +
      'Freie Plätze werden online und auf Anzeigetafeln angezeigt.',
    fields: ['HF1'],
    lead: 'Verbandsgemeinde Mendig',
    participants: ['Verbandsgemeinde Pellenz'],
    responsibleUnit: 'Ordnungsamt',
    partners: [],
    tags: ['parken', 'sensorik', 'pendeln'],
    phase: Phase.B,
    software: true,
    milestones: ['Parkplätze ausgewählt', 'Sensoren installiert', 'Anzeige online', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Interkommunales Bürgerserviceportal',
    summary:
      'Ein gemeinsames Serviceportal bündelt die Online-Leistungen von Kreis, Städten und Verbandsgemeinden mit ' +
      'einheitlichem Zugang. Anliegen werden automatisch an die zuständige Verwaltung weitergeleitet.',
    fields: ['HF2'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Stadt Mayen', 'Verbandsgemeinde Mendig', 'Verbandsgemeinde Pellenz', 'Verbandsgemeinde Vallendar'],
    responsibleUnit: 'Stabsstelle Digitalisierung',
    partners: ['Kommunaler IT-Dienstleister (Demo)'],
    tags: ['onlinezugang', 'bürgerservice', 'verwaltung'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Online verfügbare Verwaltungsleistungen', unit: 'Leistungen', baseline: 35, target: 220 },
    milestones: [
      'Leistungskatalog abgestimmt',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Portal online',
      'Anbindung aller Kommunen abgeschlossen',
    ],
  },
  {
    title: 'Projektwebsite und Beteiligungsauftakt MYK10',
    summary:
      'Die Projektwebsite stellt das Modellprojekt vor und sammelt in einer ersten Online-Beteiligung Ideen aus ' +
      'allen zehn Kommunen. Auftaktveranstaltungen vor Ort ergänzen das Angebot.',
    fields: ['HF2'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: [],
    responsibleUnit: 'Pressestelle',
    partners: ['Kommunikationsagentur (Demo)'],
    tags: ['öffentlichkeitsarbeit', 'website', 'beteiligung'],
    phase: Phase.A,
    strategyWork: true,
    milestones: ['Website online', 'Online-Ideensammlung gestartet', 'Auftaktveranstaltungen durchgeführt'],
  },
  {
    title: 'Digitale Gremienarbeit',
    summary:
      'Räte und Ausschüsse in den Verbandsgemeinden arbeiten papierlos mit einem gemeinsamen Ratsinformationssystem. ' +
      'Sitzungsunterlagen sind für die Öffentlichkeit online einsehbar.',
    fields: ['HF2'],
    lead: 'Verbandsgemeinde Weißenthurm',
    participants: ['Verbandsgemeinde Maifeld', 'Verbandsgemeinde Rhein-Mosel'],
    responsibleUnit: 'Büro des Bürgermeisters',
    partners: [],
    tags: ['ratsarbeit', 'transparenz', 'papierlos'],
    phase: Phase.B,
    indicator: { name: 'Papierlos arbeitende Gremien', unit: 'Gremien', baseline: 4, target: 30 },
    milestones: ['System ausgewählt', 'Geräte beschafft', 'Mandatsträger geschult', 'Papierloser Sitzungsbetrieb'],
  },
  {
    title: 'Gemeinsame Geodateninfrastruktur',
    summary:
      'Kreis und Kommunen führen ihre Geodaten in einer gemeinsamen Infrastruktur zusammen. ' +
      'Ein Web-Kartenportal stellt Bebauungspläne, Baulücken und Infrastruktur bereit.',
    fields: ['HF2', 'HF5'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Stadt Andernach', 'Stadt Bendorf', 'Verbandsgemeinde Vordereifel'],
    responsibleUnit: 'Fachbereich Geoinformation',
    partners: ['Vermessungsverwaltung (Demo)'],
    tags: ['geodaten', 'open data', 'kartenportal'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Veröffentlichte Kartendienste', unit: 'Dienste', baseline: 6, target: 60 },
    milestones: ['Datenbestand erhoben', 'Plattform eingerichtet', 'Kartenportal online', 'Regelbetrieb'],
  },
  {
    title: 'Digitale Terminvergabe in Bürgerbüros',
    summary:
      'Bürgerbüros der beteiligten Kommunen vergeben Termine online und zeigen Wartezeiten in Echtzeit an. ' +
      'Erinnerungen per E-Mail oder SMS verringern ausgefallene Termine.',
    fields: ['HF2'],
    lead: 'Stadt Bendorf',
    participants: ['Verbandsgemeinde Vallendar', 'Stadt Andernach'],
    responsibleUnit: 'Bürgerbüro',
    partners: [],
    tags: ['bürgerservice', 'termine', 'verwaltung'],
    phase: Phase.B,
    milestones: ['Anforderungen erhoben', 'Lösung eingeführt', 'Alle Bürgerbüros angebunden'],
  },
  {
    title: 'Telemedizinische Sprechstunde in der Vordereifel',
    summary:
      'In ländlichen Orten ohne Hausarztpraxis werden Telemedizin-Räume eingerichtet, in denen geschultes ' +
      'Praxispersonal Videosprechstunden mit Ärztinnen und Ärzten begleitet.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Vordereifel',
    participants: ['Verbandsgemeinde Mendig'],
    responsibleUnit: 'Fachbereich Soziales',
    partners: ['Kassenärztliche Vereinigung (Demo)', 'Klinikverbund (Demo)'],
    tags: ['telemedizin', 'gesundheit', 'ländlicher raum'],
    phase: Phase.B,
    indicator: { name: 'Telemedizinische Konsultationen pro Jahr', unit: 'Konsultationen', baseline: 0, target: 1200 },
    milestones: [
      'Kooperationsvertrag geschlossen',
      'Räume ausgestattet',
      'Personal geschult',
      'Pilotbetrieb gestartet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Pflegeplatzbörse Mayen-Koblenz',
    summary:
      'Eine Online-Börse zeigt tagesaktuell freie Plätze in Kurzzeit-, Tages- und Langzeitpflege im Kreis. ' +
      'Pflegestützpunkte und Kliniksozialdienste nutzen sie für die Vermittlung.',
    fields: ['HF3'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: [],
    responsibleUnit: 'Abteilung Soziales und Pflege',
    partners: ['Pflegestützpunkt (Demo)', 'Wohlfahrtsverband (Demo)'],
    tags: ['pflege', 'plattform', 'angehörige'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Angebundene Pflegeeinrichtungen', unit: 'Einrichtungen', baseline: 0, target: 70 },
    milestones: ['Einrichtungen informiert', 'Börse entwickelt', 'Börse online', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Digitale Unterstützung pflegender Angehöriger',
    summary:
      'Online-Kurse, Videoberatung und eine moderierte Austauschgruppe entlasten pflegende Angehörige. ' +
      'Beratungstermine vor Ort lassen sich digital buchen.',
    fields: ['HF3'],
    lead: 'Stadt Mayen',
    participants: ['Verbandsgemeinde Vordereifel', 'Verbandsgemeinde Pellenz'],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Wohlfahrtsverband (Demo)'],
    tags: ['pflege', 'angehörige', 'beratung'],
    phase: Phase.B,
    milestones: ['Angebot konzipiert', 'Kursreihe gestartet', 'Videoberatung eingeführt', 'Verstetigung geprüft'],
  },
  {
    title: 'Ersthelfer-Alarmierung per App',
    summary:
      'Registrierte, qualifizierte Ersthelferinnen und Ersthelfer in der Nähe werden bei Herz-Kreislauf-Notfällen ' +
      'parallel zum Rettungsdienst per App alarmiert.',
    fields: ['HF3'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Stadt Andernach', 'Verbandsgemeinde Maifeld'],
    responsibleUnit: 'Abteilung Brand- und Katastrophenschutz',
    partners: ['Rettungsdienst (Demo)', 'Hilfsorganisation (Demo)'],
    tags: ['notfall', 'ehrenamt', 'gesundheit'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Registrierte Ersthelfende', unit: 'Personen', baseline: 0, target: 800 },
    milestones: [
      'Anbindung an Leitstelle geklärt',
      'App bereitgestellt',
      'Ersthelfende registriert',
      'Alarmierung gestartet',
    ],
  },
  {
    title: 'Medienkompetenz-Mobil',
    summary:
      'Ein umgebauter Kleinbus bringt Workshops zu Medienkompetenz, Programmieren und Datenschutz an Schulen und in ' +
      'Dorfgemeinschaftshäuser. Das Angebot richtet sich an alle Altersgruppen.',
    fields: ['HF4'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Verbandsgemeinde Vordereifel', 'Verbandsgemeinde Maifeld'],
    responsibleUnit: 'Kreismedienzentrum',
    partners: ['Medienpädagogischer Verein (Demo)'],
    tags: ['medienkompetenz', 'bildung', 'ländlicher raum'],
    phase: Phase.B,
    indicator: { name: 'Durchgeführte Workshops', unit: 'Workshops', baseline: 0, target: 240 },
    milestones: ['Fahrzeug beschafft', 'Ausstattung eingebaut', 'Workshopprogramm gestartet', 'Jahresbilanz erstellt'],
  },
  {
    title: 'Makerspace am Hochschulstandort Vallendar',
    summary:
      'Ein offener Makerspace mit 3D-Druckern, Lasercutter und Elektronikarbeitsplätzen lädt Schülerinnen, Schüler ' +
      'und Gründungsinteressierte zum Ausprobieren ein.',
    fields: ['HF4', 'HF6'],
    lead: 'Verbandsgemeinde Vallendar',
    participants: ['Stadt Bendorf'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Hochschule (Demo)', 'Handwerkskammer (Demo)'],
    tags: ['makerspace', 'bildung', 'gründung'],
    phase: Phase.B,
    milestones: ['Räume gefunden', 'Ausstattung beschafft', 'Eröffnung', 'Kursprogramm etabliert'],
  },
  {
    title: 'Vernetzte Lernorte in Bibliotheken',
    summary:
      'Stadt- und Gemeindebüchereien erhalten digitale Lerninseln und bieten gemeinsame Online-Angebote an. ' +
      'Ein gemeinsamer Veranstaltungskalender macht Kurse im ganzen Kreis sichtbar.',
    fields: ['HF4'],
    lead: 'Stadt Bendorf',
    participants: ['Stadt Andernach', 'Stadt Mayen'],
    responsibleUnit: 'Stadtbücherei',
    partners: ['Landesbüchereistelle (Demo)'],
    tags: ['bibliothek', 'lernorte', 'bildung'],
    phase: Phase.B,
    milestones: ['Lerninseln ausgestattet', 'Gemeinsamer Kalender online', 'Kursangebot erweitert'],
  },
  {
    title: 'Digitale Weiterbildungsplattform der Volkshochschulen',
    summary:
      'Die Volkshochschulen im Kreis bieten Kurse hybrid an und verwalten Anmeldungen über eine gemeinsame ' +
      'Lernplattform. Kursräume werden mit Videotechnik ausgestattet.',
    fields: ['HF4', 'HF2'],
    lead: 'Verbandsgemeinde Pellenz',
    participants: ['Verbandsgemeinde Weißenthurm', 'Verbandsgemeinde Mendig'],
    responsibleUnit: 'Volkshochschule',
    partners: ['Volkshochschulverband (Demo)'],
    tags: ['weiterbildung', 'hybrid', 'lernplattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Hybride Kurse pro Semester', unit: 'Kurse', baseline: 5, target: 80 },
    milestones: ['Plattform ausgewählt', 'Kursräume ausgestattet', 'Dozierende geschult', 'Hybridbetrieb gestartet'],
  },
  {
    title: 'Klimasensornetz MYK',
    summary:
      'Ein Netz aus Temperatur-, Feuchte- und Niederschlagssensoren erfasst Hitzeinseln und Starkregen in Städten ' +
      'und Dörfern. Ein öffentliches Dashboard zeigt die Messwerte.',
    fields: ['HF5'],
    lead: 'Landkreis Mayen-Koblenz',
    participants: ['Stadt Andernach', 'Stadt Mayen', 'Verbandsgemeinde Rhein-Mosel'],
    responsibleUnit: 'Klimaschutzmanagement',
    partners: ['Hochschule (Demo)', 'Wetterdienst (Demo)'],
    tags: ['klimaanpassung', 'sensorik', 'dashboard'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Betriebene Klimasensoren', unit: 'Sensoren', baseline: 0, target: 150 },
    milestones: [
      'Messkonzept erstellt',
      'Funknetz aufgebaut',
      'Sensoren installiert',
      'Dashboard veröffentlicht',
      'Hitzeauswertung vorgelegt',
    ],
  },
  {
    title: 'Pilot Hitzemessung an Schulhöfen',
    summary:
      'An drei Schulhöfen wird die Temperatur über einen Sommer gemessen und gemeinsam mit Schulklassen ausgewertet. ' +
      'Der Pilot erprobt Sensoren und Funktechnik für das spätere Klimasensornetz.',
    fields: ['HF5', 'HF4'],
    lead: 'Stadt Mayen',
    participants: [],
    responsibleUnit: 'Klimaschutzmanagement',
    partners: ['Hochschule (Demo)'],
    tags: ['hitze', 'sensorik', 'schule'],
    phase: Phase.A,
    milestones: ['Schulen gewonnen', 'Sensoren installiert', 'Messsommer abgeschlossen', 'Ergebnisse vorgestellt'],
  },
  {
    title: 'Starkregenvorsorge an der Mosel',
    summary:
      'Pegelsensoren an Bächen und Durchlässen melden steigende Wasserstände frühzeitig an Feuerwehr und Verwaltung. ' +
      'Starkregengefahrenkarten werden für die Bevölkerung online bereitgestellt.',
    fields: ['HF5'],
    lead: 'Verbandsgemeinde Rhein-Mosel',
    participants: ['Verbandsgemeinde Maifeld'],
    responsibleUnit: 'Fachbereich Bauen und Umwelt',
    partners: ['Wasserwirtschaftsverwaltung (Demo)'],
    tags: ['starkregen', 'hochwasser', 'sensorik'],
    phase: Phase.B,
    indicator: { name: 'Überwachte Gewässerabschnitte', unit: 'Abschnitte', baseline: 0, target: 25 },
    milestones: ['Gefährdungsanalyse abgeschlossen', 'Sensoren installiert', 'Warnkette erprobt', 'Regelbetrieb'],
  },
  {
    title: 'Energiemonitoring kommunaler Liegenschaften',
    summary:
      'Verbrauchsdaten von Schulen, Sporthallen und Rathäusern werden automatisch erfasst und ausgewertet. ' +
      'Hausmeisterinnen und Hausmeister erhalten Hinweise auf ungewöhnliche Verbräuche.',
    fields: ['HF5'],
    lead: 'Verbandsgemeinde Weißenthurm',
    participants: ['Verbandsgemeinde Pellenz', 'Verbandsgemeinde Mendig'],
    responsibleUnit: 'Gebäudemanagement',
    partners: ['Energieagentur (Demo)'],
    tags: ['energie', 'klimaschutz', 'sensorik'],
    phase: Phase.B,
    milestones: ['Liegenschaften ausgewählt', 'Zähler installiert', 'Auswertung eingeführt', 'Jahresbericht erstellt'],
  },
  {
    title: 'Digitales Schaufenster Innenstadt',
    summary:
      'Händlerinnen und Händler, Gastronomie und Dienstleister der Innenstädte präsentieren Angebote und ' +
      'Öffnungszeiten auf einer gemeinsamen Plattform mit Gutscheinsystem.',
    fields: ['HF6'],
    lead: 'Stadt Mayen',
    participants: ['Stadt Andernach', 'Stadt Bendorf'],
    responsibleUnit: 'Stadtmarketing',
    partners: ['Gewerbeverein (Demo)', 'Industrie- und Handelskammer (Demo)'],
    tags: ['innenstadt', 'einzelhandel', 'plattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Teilnehmende Betriebe', unit: 'Betriebe', baseline: 0, target: 150 },
    milestones: [
      'Händlerworkshops durchgeführt',
      'Plattform entwickelt',
      'Plattform online',
      'Gutscheinsystem gestartet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Besucherlenkung an Ausflugszielen der Vulkanregion',
    summary:
      'Parkplatzsensoren und eine Auslastungsanzeige lenken Ausflugsgäste an stark besuchten Tagen zu freien ' +
      'Parkplätzen und alternativen Zielen. Die Daten unterstützen die Tourismusplanung.',
    fields: ['HF6', 'HF1'],
    lead: 'Verbandsgemeinde Mendig',
    participants: ['Stadt Mayen', 'Verbandsgemeinde Vordereifel'],
    responsibleUnit: 'Tourist-Information',
    partners: ['Tourismusverband (Demo)'],
    tags: ['tourismus', 'besucherlenkung', 'sensorik'],
    phase: Phase.B,
    milestones: [
      'Ausflugsziele ausgewählt',
      'Sensoren installiert',
      'Auslastungsanzeige online',
      'Saisonbilanz erstellt',
    ],
  },
];
