import { defineMessages } from '../../core/i18n/messages';

/** Texts of the overview, the programme managers' landing page. */
export const OVERVIEW_MESSAGES = defineMessages(
  {
    'overview.documentTitle': 'Overview · Fita',
    'overview.title': 'Overview',
    'overview.lead': 'Key figures for {question}, each with its change on the year before.',
    'overview.choosingPeriod': 'Finding the latest complete year with data…',

    'overview.kpis.title': 'Key figures',
    'overview.kpis.error': 'The key figures could not be loaded. {reason}',
    'overview.kpis.empty':
      'Nothing was counted for {question}. Choose another period, or fewer filters.',
    'overview.kpi.users': 'Users',
    'overview.kpi.users.counts': 'People with at least one learning activity in the period.',
    'overview.kpi.enrolments': 'Enrolments',
    'overview.kpi.enrolments.counts': "A person's first enrolment in a course, in the period.",
    'overview.kpi.completions': 'Completions',
    'overview.kpi.completions.counts': "A person's first completion of a course, in the period.",
    'overview.kpi.completionRate': 'Completion rate',
    'overview.kpi.completionRate.counts':
      'Completions ÷ enrolments of the period: two flows, not one group of people followed through.',
    'overview.kpi.coursesPerPerson': 'Courses per person',
    'overview.kpi.coursesPerPerson.counts':
      'Courses completed per user: completions ÷ users of the period.',
    'overview.kpi.womenShare': 'Share of women',
    'overview.kpi.womenShare.counts':
      'Women ÷ all {users} users of the period, including the {unknown} whose sex is not known.',
    'overview.change.up': 'Up',
    'overview.change.down': 'Down',
    'overview.change.flat': 'No change',
    'overview.change.versus': '{change} vs {previous}',
    'overview.change.unavailable': 'n/a vs {previous}: nothing to compare with',

    'overview.targets.title': 'Progress towards targets',
    'overview.targets.lead':
      "Each operation's funding indicators, over the operation's own period: the filters above do not apply.",
    'overview.targets.error': 'Progress towards targets could not be loaded. {reason}',
    'overview.targets.noOperation':
      'No operation has been recorded yet, so there is no target to measure progress against.',
    'overview.targets.noTargets': 'No operation has a target set for its indicators yet.',
    'overview.targets.operationNoTargets': 'No target is set for the indicators of this operation.',
    'overview.targets.progressLabel': '{code}: {percent} of the target',
    'overview.targets.progress': '{value} of {target} {unit} ({percent})',
    'overview.targets.when': 'Value for {year}; target for {targetYear}.',
    'overview.targets.noValue': 'No value yet; the target is {target} {unit} for {targetYear}.',
    'overview.targets.milestone': 'Milestone for {year}: {value} {unit}, {percent} reached.',
    'overview.targets.milestoneNoValue':
      'Milestone for {year}: {value} {unit}; there is no value for that year.',

    'overview.perYear.title': 'Users, enrolments and completions per year',
    'overview.perYear.caption': 'per year, {scope}',
    'overview.perYear.error': 'The figures per year could not be loaded. {reason}',
    'overview.perYear.empty':
      'Nothing has been counted for {scope} yet. Figures appear here once learning activity arrives.',

    'overview.freshness.asOf': 'Data as of {time}',
    'overview.freshness.noStatements': 'No statements received yet',
    'overview.freshness.checking': 'Checking data freshness…',
    'overview.freshness.unknown': 'Data freshness is unknown.',
    'overview.freshness.refreshing':
      'Figures are refreshing: {processed} of {stored} statements processed. They will update automatically.',
  },
  {
    ca: {
      'overview.documentTitle': 'Resum · Fita',
      'overview.title': 'Resum',
      'overview.lead':
        "Xifres clau de {question}, cadascuna amb la variació respecte a l'any anterior.",
      'overview.choosingPeriod': "S'està cercant l'últim any complet amb dades…",

      'overview.kpis.title': 'Xifres clau',
      'overview.kpis.error': "No s'han pogut carregar les xifres clau. {reason}",
      'overview.kpis.empty':
        "No s'ha comptat res per a {question}. Trieu un altre període o menys filtres.",
      'overview.kpi.users': 'Usuaris',
      'overview.kpi.users.counts':
        "Persones amb almenys una activitat d'aprenentatge en el període.",
      'overview.kpi.enrolments': 'Inscripcions',
      'overview.kpi.enrolments.counts':
        "La primera inscripció d'una persona en un curs, dins del període.",
      'overview.kpi.completions': 'Finalitzacions',
      'overview.kpi.completions.counts':
        "La primera finalització d'un curs per part d'una persona, dins del període.",
      'overview.kpi.completionRate': 'Taxa de finalització',
      'overview.kpi.completionRate.counts':
        'Finalitzacions ÷ inscripcions del període: dos fluxos, no un mateix grup de persones seguit fins al final.',
      'overview.kpi.coursesPerPerson': 'Cursos per persona',
      'overview.kpi.coursesPerPerson.counts':
        'Cursos finalitzats per usuari: finalitzacions ÷ usuaris del període.',
      'overview.kpi.womenShare': 'Proporció de dones',
      'overview.kpi.womenShare.counts':
        'Dones ÷ tots els {users} usuaris del període, inclosos els {unknown} de sexe desconegut.',
      'overview.change.up': 'Puja',
      'overview.change.down': 'Baixa',
      'overview.change.flat': 'Sense canvis',
      'overview.change.versus': '{change} respecte a {previous}',
      'overview.change.unavailable': 'n/d respecte a {previous}: no hi ha res per comparar',

      'overview.targets.title': 'Progrés cap als objectius',
      'overview.targets.lead':
        "Els indicadors de finançament de cada operació, al llarg del període de l'operació: els filtres de dalt no s'hi apliquen.",
      'overview.targets.error': "No s'ha pogut carregar el progrés cap als objectius. {reason}",
      'overview.targets.noOperation':
        "Encara no s'ha registrat cap operació, de manera que no hi ha cap objectiu per mesurar el progrés.",
      'overview.targets.noTargets':
        'Encara cap operació no té objectius fixats per als seus indicadors.',
      'overview.targets.operationNoTargets':
        "No s'ha fixat cap objectiu per als indicadors d'aquesta operació.",
      'overview.targets.progressLabel': "{code}: {percent} de l'objectiu",
      'overview.targets.progress': '{value} de {target} {unit} ({percent})',
      'overview.targets.when': 'Valor de {year}; objectiu per a {targetYear}.',
      'overview.targets.noValue':
        "Encara no hi ha cap valor; l'objectiu és {target} {unit} per a {targetYear}.",
      'overview.targets.milestone': 'Fita per a {year}: {value} {unit}, assolida en un {percent}.',
      'overview.targets.milestoneNoValue':
        'Fita per a {year}: {value} {unit}; no hi ha cap valor per a aquell any.',

      'overview.perYear.title': 'Usuaris, inscripcions i finalitzacions per any',
      'overview.perYear.caption': 'per any, {scope}',
      'overview.perYear.error': "No s'han pogut carregar les xifres per any. {reason}",
      'overview.perYear.empty':
        "Encara no s'ha comptat res per a {scope}. Les xifres hi apareixeran quan arribi activitat d'aprenentatge.",

      'overview.freshness.asOf': 'Dades actualitzades a {time}',
      'overview.freshness.noStatements': "Encara no s'ha rebut cap declaració",
      'overview.freshness.checking': "S'està comprovant l'actualitat de les dades…",
      'overview.freshness.unknown': 'No se sap fins a quin punt les dades estan al dia.',
      'overview.freshness.refreshing':
        "Les xifres s'estan actualitzant: {processed} de {stored} declaracions processades. S'actualitzaran automàticament.",
    },
    es: {
      'overview.documentTitle': 'Resumen · Fita',
      'overview.title': 'Resumen',
      'overview.lead':
        'Cifras clave de {question}, cada una con su variación respecto al año anterior.',
      'overview.choosingPeriod': 'Buscando el último año completo con datos…',

      'overview.kpis.title': 'Cifras clave',
      'overview.kpis.error': 'No se han podido cargar las cifras clave. {reason}',
      'overview.kpis.empty':
        'No se ha contado nada para {question}. Elija otro periodo o menos filtros.',
      'overview.kpi.users': 'Usuarios',
      'overview.kpi.users.counts':
        'Personas con al menos una actividad de aprendizaje en el periodo.',
      'overview.kpi.enrolments': 'Inscripciones',
      'overview.kpi.enrolments.counts':
        'La primera inscripción de una persona en un curso, dentro del periodo.',
      'overview.kpi.completions': 'Finalizaciones',
      'overview.kpi.completions.counts':
        'La primera finalización de un curso por parte de una persona, dentro del periodo.',
      'overview.kpi.completionRate': 'Tasa de finalización',
      'overview.kpi.completionRate.counts':
        'Finalizaciones ÷ inscripciones del periodo: dos flujos, no un mismo grupo de personas seguido hasta el final.',
      'overview.kpi.coursesPerPerson': 'Cursos por persona',
      'overview.kpi.coursesPerPerson.counts':
        'Cursos finalizados por usuario: finalizaciones ÷ usuarios del periodo.',
      'overview.kpi.womenShare': 'Proporción de mujeres',
      'overview.kpi.womenShare.counts':
        'Mujeres ÷ todos los {users} usuarios del periodo, incluidos los {unknown} de sexo desconocido.',
      'overview.change.up': 'Sube',
      'overview.change.down': 'Baja',
      'overview.change.flat': 'Sin cambios',
      'overview.change.versus': '{change} respecto a {previous}',
      'overview.change.unavailable': 'n/d respecto a {previous}: no hay nada con que comparar',

      'overview.targets.title': 'Progreso hacia los objetivos',
      'overview.targets.lead':
        'Los indicadores de financiación de cada operación, a lo largo del periodo de la operación: los filtros de arriba no se aplican.',
      'overview.targets.error': 'No se ha podido cargar el progreso hacia los objetivos. {reason}',
      'overview.targets.noOperation':
        'Todavía no se ha registrado ninguna operación, así que no hay ningún objetivo con el que medir el progreso.',
      'overview.targets.noTargets':
        'Todavía ninguna operación tiene objetivos fijados para sus indicadores.',
      'overview.targets.operationNoTargets':
        'No se ha fijado ningún objetivo para los indicadores de esta operación.',
      'overview.targets.progressLabel': '{code}: {percent} del objetivo',
      'overview.targets.progress': '{value} de {target} {unit} ({percent})',
      'overview.targets.when': 'Valor de {year}; objetivo para {targetYear}.',
      'overview.targets.noValue':
        'Todavía no hay ningún valor; el objetivo es {target} {unit} para {targetYear}.',
      'overview.targets.milestone': 'Hito para {year}: {value} {unit}, alcanzado en un {percent}.',
      'overview.targets.milestoneNoValue':
        'Hito para {year}: {value} {unit}; no hay ningún valor para ese año.',

      'overview.perYear.title': 'Usuarios, inscripciones y finalizaciones por año',
      'overview.perYear.caption': 'por año, {scope}',
      'overview.perYear.error': 'No se han podido cargar las cifras por año. {reason}',
      'overview.perYear.empty':
        'Todavía no se ha contado nada para {scope}. Las cifras aparecerán cuando llegue actividad de aprendizaje.',

      'overview.freshness.asOf': 'Datos actualizados a {time}',
      'overview.freshness.noStatements': 'Todavía no se ha recibido ninguna declaración',
      'overview.freshness.checking': 'Comprobando la actualidad de los datos…',
      'overview.freshness.unknown': 'No se sabe hasta qué punto los datos están al día.',
      'overview.freshness.refreshing':
        'Las cifras se están actualizando: {processed} de {stored} declaraciones procesadas. Se actualizarán automáticamente.',
    },
  },
);
