import { Phase } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';

/** Demo measures of EIFELKREIS VERBINDET (invented, demo data). */
export const EIF_MEASURES: DemoMeasure[] = [
  {
    title: 'Regionale Datenplattform Eifelkreis',
    summary:
      'Aufbau einer offenen regionalen Datenplattform, auf der Kreis, Verbandsgemeinden und Stadt Bitburg ihre Daten ' +
      'bündeln und als Open Data bereitstellen. Dashboards machen Mobilitäts-, Umwelt- und Versorgungsdaten sichtbar.',
    fields: ['HF1', 'HF4'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Prüm', 'Verbandsgemeinde Südeifel', 'Stadt Bitburg'],
    responsibleUnit: 'Projektbüro EIFELKREIS VERBINDET',
    partners: ['Hochschule (Demo)', 'Kommunaler IT-Dienstleister (Demo)'],
    tags: ['open data', 'datenplattform', 'dashboard'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Veröffentlichte Datensätze', unit: 'Datensätze', baseline: 0, target: 250 },
    milestones: [
      'Anforderungsanalyse abgeschlossen',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Pilotbetrieb gestartet',
      'Erste Datensätze veröffentlicht',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Datenlandkarte der Kreisverwaltung',
    summary:
      'Bestandsaufnahme aller Datenquellen in Kreis- und Verbandsgemeindeverwaltungen als Grundlage für die ' +
      'Datenplattform. Ergebnis ist ein Datenkatalog mit Zuständigkeiten und Veröffentlichungsstatus.',
    fields: ['HF1'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Speicher'],
    responsibleUnit: 'Stabsstelle Digitalisierung',
    partners: ['Beratungsunternehmen (Demo)'],
    tags: ['open data', 'datenkatalog', 'verwaltung'],
    phase: Phase.A,
    milestones: ['Fragebogen erstellt', 'Interviews in den Verwaltungen geführt', 'Datenkatalog veröffentlicht'],
  },
  {
    title: 'Datenkompetenz-Schulungen für Verwaltungen',
    summary:
      'Schulungsreihe für Beschäftigte der Kreis- und Verbandsgemeindeverwaltungen zu Datenschutz, Datenqualität und ' +
      'Open Data. Datenpatinnen und Datenpaten in jeder Verwaltung werden ausgebildet.',
    fields: ['HF1'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Bitburger Land', 'Verbandsgemeinde Prüm', 'Stadt Bitburg'],
    responsibleUnit: 'Personal- und Organisationsentwicklung',
    partners: ['Volkshochschule (Demo)'],
    tags: ['datenkompetenz', 'weiterbildung', 'verwaltung'],
    phase: Phase.B,
    indicator: { name: 'Geschulte Beschäftigte', unit: 'Personen', baseline: 0, target: 180 },
    milestones: [
      'Schulungskonzept erstellt',
      'Erste Schulungsrunde durchgeführt',
      'Datenpatenschaften eingerichtet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Kreisweites LoRaWAN-Funknetz',
    summary:
      'Aufbau eines energiesparenden Funknetzes für Sensoren in allen Verbandsgemeinden. Das Netz ist die Grundlage ' +
      'für Messungen zu Pegelständen, Parkplätzen und Raumklima.',
    fields: ['HF1', 'HF4'],
    lead: 'Verbandsgemeinde Prüm',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Südeifel'],
    responsibleUnit: 'Fachbereich Bauen und Infrastruktur',
    partners: ['Regionaler Energieversorger (Demo)'],
    tags: ['sensorik', 'lorawan', 'infrastruktur'],
    phase: Phase.B,
    indicator: { name: 'Betriebene Gateways', unit: 'Gateways', baseline: 2, target: 40 },
    milestones: [
      'Funkplanung abgeschlossen',
      'Standorte gesichert',
      'Gateways installiert',
      'Netz an Datenplattform angebunden',
    ],
  },
  {
    title: 'Pegel- und Starkregenwarnung an Eifelbächen',
    summary:
      'Sensoren an kleinen Gewässern messen Pegelstände und Niederschlag und melden Grenzwertüberschreitungen an ' +
      'Feuerwehr und Verwaltung. Die Messwerte fließen öffentlich in die Datenplattform.',
    fields: ['HF1'],
    lead: 'Verbandsgemeinde Südeifel',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Speicher'],
    responsibleUnit: 'Fachbereich Brand- und Katastrophenschutz',
    partners: ['Wasserwirtschaftsverwaltung (Demo)', 'Hochschule (Demo)'],
    tags: ['hochwasser', 'sensorik', 'katastrophenschutz'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Messstellen in Betrieb', unit: 'Messstellen', baseline: 0, target: 35 },
    milestones: [
      'Gefährdungsanalyse abgeschlossen',
      'Messstellen festgelegt',
      'Sensoren installiert',
      'Warnschwellen abgestimmt',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Projektwebsite und Kommunikationskonzept',
    summary:
      'Eine Projektwebsite informiert über Ziele, Maßnahmen und Termine des Modellprojekts. ' +
      'Ein Kommunikationskonzept legt Formate für Presse, soziale Medien und Veranstaltungen fest.',
    fields: ['HF2'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: [],
    responsibleUnit: 'Pressestelle',
    partners: ['Kommunikationsagentur (Demo)'],
    tags: ['öffentlichkeitsarbeit', 'website', 'kommunikation'],
    phase: Phase.A,
    milestones: ['Kommunikationskonzept beschlossen', 'Website online', 'Newsletter gestartet'],
  },
  {
    title: 'Digitale Bürgerbeteiligung im Eifelkreis',
    summary:
      'Eine gemeinsame Beteiligungsplattform für Kreis, Verbandsgemeinden und Stadt Bitburg ermöglicht Umfragen, ' +
      'Ideensammlungen und Kommentierungen von Planungen. Offline-Formate vor Ort ergänzen das Angebot.',
    fields: ['HF2', 'HF1'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Bitburger Land', 'Verbandsgemeinde Speicher', 'Stadt Bitburg'],
    responsibleUnit: 'Projektbüro EIFELKREIS VERBINDET',
    partners: ['Beteiligungsdienstleister (Demo)'],
    tags: ['beteiligung', 'partizipation', 'plattform'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Registrierte Nutzerinnen und Nutzer', unit: 'Personen', baseline: 0, target: 2500 },
    milestones: [
      'Anforderungen mit Verbandsgemeinden abgestimmt',
      'Plattform eingerichtet',
      'Erstes Beteiligungsverfahren gestartet',
      'Evaluation abgeschlossen',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Zukunftsdialoge in den Verbandsgemeinden',
    summary:
      'In jeder Verbandsgemeinde findet ein Zukunftsdialog statt, in dem Bürgerinnen und Bürger Ideen für die ' +
      'Smart-City-Strategie einbringen. Die Ergebnisse fließen in die Digitale Agenda ein.',
    fields: ['HF2'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Prüm', 'Verbandsgemeinde Südeifel'],
    responsibleUnit: 'Projektbüro EIFELKREIS VERBINDET',
    partners: [],
    tags: ['beteiligung', 'workshop', 'strategie'],
    phase: Phase.A,
    strategyWork: true,
    milestones: ['Formate konzipiert', 'Dialoge durchgeführt', 'Ergebnisse dokumentiert'],
  },
  {
    title: 'Digitallotsinnen und Digitallotsen für Ältere',
    summary:
      'Ehrenamtliche Digitallotsen helfen älteren Menschen in Sprechstunden vor Ort beim Umgang mit Smartphone, ' +
      'Tablet und Online-Diensten. Leihgeräte senken die Einstiegshürde.',
    fields: ['HF2', 'HF3'],
    lead: 'Verbandsgemeinde Arzfeld',
    participants: ['Verbandsgemeinde Prüm'],
    responsibleUnit: 'Seniorenbüro',
    partners: ['Seniorenbeirat (Demo)', 'Volkshochschule (Demo)'],
    tags: ['digitale teilhabe', 'senioren', 'ehrenamt'],
    phase: Phase.B,
    indicator: { name: 'Ausgebildete Digitallotsen', unit: 'Personen', baseline: 0, target: 60 },
    milestones: [
      'Schulungskonzept erstellt',
      'Erste Lotsen ausgebildet',
      'Sprechstunden gestartet',
      'Leihgerätepool eingerichtet',
    ],
  },
  {
    title: 'Jugendbeteiligung digital',
    summary:
      'Jugendliche bringen über ein digitales Jugendforum und Workshops in Schulen eigene Projektideen ein. ' +
      'Ein Jugendbudget finanziert ausgewählte Ideen.',
    fields: ['HF2'],
    lead: 'Verbandsgemeinde Speicher',
    participants: ['Verbandsgemeinde Bitburger Land'],
    responsibleUnit: 'Jugendpflege',
    partners: ['Kreisjugendring (Demo)'],
    tags: ['jugend', 'beteiligung', 'jugendbudget'],
    phase: Phase.B,
    milestones: [
      'Jugendforum eingerichtet',
      'Ideenwettbewerb durchgeführt',
      'Projekte ausgewählt',
      'Projekte umgesetzt',
    ],
  },
  {
    title: 'Digitaler Dorfladen',
    summary:
      'In Orten ohne Nahversorgung entstehen rund um die Uhr zugängliche Dorfläden mit digitalem Zugang und ' +
      'Selbstbedienungskasse. Regionale Produkte und Paketannahme ergänzen das Sortiment.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Bitburger Land',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Südeifel'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Dorfladen-Genossenschaft (Demo)', 'Regionaler Großhändler (Demo)'],
    tags: ['nahversorgung', 'dorfladen', 'ländlicher raum'],
    flagship: true,
    phase: Phase.B,
    indicator: { name: 'Eröffnete Dorfläden', unit: 'Läden', baseline: 0, target: 4 },
    milestones: [
      'Standorte ausgewählt',
      'Betreibermodell festgelegt',
      'Erster Laden eröffnet',
      'Weitere Läden eröffnet',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Coworking-Räume in der Eifel',
    summary:
      'In Bitburg und in zwei ländlichen Orten entstehen Coworking-Räume für Pendlerinnen, Pendler und ' +
      'Selbstständige. Eine Online-Buchung regelt die Nutzung.',
    fields: ['HF3'],
    lead: 'Stadt Bitburg',
    participants: ['Verbandsgemeinde Prüm'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Industrie- und Handelskammer (Demo)'],
    tags: ['coworking', 'arbeit', 'pendeln'],
    phase: Phase.B,
    indicator: { name: 'Gebuchte Arbeitsplatztage pro Jahr', unit: 'Tage', baseline: 0, target: 3000 },
    milestones: ['Bedarf erhoben', 'Räume angemietet', 'Ausstattung beschafft', 'Eröffnung', 'Regelbetrieb'],
  },
  {
    title: 'Regionaler Online-Marktplatz für Direktvermarkter',
    summary:
      'Landwirtschaftliche Direktvermarkter und kleine Betriebe bieten ihre Produkte auf einem gemeinsamen ' +
      'Online-Marktplatz an. Abholstationen in den Dörfern bündeln die Auslieferung.',
    fields: ['HF3'],
    lead: 'Verbandsgemeinde Prüm',
    participants: ['Verbandsgemeinde Arzfeld'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Bauern- und Winzerverband (Demo)'],
    tags: ['regionalvermarktung', 'marktplatz', 'landwirtschaft'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Teilnehmende Betriebe', unit: 'Betriebe', baseline: 0, target: 45 },
    milestones: [
      'Betriebe gewonnen',
      'Marktplatz entwickelt',
      'Abholstationen eingerichtet',
      'Marktplatz online',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Digitale Lernorte in Bibliotheken',
    summary:
      'Öffentliche Bibliotheken werden zu digitalen Lernorten mit Makerspace, 3D-Druck und Lernsoftware. ' +
      'Kurse richten sich an Schulkinder und Erwachsene.',
    fields: ['HF3', 'HF2'],
    lead: 'Verbandsgemeinde Speicher',
    participants: ['Stadt Bitburg'],
    responsibleUnit: 'Fachbereich Schulen und Kultur',
    partners: ['Landesbüchereistelle (Demo)'],
    tags: ['bildung', 'bibliothek', 'makerspace'],
    phase: Phase.B,
    milestones: ['Konzept erstellt', 'Ausstattung beschafft', 'Kursprogramm gestartet'],
  },
  {
    title: 'Medienkompetenzzentrum für Schulen',
    summary:
      'Ein Medienkompetenzzentrum berät Schulen im Kreis zur Nutzung digitaler Lernmittel und bildet ' +
      'Lehrkräfte fort. Ausleihbare Gerätekoffer ermöglichen Projekttage.',
    fields: ['HF3'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: [],
    responsibleUnit: 'Schulverwaltungsamt',
    partners: ['Pädagogisches Landesinstitut (Demo)'],
    tags: ['schule', 'medienkompetenz', 'bildung'],
    phase: Phase.B,
    milestones: [
      'Zentrum eingerichtet',
      'Gerätekoffer beschafft',
      'Fortbildungsprogramm gestartet',
      'Verstetigung beschlossen',
    ],
  },
  {
    title: 'Digitale Ausbildungsbörse Eifel',
    summary:
      'Eine Online-Börse bündelt Ausbildungs- und Praktikumsplätze regionaler Betriebe und macht sie für Jugendliche ' +
      'mobil auffindbar. Betriebe pflegen ihre Angebote selbst.',
    fields: ['HF3'],
    lead: 'Stadt Bitburg',
    participants: ['Verbandsgemeinde Bitburger Land', 'Verbandsgemeinde Speicher'],
    responsibleUnit: 'Wirtschaftsförderung',
    partners: ['Handwerkskammer (Demo)', 'Agentur für Arbeit (Demo)'],
    tags: ['ausbildung', 'fachkräfte', 'wirtschaft'],
    phase: Phase.B,
    software: true,
    milestones: ['Anforderungen erhoben', 'Plattform entwickelt', 'Betriebe eingebunden', 'Börse online'],
  },
  {
    title: 'Eifel-Rufbus auf Bestellung',
    summary:
      'Ein digital buchbarer Bedarfsverkehr ergänzt den Linienverkehr in dünn besiedelten Teilen des Kreises. ' +
      'Fahrten werden per App oder Telefon gebucht und gebündelt.',
    fields: ['HF4'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Prüm', 'Verbandsgemeinde Südeifel'],
    responsibleUnit: 'Fachbereich Mobilität',
    partners: ['Verkehrsverbund (Demo)', 'Regionales Busunternehmen (Demo)'],
    tags: ['mobilität', 'on demand', 'öpnv'],
    flagship: true,
    phase: Phase.B,
    software: true,
    indicator: { name: 'Beförderte Fahrgäste pro Monat', unit: 'Fahrgäste', baseline: 0, target: 4000 },
    milestones: [
      'Bediengebiet festgelegt',
      'Ausschreibung veröffentlicht',
      'Auftrag vergeben',
      'Pilotbetrieb gestartet',
      'Ausweitung auf weitere Gebiete',
      'Regelbetrieb',
    ],
  },
  {
    title: 'Digitale Mitfahrbänke',
    summary:
      'Mitfahrbänke an Ortsausgängen werden mit einer Anzeige und einer Web-App verbunden, über die Mitfahrwünsche ' +
      'angekündigt werden. Das Angebot richtet sich besonders an Ältere und Jugendliche.',
    fields: ['HF4', 'HF2'],
    lead: 'Verbandsgemeinde Arzfeld',
    participants: ['Verbandsgemeinde Südeifel'],
    responsibleUnit: 'Ordnungsamt',
    partners: ['Hochschule (Demo)'],
    tags: ['mitfahren', 'mobilität', 'ländlicher raum'],
    phase: Phase.B,
    software: true,
    milestones: ['Standorte festgelegt', 'Bänke aufgestellt', 'Web-App veröffentlicht', 'Evaluation abgeschlossen'],
  },
  {
    title: 'Mobilitätsstationen mit E-Carsharing',
    summary:
      'An Bahnhöfen und zentralen Haltestellen entstehen Mobilitätsstationen mit E-Carsharing, Leihrädern und ' +
      'Ladesäulen. Die Buchung erfolgt über eine gemeinsame Plattform.',
    fields: ['HF4'],
    lead: 'Stadt Bitburg',
    participants: ['Verbandsgemeinde Bitburger Land', 'Verbandsgemeinde Speicher'],
    responsibleUnit: 'Fachbereich Mobilität',
    partners: ['Carsharing-Verein (Demo)', 'Regionaler Energieversorger (Demo)'],
    tags: ['carsharing', 'elektromobilität', 'mobilstation'],
    phase: Phase.B,
    indicator: { name: 'Eingerichtete Mobilitätsstationen', unit: 'Stationen', baseline: 0, target: 8 },
    milestones: [
      'Standortkonzept beschlossen',
      'Betreiber ausgewählt',
      'Erste Stationen eröffnet',
      'Alle Stationen in Betrieb',
    ],
  },
  {
    title: 'Energiemonitoring kommunaler Gebäude',
    summary:
      'Smarte Zähler erfassen Strom-, Wärme- und Wasserverbrauch in Schulen, Turnhallen und Verwaltungsgebäuden. ' +
      'Ein Dashboard zeigt Einsparpotenziale und meldet Auffälligkeiten.',
    fields: ['HF4', 'HF1'],
    lead: 'Eifelkreis Bitburg-Prüm',
    participants: ['Verbandsgemeinde Prüm', 'Stadt Bitburg'],
    responsibleUnit: 'Gebäudemanagement',
    partners: ['Energieagentur (Demo)'],
    tags: ['energie', 'sensorik', 'klimaschutz'],
    phase: Phase.B,
    software: true,
    indicator: { name: 'Energieverbrauch der erfassten Gebäude', unit: 'MWh pro Jahr', baseline: 9800, target: 8300 },
    milestones: [
      'Gebäude ausgewählt',
      'Zähler installiert',
      'Dashboard in Betrieb',
      'Erste Einsparmaßnahmen umgesetzt',
      'Jahresauswertung veröffentlicht',
    ],
  },
  {
    title: 'Bedarfsgesteuerte Straßenbeleuchtung',
    summary:
      'Straßenleuchten in ausgewählten Ortsgemeinden werden auf LED umgerüstet und nachts über Bewegungssensoren ' +
      'gedimmt. Das senkt Stromverbrauch und Lichtverschmutzung.',
    fields: ['HF4'],
    lead: 'Verbandsgemeinde Südeifel',
    participants: [],
    responsibleUnit: 'Fachbereich Bauen und Infrastruktur',
    partners: ['Regionaler Energieversorger (Demo)'],
    tags: ['energie', 'beleuchtung', 'sensorik'],
    phase: Phase.B,
    milestones: [
      'Pilotorte ausgewählt',
      'Leuchten umgerüstet',
      'Sensorsteuerung aktiviert',
      'Evaluation abgeschlossen',
    ],
  },
  {
    title: 'Digitale Dorfgemeinschaftshäuser',
    summary:
      'Dorfgemeinschaftshäuser erhalten WLAN, Videokonferenztechnik und eine Online-Raumbuchung. ' +
      'So werden sie zu Orten für Vereinsarbeit, Sprechstunden und Weiterbildung.',
    fields: ['HF2', 'HF3'],
    lead: 'Verbandsgemeinde Prüm',
    participants: ['Verbandsgemeinde Arzfeld', 'Verbandsgemeinde Speicher'],
    responsibleUnit: 'Fachbereich Bürgerdienste',
    partners: [],
    tags: ['dorfgemeinschaft', 'ehrenamt', 'digitale teilhabe'],
    phase: Phase.B,
    milestones: ['Häuser ausgewählt', 'Technik installiert', 'Raumbuchung freigeschaltet'],
  },
];
