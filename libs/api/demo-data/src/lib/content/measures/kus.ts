import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of LAND L(I)EBEN Kusel (invented, demo data). */
export const KUS_MEASURES: DemoMeasure[] = [
  {
    title: 'Kreisweiter Rufbus auf Abruf',
    summary:
      'Ein digital buchbarer Rufbus bedient Dörfer zwischen den Linienfahrten und verbindet sie mit Bahnhöfen und ' +
      'Grundzentren. Buchung per App, Website oder Telefon.',
    fields: ['HF1'],
    lead: 'Landkreis Kusel',
    participants: [
      'Verbandsgemeinde Kusel-Altenglan',
      'Verbandsgemeinde Lauterecken-Wolfstein',
      'Verbandsgemeinde Oberes Glantal',
    ],
    responsibleUnit: 'Abteilung Mobilität und ÖPNV',
    partners: ['Verkehrsverbund (Demo)', 'Regionales Busunternehmen (Demo)'],
    tags: ['mobilität', 'on demand', 'öpnv'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Beförderte Fahrgäste pro Monat', unit: 'Fahrgäste', baseline: 0, target: 2500 },
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
    title: 'Mobilitätsbefragung im Landkreis Kusel',
    summary:
      'Eine Befragung erhebt, wie die Menschen im Kreis unterwegs sind und wo Angebote fehlen. ' +
      'Die Ergebnisse bestimmen Bediengebiete und Zeiten des Rufbusses.',
    fields: ['HF1'],
    lead: 'Landkreis Kusel',
    participants: [],
    responsibleUnit: 'Projektbüro LAND L(I)EBEN',
    partners: ['Hochschule (Demo)'],
    tags: ['mobilität', 'umfrage', 'bedarfsanalyse'],
    phase: Phase.A,
    indicator: { name: 'Ausgefüllte Fragebögen', unit: 'Fragebögen', baseline: 0, target: 1500 },
    milestones: ['Fragebogen erstellt', 'Befragung durchgeführt', 'Ergebnisse veröffentlicht'],
  },
  {
    title: 'Mitfahrnetz mit digitalen Mitfahrbänken',
    summary:
      'Mitfahrbänke in den Ortsgemeinden werden mit einer Web-App verknüpft, in der Fahrten angeboten und gesucht ' +
      'werden können. So entsteht ein nachbarschaftliches Mitfahrnetz.',
    fields: ['HF1', 'HF3'],
    lead: 'Verbandsgemeinde Lauterecken-Wolfstein',
    participants: ['Verbandsgemeinde Oberes Glantal'],
    responsibleUnit: 'Fachbereich Bürgerdienste',
    partners: ['Seniorenbeirat (Demo)'],
    tags: ['mitfahren', 'mobilität', 'nachbarschaft'],
    phase: Phase.B,
    software: true,
    milestones: ['Standorte festgelegt', 'Bänke aufgestellt', 'Web-App veröffentlicht', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Elektrisches Dorfauto',
    summary:
      'Ortsgemeinden erhalten elektrische Gemeinschaftsautos, die Bürgerinnen und Bürger online buchen können. ' +
      'Ehrenamtliche Fahrdienste nutzen die Fahrzeuge für Einkaufs- und Arztfahrten.',
    fields: ['HF1'],
    lead: 'Verbandsgemeinde Oberes Glantal',
    participants: ['Verbandsgemeinde Kusel-Altenglan'],
    responsibleUnit: 'Fachbereich Bauen und Umwelt',
    partners: ['Regionaler Energieversorger (Demo)', 'Carsharing-Verein (Demo)'],
    tags: ['carsharing', 'elektromobilität', 'ehrenamt'],
    phase: Phase.B,
    indicator: { name: 'Buchungen pro Monat', unit: 'Buchungen', baseline: 0, target: 300 },
    milestones: [
      'Ortsgemeinden ausgewählt',
      'Fahrzeuge beschafft',
      'Ladepunkte errichtet',
      'Buchungsbetrieb gestartet',
    ],
  },
  {
    title: 'Coworking-Netzwerk LAND L(I)EBEN',
    summary:
      'In Kusel und in ländlichen Orten entstehen vernetzte Coworking-Räume, in denen Pendlerinnen, Pendler und ' +
      'Selbstständige wohnortnah arbeiten. Eine gemeinsame Buchung gilt für alle Standorte.',
    fields: ['HF2'],
    lead: 'Landkreis Kusel',
    participants: ['Verbandsgemeinde Kusel-Altenglan', 'Verbandsgemeinde Lauterecken-Wolfstein'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Industrie- und Handelskammer (Demo)'],
    tags: ['coworking', 'arbeit', 'pendeln'],
    flagship: true,
    phase: Phase.B,
    indicator: { name: 'Gebuchte Arbeitsplatztage pro Jahr', unit: 'Tage', baseline: 0, target: 4000 },
    milestones: [
      'Standorte ausgewählt',
      'Räume ausgebaut',
      'Erster Standort eröffnet',
      'Gemeinsame Buchung freigeschaltet',
      'Alle Standorte eröffnet',
    ],
  },
  {
    title: 'Coworking-Pilot im Kreishaus',
    summary:
      'Ein Pilot-Coworking-Raum erprobt Nachfrage, Ausstattung und Preise, bevor das Netzwerk ausgebaut wird. ' +
      'Die Nutzung wird ausgewertet und mit Nutzenden besprochen.',
    fields: ['HF2'],
    lead: 'Landkreis Kusel',
    participants: [],
    responsibleUnit: 'Projektbüro LAND L(I)EBEN',
    partners: [],
    tags: ['coworking', 'pilot', 'arbeit'],
    phase: Phase.A,
    milestones: ['Raum eingerichtet', 'Pilotbetrieb gestartet', 'Nutzungsauswertung vorgelegt'],
  },
  {
    title: 'Digitale Lernwerkstatt für Schulen',
    summary:
      'Eine mobile Lernwerkstatt mit Robotik-, Programmier- und Medienbausätzen kommt an Grundschulen und ' +
      'weiterführende Schulen im Kreis. Lehrkräfte werden begleitend fortgebildet.',
    fields: ['HF2'],
    lead: 'Verbandsgemeinde Kusel-Altenglan',
    participants: ['Verbandsgemeinde Oberes Glantal'],
    responsibleUnit: 'Fachbereich Schulen',
    partners: ['Pädagogisches Landesinstitut (Demo)'],
    tags: ['schule', 'bildung', 'medienkompetenz'],
    phase: Phase.B,
    indicator: { name: 'Teilnehmende Schulklassen pro Jahr', unit: 'Klassen', baseline: 0, target: 120 },
    milestones: ['Ausstattung beschafft', 'Lehrkräfte fortgebildet', 'Werkstatt im Einsatz', 'Jahresbilanz erstellt'],
  },
  {
    title: 'Digitalkurse für Ältere im Dorf',
    summary:
      'Kurse in Dorfgemeinschaftshäusern vermitteln älteren Menschen den sicheren Umgang mit Tablet, Videotelefonie ' +
      'und Online-Terminbuchung. Leihtablets ermöglichen das Üben zu Hause.',
    fields: ['HF2', 'HF3'],
    lead: 'Verbandsgemeinde Lauterecken-Wolfstein',
    participants: [],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Volkshochschule (Demo)'],
    tags: ['digitale teilhabe', 'senioren', 'bildung'],
    phase: Phase.B,
    milestones: ['Kurskonzept erstellt', 'Leihtablets beschafft', 'Kurse gestartet'],
  },
  {
    title: 'Ehrenamtsplattform Kreis Kusel',
    summary:
      'Eine Online-Plattform bringt Vereine, Initiativen und Engagierte zusammen: Vereine veröffentlichen Aufgaben, ' +
      'Freiwillige finden passende Einsätze in ihrer Nähe.',
    fields: ['HF3'],
    lead: 'Landkreis Kusel',
    participants: ['Verbandsgemeinde Kusel-Altenglan', 'Verbandsgemeinde Oberes Glantal'],
    responsibleUnit: 'Ehrenamtsagentur',
    partners: ['Kreissportbund (Demo)', 'Wohlfahrtsverband (Demo)'],
    tags: ['ehrenamt', 'vereine', 'plattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Registrierte Vereine und Initiativen', unit: 'Organisationen', baseline: 0, target: 250 },
    milestones: [
      'Anforderungen mit Vereinen erhoben',
      'Plattform entwickelt',
      'Plattform online',
      'Vereinsschulungen durchgeführt',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Gemeinsamer Veranstaltungskalender',
    summary:
      'Ein kreisweiter Veranstaltungskalender bündelt Kultur-, Vereins- und Bildungstermine aus allen ' +
      'Verbandsgemeinden. Veranstalter tragen Termine selbst ein, Daten stehen als Open Data bereit.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Kusel-Altenglan',
    participants: ['Verbandsgemeinde Lauterecken-Wolfstein', 'Verbandsgemeinde Oberes Glantal'],
    responsibleUnit: 'Kulturbüro',
    partners: ['Tourismusverband (Demo)'],
    tags: ['kultur', 'veranstaltungen', 'open data'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Eingetragene Veranstaltungen pro Jahr', unit: 'Veranstaltungen', baseline: 0, target: 1500 },
    milestones: ['Datenmodell abgestimmt', 'Kalender online', 'Schnittstellen für Partner freigegeben'],
  },
  {
    title: 'Digitale Dorfnachrichten',
    summary:
      'Ortsgemeinden informieren über eine gemeinsame Dorf-App über Neuigkeiten, Termine und Angebote. ' +
      'Nachbarinnen und Nachbarn können Hilfe anbieten und Dinge verleihen.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Oberes Glantal',
    participants: ['Verbandsgemeinde Lauterecken-Wolfstein'],
    responsibleUnit: 'Fachbereich Bürgerdienste',
    partners: ['Forschungsinstitut (Demo)'],
    tags: ['dorfgemeinschaft', 'nachbarschaft', 'app'],
    phase: Phase.B,
    software: true,
    milestones: [
      'Pilotgemeinden gewonnen',
      'App eingeführt',
      'Redaktionsteams geschult',
      'Ausweitung auf weitere Orte',
    ],
  },
  {
    title: 'Kulturerbe digital erleben',
    summary:
      'Burgen, Museen und Dorfgeschichte werden mit Audioführungen und digitalen Rundgängen erschlossen. ' +
      'Schulklassen und Heimatvereine erstellen Inhalte gemeinsam.',
    fields: ['HF3', 'HF2'],
    lead: 'Landkreis Kusel',
    participants: ['Verbandsgemeinde Kusel-Altenglan'],
    responsibleUnit: 'Kulturbüro',
    partners: ['Heimatverein (Demo)', 'Museumsverband (Demo)'],
    tags: ['kultur', 'tourismus', 'heimat'],
    phase: Phase.B,
    milestones: ['Stationen ausgewählt', 'Inhalte erstellt', 'Rundgänge veröffentlicht', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Telemedizin-Stationen in Gemeindezentren',
    summary:
      'In Gemeindezentren ohne eigene Arztpraxis werden Telemedizin-Stationen eingerichtet, in denen ' +
      'Videosprechstunden mit Messgeräten und Begleitung durch medizinisches Fachpersonal stattfinden.',
    fields: ['HF4'],
    lead: 'Landkreis Kusel',
    participants: ['Verbandsgemeinde Lauterecken-Wolfstein', 'Verbandsgemeinde Oberes Glantal'],
    responsibleUnit: 'Gesundheitsamt',
    partners: ['Kassenärztliche Vereinigung (Demo)', 'Klinikverbund (Demo)'],
    tags: ['telemedizin', 'gesundheit', 'ländlicher raum'],
    flagship: true,
    phase: Phase.B,
    indicator: { name: 'Telemedizinische Konsultationen pro Jahr', unit: 'Konsultationen', baseline: 0, target: 900 },
    milestones: [
      'Kooperationspartner gewonnen',
      'Stationen ausgestattet',
      'Fachpersonal geschult',
      'Pilotbetrieb gestartet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Gemeindeschwester mit digitaler Dokumentation',
    summary:
      'Präventive Hausbesuche bei älteren Menschen werden mit einer mobilen Dokumentation unterstützt, die ' +
      'Beratung, Hilfsangebote und Nachsorge vernetzt.',
    fields: ['HF4'],
    lead: 'Verbandsgemeinde Kusel-Altenglan',
    participants: [],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Pflegestützpunkt (Demo)'],
    tags: ['prävention', 'pflege', 'senioren'],
    phase: Phase.B,
    software: true,
    milestones: ['Dokumentationslösung ausgewählt', 'Fachkräfte geschult', 'Hausbesuche gestartet'],
  },
  {
    title: 'Präventionsprogramm Bewegung im Dorf',
    summary:
      'Ein Online-Kursangebot und wöchentliche Bewegungstreffs vor Ort fördern die Gesundheit älterer Menschen. ' +
      'Die Teilnahme wird anonym ausgewertet.',
    fields: ['HF4', 'HF3'],
    lead: 'Verbandsgemeinde Oberes Glantal',
    participants: ['Verbandsgemeinde Lauterecken-Wolfstein'],
    responsibleUnit: 'Fachbereich Soziales',
    partners: ['Krankenkasse (Demo)', 'Kreissportbund (Demo)'],
    tags: ['prävention', 'bewegung', 'gesundheit'],
    phase: Phase.B,
    indicator: { name: 'Regelmäßig Teilnehmende', unit: 'Personen', baseline: 0, target: 350 },
    milestones: [
      'Kursleitungen gewonnen',
      'Online-Kurse gestartet',
      'Bewegungstreffs eingerichtet',
      'Auswertung vorgelegt',
    ],
  },
  {
    title: 'Apotheken-Abholstationen im ländlichen Raum',
    summary:
      'An zentralen Orten entstehen gesicherte Abholfächer, in denen vorbestellte Medikamente rund um die Uhr ' +
      'abgeholt werden können. Die Apotheken im Kreis beliefern die Stationen gemeinsam.',
    fields: ['HF4'],
    lead: 'Landkreis Kusel',
    participants: ['Verbandsgemeinde Lauterecken-Wolfstein'],
    responsibleUnit: 'Gesundheitsamt',
    partners: ['Apothekerverband (Demo)'],
    tags: ['gesundheit', 'versorgung', 'ländlicher raum'],
    phase: Phase.A,
    milestones: ['Rechtliche Prüfung abgeschlossen', 'Standorte festgelegt', 'Erste Station in Betrieb'],
  },
];
