import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of Smart City Kaiserslautern (invented, demo data). Kaiserslautern has no member municipalities. */
export const KL_MEASURES: DemoMeasure[] = [
  {
    title: 'Urbane Datenplattform Kaiserslautern',
    summary:
      'Die urbane Datenplattform sammelt Sensor-, Verwaltungs- und Mobilitätsdaten der Stadt an einem Ort und stellt ' +
      'sie über offene Schnittstellen bereit. Sie ist die technische Grundlage aller Smart-City-Anwendungen.',
    fields: ['HF1'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Digitalisierung',
    partners: ['Technische Universität (Demo)', 'Stadtwerke (Demo)'],
    tags: ['datenplattform', 'schnittstellen', 'open data'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Angebundene Datenquellen', unit: 'Datenquellen', baseline: 3, target: 80 },
    milestones: [
      'Architekturkonzept abgestimmt',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Plattform in Betrieb',
      'Erste Fachverfahren angebunden',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Open-Data-Portal der Stadt',
    summary:
      'Ein Open-Data-Portal veröffentlicht Datensätze der Stadtverwaltung unter offenen Lizenzen, von Haushaltsdaten ' +
      'bis zu Baumkataster und Haltestellen. Ein Open-Data-Leitfaden regelt die Freigabe.',
    fields: ['HF1', 'HF5'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Digitalisierung',
    partners: ['Open-Data-Initiative (Demo)'],
    tags: ['open data', 'transparenz', 'portal'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Veröffentlichte Datensätze', unit: 'Datensätze', baseline: 20, target: 400 },
    milestones: ['Open-Data-Leitfaden beschlossen', 'Portal online', 'Datensätze aller Referate veröffentlicht'],
  },
  {
    title: 'Digitaler Zwilling der Innenstadt',
    summary:
      'Ein dreidimensionales Stadtmodell verknüpft Gebäude-, Verkehrs- und Klimadaten und macht Planungsvarianten ' +
      'sichtbar. Es unterstützt Stadtplanung und Bürgerbeteiligung.',
    fields: ['HF1', 'HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Stadtentwicklung',
    partners: ['Forschungsinstitut (Demo)', 'Technische Universität (Demo)'],
    tags: ['digitaler zwilling', '3d-stadtmodell', 'stadtplanung'],
    flagship: true,
    phase: Phase.B,
    software: true,
    milestones: [
      'Datengrundlage erhoben',
      'Stadtmodell erstellt',
      'Erste Simulationen durchgeführt',
      'Anwendung in Beteiligungsverfahren',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Städtisches LoRaWAN-Netz',
    summary:
      'Ein stadtweites Funknetz für energiesparende Sensoren verbindet Messpunkte für Klima, Parken und ' +
      'Füllstände. Pilotbetrieb in der Innenstadt, danach Ausbau auf alle Stadtteile.',
    fields: ['HF1'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Digitalisierung',
    partners: ['Stadtwerke (Demo)'],
    tags: ['lorawan', 'sensorik', 'infrastruktur'],
    phase: Phase.A,
    indicator: { name: 'Funkabdeckung des Stadtgebiets', unit: 'Prozent', baseline: 0, target: 95 },
    milestones: ['Gateways in der Innenstadt installiert', 'Pilotsensoren angebunden', 'Ausbau auf alle Stadtteile'],
  },
  {
    title: 'Datenkompetenz in der Stadtverwaltung',
    summary:
      'Ein Schulungsprogramm vermittelt Beschäftigten Grundlagen zu Datenanalyse, Datenschutz und Open Data. ' +
      'Datenverantwortliche in jedem Referat sichern die Datenqualität.',
    fields: ['HF1', 'HF5'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Personal und Organisation',
    partners: ['Hochschule (Demo)'],
    tags: ['datenkompetenz', 'weiterbildung', 'verwaltung'],
    phase: Phase.B,
    indicator: { name: 'Geschulte Beschäftigte', unit: 'Personen', baseline: 0, target: 300 },
    milestones: [
      'Curriculum erstellt',
      'Erste Kurse durchgeführt',
      'Datenverantwortliche benannt',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Sensorgestütztes Parkleitsystem',
    summary:
      'Sensoren an Parkplätzen und Parkhäusern erfassen freie Stellplätze in Echtzeit. Eine Web-App und ' +
      'Anzeigetafeln leiten Autofahrende direkt zu freien Plätzen und verringern den Parksuchverkehr.',
    fields: ['HF2'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Mobilität',
    partners: ['Parkhausbetreiber (Demo)'],
    tags: ['parken', 'sensorik', 'verkehr'],
    phase: Phase.B,
    software: true,
    indicator: {
      name: 'Parksuchverkehr in der Innenstadt',
      unit: 'Fahrzeugkilometer pro Tag',
      baseline: 12000,
      target: 9000,
    },
    milestones: [
      'Sensorik ausgeschrieben',
      'Sensoren installiert',
      'Web-App veröffentlicht',
      'Anzeigetafeln in Betrieb',
      'Wirkungsmessung abgeschlossen',
    ],
  },
  {
    title: 'Verkehrsdatenerfassung an Knotenpunkten',
    summary:
      'Anonymisierte Zählungen an Kreuzungen erfassen Rad-, Fuß- und Kraftverkehr. Die Daten fließen in ' +
      'Verkehrsplanung und Ampelsteuerung ein.',
    fields: ['HF2', 'HF1'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Tiefbau',
    partners: ['Technische Universität (Demo)'],
    tags: ['verkehr', 'sensorik', 'datenschutz'],
    phase: Phase.B,
    milestones: [
      'Knotenpunkte ausgewählt',
      'Datenschutzkonzept abgestimmt',
      'Zählsysteme installiert',
      'Daten veröffentlicht',
    ],
  },
  {
    title: 'Busbevorrechtigung an Ampeln',
    summary:
      'Linienbusse melden sich digital an Lichtsignalanlagen an und erhalten bei Verspätung Vorrang. ' +
      'Das macht den Busverkehr pünktlicher und verlässlicher.',
    fields: ['HF2'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Tiefbau',
    partners: ['Verkehrsbetrieb (Demo)'],
    tags: ['öpnv', 'verkehrssteuerung', 'pünktlichkeit'],
    phase: Phase.B,
    indicator: { name: 'Pünktlichkeit der Buslinien', unit: 'Prozent', baseline: 78, target: 90 },
    milestones: ['Linien ausgewählt', 'Ampeln nachgerüstet', 'Fahrzeuge ausgestattet', 'Wirkungsmessung abgeschlossen'],
  },
  {
    title: 'Mobilitätsstationen in den Stadtteilen',
    summary:
      'In mehreren Stadtteilen entstehen Mobilitätsstationen mit Leihrädern, Lastenrädern, Carsharing und ' +
      'Bushaltestelle. Eine gemeinsame Auskunft zeigt verfügbare Angebote.',
    fields: ['HF2', 'HF4'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Mobilität',
    partners: ['Verkehrsbetrieb (Demo)', 'Carsharing-Verein (Demo)'],
    tags: ['mobilstation', 'carsharing', 'radverkehr'],
    phase: Phase.B,
    milestones: [
      'Standortkonzept beschlossen',
      'Betreiber ausgewählt',
      'Erste Stationen eröffnet',
      'Ausbau abgeschlossen',
    ],
  },
  {
    title: 'Online-Beteiligungsplattform Kaiserslautern',
    summary:
      'Auf einer Beteiligungsplattform können Bürgerinnen und Bürger Planungen kommentieren, an Umfragen teilnehmen ' +
      'und eigene Ideen einreichen. Die Verwaltung gibt Rückmeldung zu jedem Vorschlag.',
    fields: ['HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Bürgerbeteiligung',
    partners: ['Beteiligungsdienstleister (Demo)'],
    tags: ['beteiligung', 'partizipation', 'plattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Registrierte Nutzerinnen und Nutzer', unit: 'Personen', baseline: 0, target: 5000 },
    milestones: [
      'Leitlinien Bürgerbeteiligung beschlossen',
      'Plattform eingerichtet',
      'Erstes Verfahren gestartet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Smart-City-Schaufenster in der Innenstadt',
    summary:
      'Ein Ladenlokal in der Fußgängerzone wird zum Informations- und Mitmachort, an dem Projekte vorgestellt und ' +
      'Ideen gesammelt werden. Es ist zugleich Treffpunkt für Workshops.',
    fields: ['HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Digitalisierung',
    partners: ['Stadtmarketing (Demo)'],
    tags: ['öffentlichkeitsarbeit', 'beteiligung', 'innenstadt'],
    phase: Phase.A,
    indicator: { name: 'Besucherinnen und Besucher pro Jahr', unit: 'Personen', baseline: 0, target: 6000 },
    milestones: ['Ladenlokal angemietet', 'Ausstellung eingerichtet', 'Eröffnung', 'Veranstaltungsprogramm gestartet'],
  },
  {
    title: 'Digitallotsen in den Stadtteilen',
    summary:
      'In Stadtteilbüros und Seniorentreffs bieten geschulte Digitallotsen offene Sprechstunden zu Smartphone, ' +
      'Online-Diensten und Sicherheit im Netz an.',
    fields: ['HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Soziales',
    partners: ['Seniorenbeirat (Demo)', 'Volkshochschule (Demo)'],
    tags: ['digitale teilhabe', 'senioren', 'ehrenamt'],
    phase: Phase.B,
    milestones: ['Lotsen ausgebildet', 'Sprechstunden gestartet', 'Angebot auf alle Stadtteile ausgeweitet'],
  },
  {
    title: 'Stadtteil-Labor für digitale Ideen',
    summary:
      'In einem Stadtteil mit besonderem Entwicklungsbedarf erproben Bewohnerinnen, Bewohner und Studierende ' +
      'gemeinsam kleine digitale Lösungen für den Alltag im Quartier.',
    fields: ['HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Quartiersmanagement',
    partners: ['Hochschule (Demo)', 'Quartiersverein (Demo)'],
    tags: ['quartier', 'reallabor', 'beteiligung'],
    phase: Phase.B,
    milestones: ['Labor eröffnet', 'Ideenwettbewerb durchgeführt', 'Prototypen erprobt', 'Ergebnisse dokumentiert'],
  },
  {
    title: 'Klimasensornetz gegen Hitzeinseln',
    summary:
      'Temperatur- und Feuchtesensoren an Laternen und Gebäuden erfassen das Stadtklima flächendeckend. ' +
      'Eine Hitzekarte zeigt belastete Quartiere und unterstützt den Hitzeaktionsplan.',
    fields: ['HF4', 'HF1'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Umweltschutz',
    partners: ['Technische Universität (Demo)', 'Wetterdienst (Demo)'],
    tags: ['klimaanpassung', 'hitze', 'sensorik'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Betriebene Klimasensoren', unit: 'Sensoren', baseline: 0, target: 200 },
    milestones: [
      'Messkonzept erstellt',
      'Sensoren installiert',
      'Hitzekarte veröffentlicht',
      'Hitzeaktionsplan ergänzt',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Bedarfsgerechte Bewässerung von Stadtbäumen',
    summary:
      'Bodenfeuchtesensoren an Jungbäumen melden, wann Bewässerung nötig ist. Die Grünflächenpflege plant ' +
      'Gießtouren danach und spart Wasser und Fahrten.',
    fields: ['HF4'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Grünflächen',
    partners: ['Stadtwerke (Demo)'],
    tags: ['stadtgrün', 'bewässerung', 'sensorik'],
    phase: Phase.B,
    indicator: { name: 'Bewässerungsmenge pro Baum und Jahr', unit: 'Liter', baseline: 1800, target: 1300 },
    milestones: ['Pilotbäume ausgewählt', 'Sensoren installiert', 'Gießtouren umgestellt', 'Auswertung abgeschlossen'],
  },
  {
    title: 'Starkregen-Frühwarnung für gefährdete Straßen',
    summary:
      'Pegel- und Niederschlagssensoren an Kanälen und Senken warnen Feuerwehr und Tiefbau vor Überflutungen. ' +
      'Gefährdete Bereiche werden in einer Karte veröffentlicht.',
    fields: ['HF4'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Stadtentwässerung',
    partners: ['Berufsfeuerwehr (Demo)'],
    tags: ['starkregen', 'frühwarnung', 'sensorik'],
    phase: Phase.B,
    milestones: ['Gefährdungsanalyse abgeschlossen', 'Sensoren installiert', 'Warnkette erprobt', 'Regelbetrieb'],
  },
  {
    title: 'Luftqualitätsmessung mit Kleinsensoren',
    summary:
      'Kostengünstige Sensoren ergänzen die amtlichen Messstationen und erfassen Feinstaub und Stickstoffdioxid in ' +
      'Wohnstraßen. Schulen beteiligen sich an der Auswertung.',
    fields: ['HF4', 'HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Umweltschutz',
    partners: ['Landesamt für Umwelt (Demo)'],
    tags: ['luftqualität', 'sensorik', 'schule'],
    phase: Phase.B,
    milestones: ['Messpunkte festgelegt', 'Sensoren kalibriert', 'Messwerte veröffentlicht'],
  },
  {
    title: 'Digitale Antragsstrecken im Bürgerservice',
    summary:
      'Häufig genutzte Verwaltungsleistungen wie Anwohnerparken, Gewerbeanmeldung und Sondernutzungen werden ' +
      'vollständig online angeboten, einschließlich Bezahlung und Bescheid.',
    fields: ['HF5'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Bürgerdienste',
    partners: ['Kommunaler IT-Dienstleister (Demo)'],
    tags: ['onlinezugang', 'bürgerservice', 'verwaltung'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Vollständig digitale Leistungen', unit: 'Leistungen', baseline: 12, target: 120 },
    milestones: [
      'Leistungen priorisiert',
      'Erste Antragsstrecken online',
      'Bezahlfunktion integriert',
      'Alle priorisierten Leistungen online',
    ],
  },
  {
    title: 'Mängelmelder für den öffentlichen Raum',
    summary:
      'Über eine App und die Website melden Bürgerinnen und Bürger Schäden an Straßen, Beleuchtung oder Spielplätzen ' +
      'mit Foto und Ort. Der Bearbeitungsstand ist öffentlich sichtbar.',
    fields: ['HF5', 'HF3'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Bürgerdienste',
    partners: [],
    tags: ['mängelmelder', 'bürgerservice', 'app'],
    phase: Phase.A,
    software: true,
    milestones: ['Anforderungen erhoben', 'App veröffentlicht', 'Fachämter angebunden', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Elektronische Akte in der Stadtverwaltung',
    summary:
      'Die Stadtverwaltung führt schrittweise die elektronische Akte ein und digitalisiert Umlaufverfahren. ' +
      'Das beschleunigt Abläufe und ermöglicht ortsunabhängiges Arbeiten.',
    fields: ['HF5'],
    lead: 'Stadt Kaiserslautern',
    participants: [],
    responsibleUnit: 'Referat Personal und Organisation',
    partners: ['Beratungsunternehmen (Demo)'],
    tags: ['e-akte', 'verwaltung', 'prozesse'],
    phase: Phase.B,
    indicator: { name: 'Referate mit elektronischer Akte', unit: 'Referate', baseline: 1, target: 20 },
    milestones: [
      'Organisationskonzept erstellt',
      'Pilotreferat umgestellt',
      'Rollout in Wellen gestartet',
      'Alle Referate umgestellt',
    ],
  },
];
