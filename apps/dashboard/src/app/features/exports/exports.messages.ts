import { defineMessages, type MessageTexts } from '../../core/i18n/messages';
import { type MessageParams, textOf } from '../../core/i18n/translator';

const ENGLISH = {
  'exports.pageTitle': 'Exports · Fita',
  'exports.title': 'Exports',
  'exports.lead':
    'Workbooks and CSV tables are built in the background and kept here, to download whenever you need them.',

  'exports.manager.title': 'Manager workbook',
  'exports.manager.lead':
    'The current figures for {question}: overview, trends, breakdowns and courses, in a spreadsheet.',
  'exports.erdf.lead':
    'The figures of this snapshot for the ERDF report, for each operation it covers: indicators per year, participants, money, definitions and provenance.',
  'exports.publication.lead':
    'The published figures of this snapshot at k = {k}: totals, breakdowns, the disclosure rule and provenance, in a spreadsheet.',

  'exports.list.title': 'Your exports',
  'exports.list.titleAll': 'All exports',
  'exports.list.caption': 'Exports, newest first',
  'exports.list.col.export': 'Export',
  'exports.list.col.covers': 'Covers',
  'exports.list.col.requested': 'Requested',
  'exports.list.col.by': 'Requested by',
  'exports.list.col.status': 'Status',
  'exports.list.col.size': 'Size',
  'exports.list.col.file': 'File',
  'exports.list.empty': 'No exports yet.',
  'exports.list.loadFailed': 'The exports could not be loaded. {error}',
  'exports.list.refreshFailed':
    'The list could not be refreshed ({error}); it will try again in a moment.',
  'exports.list.following': 'Exports being built: {n}. The list updates by itself.',

  'exports.kind.erdf': 'ERDF indicator workbook',
  'exports.kind.publication': 'Publication workbook',
  'exports.kind.manager': 'Manager workbook',
  'exports.format.xlsx': 'Excel workbook',
  'exports.format.csv': 'CSV table',
  'exports.format.csvOf': 'CSV table: {table}',
  'exports.covers.snapshot': 'Snapshot {id}',
  'exports.covers.withEvidence': 'with the evidence sheet',
  'exports.covers.threshold': 'threshold k = {k}',
  'exports.covers.language': 'labels in {language}',

  'exports.status.queued': 'Waiting to start',
  'exports.status.running': 'Being built',
  'exports.status.done': 'Ready',
  'exports.status.failed': 'Failed',
  'exports.stage.starting': 'Starting',
  'exports.stage.reading': 'Reading the figures',
  'exports.stage.computing': 'Computing the figures',
  'exports.stage.writing': 'Writing the file',
  'exports.stage.retrying': 'Waiting to try again',
  'exports.stage.working': 'Working',
  'exports.progress.label': 'Progress of the export “{kind}” of {at}',
  'exports.progress.text': '{stage}, {percent} done',
  'exports.failed': 'It could not be built: {error}',
  'exports.keptUntil': 'Kept until {date}, then deleted.',
  'exports.retrying': 'The last attempt failed ({error}); it will be tried again.',
  'exports.download': 'Download',
  'exports.download.label': 'Download {file}',
  'exports.downloading': 'Downloading…',
  'exports.downloadFailed': '{file} could not be downloaded. {error}',

  'exports.control.legend': 'Export: {kind}',
  'exports.control.format': 'File',
  'exports.control.table': 'Table',
  'exports.control.language': 'Language of the file',
  'exports.control.evidence': 'Add the evidence sheet (pseudonymous persons behind each figure)',
  'exports.control.submit': 'Build the file',
  'exports.control.sending': 'Asking…',
  'exports.control.accepted':
    'The file is being built. You can follow it and download it from the exports page.',
  'exports.control.open': 'Go to the exports',
  'exports.control.failed': 'The export was not accepted. {error}',

  'exports.table.overview': 'Overview',
  'exports.table.trends-year': 'Trends by year',
  'exports.table.trends-month': 'Trends by month',
  'exports.table.breakdowns': 'Breakdowns',
  'exports.table.courses': 'Courses',
  'exports.table.identification': 'Operation',
  'exports.table.indicators': 'Indicators',
  'exports.table.participants': 'Participants',
  'exports.table.money': 'Money',
  'exports.table.definitions': 'Definitions',
  'exports.table.provenance': 'Provenance',
  'exports.table.evidence': 'Evidence',
  'exports.table.totals': 'Totals',
  'exports.table.rule': 'Disclosure rule',
} as const satisfies MessageTexts;

/** A text key of this feature, for plain functions that build labels. */
export type ExportsTextKey = keyof typeof ENGLISH;

/** Texts of the exports page and of the export control other pages use (issue 8). */
export const EXPORTS_MESSAGES = defineMessages(ENGLISH, {
  ca: {
    'exports.pageTitle': 'Exportacions · Fita',
    'exports.title': 'Exportacions',
    'exports.lead':
      'Els llibres de càlcul i les taules CSV es generen en segon pla i es conserven aquí perquè els pugueu baixar quan els necessiteu.',

    'exports.manager.title': 'Llibre de gestió',
    'exports.manager.lead':
      'Les xifres actuals de {question}: resum, evolució, desglossaments i cursos, en un full de càlcul.',
    'exports.erdf.lead':
      "Les xifres d'aquesta instantània per a l'informe FEDER, per a cada operació que inclou: indicadors per any, participants, imports, definicions i procedència.",
    'exports.publication.lead':
      "Les xifres publicables d'aquesta instantània amb k = {k}: totals, desglossaments, la regla de confidencialitat i la procedència, en un full de càlcul.",

    'exports.list.title': 'Les vostres exportacions',
    'exports.list.titleAll': 'Totes les exportacions',
    'exports.list.caption': 'Exportacions, de la més recent a la més antiga',
    'exports.list.col.export': 'Exportació',
    'exports.list.col.covers': 'Abast',
    'exports.list.col.requested': 'Sol·licitada',
    'exports.list.col.by': 'Sol·licitada per',
    'exports.list.col.status': 'Estat',
    'exports.list.col.size': 'Mida',
    'exports.list.col.file': 'Fitxer',
    'exports.list.empty': 'Encara no hi ha cap exportació.',
    'exports.list.loadFailed': "No s'han pogut carregar les exportacions. {error}",
    'exports.list.refreshFailed':
      "No s'ha pogut actualitzar la llista ({error}); es tornarà a provar d'aquí a un moment.",
    'exports.list.following': "Exportacions en curs: {n}. La llista s'actualitza sola.",

    'exports.kind.erdf': "Llibre d'indicadors FEDER",
    'exports.kind.publication': 'Llibre de publicació',
    'exports.kind.manager': 'Llibre de gestió',
    'exports.format.xlsx': 'Llibre Excel',
    'exports.format.csv': 'Taula CSV',
    'exports.format.csvOf': 'Taula CSV: {table}',
    'exports.covers.snapshot': 'Instantània {id}',
    'exports.covers.withEvidence': 'amb el full de proves',
    'exports.covers.threshold': 'llindar k = {k}',
    'exports.covers.language': 'etiquetes en {language}',

    'exports.status.queued': 'Esperant per començar',
    'exports.status.running': "S'està generant",
    'exports.status.done': 'Llesta',
    'exports.status.failed': 'Ha fallat',
    'exports.stage.starting': 'Començant',
    'exports.stage.reading': 'Llegint les xifres',
    'exports.stage.computing': 'Calculant les xifres',
    'exports.stage.writing': 'Escrivint el fitxer',
    'exports.stage.retrying': 'Esperant per tornar-ho a provar',
    'exports.stage.working': 'Treballant',
    'exports.progress.label': "Progrés de l'exportació «{kind}» del {at}",
    'exports.progress.text': '{stage}, {percent} fet',
    'exports.failed': "No s'ha pogut generar: {error}",
    'exports.keptUntil': 'Es conserva fins al {date} i després se suprimeix.',
    'exports.retrying': "L'últim intent ha fallat ({error}); es tornarà a provar.",
    'exports.download': 'Baixa',
    'exports.download.label': 'Baixa {file}',
    'exports.downloading': 'Baixant…',
    'exports.downloadFailed': "No s'ha pogut baixar {file}. {error}",

    'exports.control.legend': 'Exporta: {kind}',
    'exports.control.format': 'Fitxer',
    'exports.control.table': 'Taula',
    'exports.control.language': 'Idioma del fitxer',
    'exports.control.evidence':
      'Afegeix el full de proves (persones pseudonimitzades darrere de cada xifra)',
    'exports.control.submit': 'Genera el fitxer',
    'exports.control.sending': 'Sol·licitant…',
    'exports.control.accepted':
      "S'està generant el fitxer. Podeu seguir-ne el progrés i baixar-lo des de la pàgina d'exportacions.",
    'exports.control.open': 'Ves a les exportacions',
    'exports.control.failed': "No s'ha acceptat l'exportació. {error}",

    'exports.table.overview': 'Resum',
    'exports.table.trends-year': 'Evolució anual',
    'exports.table.trends-month': 'Evolució mensual',
    'exports.table.breakdowns': 'Desglossaments',
    'exports.table.courses': 'Cursos',
    'exports.table.identification': 'Operació',
    'exports.table.indicators': 'Indicadors',
    'exports.table.participants': 'Participants',
    'exports.table.money': 'Imports',
    'exports.table.definitions': 'Definicions',
    'exports.table.provenance': 'Procedència',
    'exports.table.evidence': 'Proves',
    'exports.table.totals': 'Totals',
    'exports.table.rule': 'Regla de confidencialitat',
  },
  es: {
    'exports.pageTitle': 'Exportaciones · Fita',
    'exports.title': 'Exportaciones',
    'exports.lead':
      'Los libros de cálculo y las tablas CSV se generan en segundo plano y se conservan aquí para que pueda descargarlos cuando los necesite.',

    'exports.manager.title': 'Libro de gestión',
    'exports.manager.lead':
      'Las cifras actuales de {question}: resumen, evolución, desgloses y cursos, en una hoja de cálculo.',
    'exports.erdf.lead':
      'Las cifras de esta instantánea para el informe FEDER, para cada operación que incluye: indicadores por año, participantes, importes, definiciones y procedencia.',
    'exports.publication.lead':
      'Las cifras publicables de esta instantánea con k = {k}: totales, desgloses, la regla de confidencialidad y la procedencia, en una hoja de cálculo.',

    'exports.list.title': 'Sus exportaciones',
    'exports.list.titleAll': 'Todas las exportaciones',
    'exports.list.caption': 'Exportaciones, de la más reciente a la más antigua',
    'exports.list.col.export': 'Exportación',
    'exports.list.col.covers': 'Alcance',
    'exports.list.col.requested': 'Solicitada',
    'exports.list.col.by': 'Solicitada por',
    'exports.list.col.status': 'Estado',
    'exports.list.col.size': 'Tamaño',
    'exports.list.col.file': 'Archivo',
    'exports.list.empty': 'Todavía no hay ninguna exportación.',
    'exports.list.loadFailed': 'No se han podido cargar las exportaciones. {error}',
    'exports.list.refreshFailed':
      'No se ha podido actualizar la lista ({error}); se volverá a intentar en un momento.',
    'exports.list.following': 'Exportaciones en curso: {n}. La lista se actualiza sola.',

    'exports.kind.erdf': 'Libro de indicadores FEDER',
    'exports.kind.publication': 'Libro de publicación',
    'exports.kind.manager': 'Libro de gestión',
    'exports.format.xlsx': 'Libro Excel',
    'exports.format.csv': 'Tabla CSV',
    'exports.format.csvOf': 'Tabla CSV: {table}',
    'exports.covers.snapshot': 'Instantánea {id}',
    'exports.covers.withEvidence': 'con la hoja de evidencias',
    'exports.covers.threshold': 'umbral k = {k}',
    'exports.covers.language': 'etiquetas en {language}',

    'exports.status.queued': 'Esperando para empezar',
    'exports.status.running': 'Generándose',
    'exports.status.done': 'Lista',
    'exports.status.failed': 'Ha fallado',
    'exports.stage.starting': 'Empezando',
    'exports.stage.reading': 'Leyendo las cifras',
    'exports.stage.computing': 'Calculando las cifras',
    'exports.stage.writing': 'Escribiendo el archivo',
    'exports.stage.retrying': 'Esperando para volver a intentarlo',
    'exports.stage.working': 'Trabajando',
    'exports.progress.label': 'Progreso de la exportación «{kind}» del {at}',
    'exports.progress.text': '{stage}, {percent} hecho',
    'exports.failed': 'No se ha podido generar: {error}',
    'exports.keptUntil': 'Se conserva hasta el {date} y después se elimina.',
    'exports.retrying': 'El último intento ha fallado ({error}); se volverá a intentar.',
    'exports.download': 'Descargar',
    'exports.download.label': 'Descargar {file}',
    'exports.downloading': 'Descargando…',
    'exports.downloadFailed': 'No se ha podido descargar {file}. {error}',

    'exports.control.legend': 'Exportar: {kind}',
    'exports.control.format': 'Archivo',
    'exports.control.table': 'Tabla',
    'exports.control.language': 'Idioma del archivo',
    'exports.control.evidence':
      'Añadir la hoja de evidencias (personas seudonimizadas detrás de cada cifra)',
    'exports.control.submit': 'Generar el archivo',
    'exports.control.sending': 'Solicitando…',
    'exports.control.accepted':
      'Se está generando el archivo. Puede seguir su progreso y descargarlo desde la página de exportaciones.',
    'exports.control.open': 'Ir a las exportaciones',
    'exports.control.failed': 'No se ha aceptado la exportación. {error}',

    'exports.table.overview': 'Resumen',
    'exports.table.trends-year': 'Evolución anual',
    'exports.table.trends-month': 'Evolución mensual',
    'exports.table.breakdowns': 'Desgloses',
    'exports.table.courses': 'Cursos',
    'exports.table.identification': 'Operación',
    'exports.table.indicators': 'Indicadores',
    'exports.table.participants': 'Participantes',
    'exports.table.money': 'Importes',
    'exports.table.definitions': 'Definiciones',
    'exports.table.provenance': 'Procedencia',
    'exports.table.evidence': 'Evidencias',
    'exports.table.totals': 'Totales',
    'exports.table.rule': 'Regla de confidencialidad',
  },
});

/** A text of this feature in the page load's language, for labels built outside templates. */
export function exportsText(key: ExportsTextKey, params?: MessageParams): string {
  return textOf(EXPORTS_MESSAGES, key, params);
}
