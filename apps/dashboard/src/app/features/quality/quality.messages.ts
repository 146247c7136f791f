import { defineMessages } from '../../core/i18n/messages';

/**
 * Texts of the data quality page. `quality.reason.<code>` explains the LRS's
 * error codes; a code without one is shown as it is.
 */
export const QUALITY_MESSAGES = defineMessages(
  {
    'quality.pageTitle': 'Data quality · Fita',
    'quality.title': 'Data quality',
    'quality.lead':
      'What the figures leave out or cannot break down, and why: statements received and refused, statements skipped, persons without demographics and activities missing from the catalogue.',
    'quality.loadError': 'The data quality report could not be loaded. {reason}',

    'quality.summary.title': 'Summary',
    'quality.summary.received': 'Statements received',
    'quality.summary.receivedCounts': 'Every statement the LRS has stored, whatever it says.',
    'quality.summary.voided': 'Statements voided',
    'quality.summary.voidedCounts':
      'Statements withdrawn by a voiding statement: the figures leave them out.',
    'quality.summary.rejected': 'Rejected requests',
    'quality.summary.rejectedCounts':
      'Requests to store statements that the LRS refused. A refused batch stores none of its statements and counts once.',
    'quality.summary.groups': 'Group actors skipped',
    'quality.summary.groupsCounts':
      'Statements whose actor is a group rather than a person: stored, but never counted.',
    'quality.summary.persons': 'Persons without demographics',
    'quality.summary.personsCounts':
      'Registry persons with no demographic at all ({registered}), and learners the registry does not list ({unregistered}): the breakdowns count them as unknown.',

    'quality.received.title': 'Statements received per month',
    'quality.received.lead': 'By the month the LRS stored them, in the reporting time zone.',
    'quality.received.chart':
      'Bar chart of the statements received per month. The same figures are in the table below.',
    'quality.received.series': 'Statements received',
    'quality.received.caption': 'Statements received per month',
    'quality.received.month': 'Month',
    'quality.received.count': 'Statements',
    'quality.received.empty': 'No statements received yet.',

    'quality.rejections.title': 'Rejected statements',
    'quality.rejections.lead':
      'The LRS refuses statements that break the xAPI rules and stores nothing of a refused request. Ask the sending system to fix them: the message says where, without the values sent.',
    'quality.rejections.empty': 'No rejected statements.',
    'quality.rejections.byReason': 'By reason',
    'quality.rejections.byReasonCaption': 'Rejected requests by reason, the most frequent first',
    'quality.rejections.reason': 'Reason',
    'quality.rejections.requests': 'Requests',
    'quality.rejections.lastRejected': 'Last refused',
    'quality.rejections.latest': 'Latest rejections',
    'quality.rejections.latestCaption': 'The latest rejected requests, the newest first',
    'quality.rejections.when': 'When',
    'quality.rejections.where': 'Where and why',
    'quality.rejections.credential': 'LRS credential',
    'quality.reason.xapi.invalid_statement': 'A statement breaks the xAPI rules.',
    'quality.reason.xapi.duplicate_id_in_batch': 'A batch repeats a statement id.',
    'quality.reason.xapi.statement_conflict':
      'A statement id is already stored with other content.',
    'quality.reason.xapi.put_id_mismatch': 'The statement id differs from the one in the address.',
    'quality.reason.xapi.empty_batch': 'The batch is empty.',
    'quality.reason.xapi.batch_too_large': 'The batch holds too many statements.',
    'quality.reason.xapi.content_type': 'The request is neither JSON nor multipart/mixed.',
    'quality.reason.xapi.attachment_missing': 'An attachment came without its content.',
    'quality.reason.xapi.signature_invalid': 'A signature does not match its statement.',

    'quality.persons.title': 'Persons without demographics',
    'quality.persons.lead':
      'The breakdowns count a missing demographic as unknown. Complete the learner registry and import it again.',
    'quality.persons.unregistered':
      'Learners with counted activity whom the registry does not list',
    'quality.persons.registered': 'Persons in the registry',
    'quality.persons.caption': 'Registry persons missing each demographic',
    'quality.persons.demographic': 'Demographic',
    'quality.persons.missing': 'Persons without it',
    'quality.persons.noneAtAll': 'None at all',
    'quality.persons.sex': 'Sex',
    'quality.persons.birthYear': 'Birth year',
    'quality.persons.iscedLevel': 'Education level',
    'quality.persons.employmentStatus': 'Employment status',
    'quality.persons.municipality': 'Municipality',
    'quality.persons.emptyRegistry':
      'The learner registry is empty: every learner counts with unknown demographics.',
    'quality.persons.complete': 'Every registry person has every demographic.',

    'quality.uncatalogued.title': 'Activities missing from the catalogue',
    'quality.uncatalogued.lead':
      'Statements mention these activities as courses would be; until they are in the catalogue, the figures count them as uncatalogued courses. The {n} most used are listed.',
    'quality.uncatalogued.classifyHint':
      'Classify an activity to add it to the catalogue; the figures take it into account at their next refresh.',
    'quality.uncatalogued.caption': 'Activities missing from the catalogue, the most used first',
    'quality.uncatalogued.activityId': 'Activity id',
    'quality.uncatalogued.name': 'Name',
    'quality.uncatalogued.statements': 'Statements',
    'quality.uncatalogued.action': 'Action',
    'quality.uncatalogued.classify': 'Classify',
    'quality.uncatalogued.classifyActivity': 'Classify {activity}',
    'quality.uncatalogued.none': 'Every activity statements mention is in the catalogue.',
    'quality.uncatalogued.added': '“{title}” was added to the catalogue.',

    'quality.classify.legend': 'Catalogue entry for {activity}',
    'quality.classify.activityId': 'Course id',
    'quality.classify.activityIdHint': 'The activity id, as statements carry it.',
    'quality.classify.title': 'Title',
    'quality.classify.format': 'Course format',
    'quality.classify.mode': 'Mode',
    'quality.classify.mode.async': 'Self-paced (async)',
    'quality.classify.mode.sync': 'Live (sync)',
    'quality.classify.choose': 'Choose one',
    'quality.classify.programme': 'Programme (optional)',
    'quality.classify.tags': 'Tags (optional)',
    'quality.classify.tagsHint':
      'Lower-case words separated by ;, such as equality;digital-skills.',
    'quality.classify.required': '{field} is required.',
    'quality.classify.submit': 'Add to the catalogue',
    'quality.classify.saving': 'Adding…',
    'quality.classify.cancel': 'Cancel',
    'quality.classify.failedFields': 'The course was not added: check the fields marked below.',
    'quality.classify.failed': 'The course was not added. {reason}',
  },
  {
    ca: {
      'quality.pageTitle': 'Qualitat de les dades · Fita',
      'quality.title': 'Qualitat de les dades',
      'quality.lead':
        'Què deixen fora les xifres o què no poden desglossar, i per què: declaracions rebudes i rebutjades, declaracions descartades, persones sense dades demogràfiques i activitats que no són al catàleg.',
      'quality.loadError': "No s'ha pogut carregar l'informe de qualitat de les dades. {reason}",

      'quality.summary.title': 'Resum',
      'quality.summary.received': 'Declaracions rebudes',
      'quality.summary.receivedCounts':
        'Totes les declaracions que el LRS ha desat, digui el que digui cadascuna.',
      'quality.summary.voided': 'Declaracions anul·lades',
      'quality.summary.voidedCounts':
        "Declaracions retirades per una declaració d'anul·lació: les xifres no les compten.",
      'quality.summary.rejected': 'Peticions rebutjades',
      'quality.summary.rejectedCounts':
        "Peticions per desar declaracions que el LRS ha refusat. D'un lot refusat no es desa cap declaració i compta una sola vegada.",
      'quality.summary.groups': 'Grups com a actor, descartats',
      'quality.summary.groupsCounts':
        "Declaracions l'actor de les quals és un grup i no una persona: es desen, però no es compten mai.",
      'quality.summary.persons': 'Persones sense dades demogràfiques',
      'quality.summary.personsCounts':
        'Persones del registre sense cap dada demogràfica ({registered}) i participants que el registre no inclou ({unregistered}): els desglossaments les compten com a desconegudes.',

      'quality.received.title': 'Declaracions rebudes per mes',
      'quality.received.lead':
        'Segons el mes en què el LRS les va desar, en la zona horària dels informes.',
      'quality.received.chart':
        'Gràfic de barres de les declaracions rebudes per mes. Les mateixes xifres són a la taula de sota.',
      'quality.received.series': 'Declaracions rebudes',
      'quality.received.caption': 'Declaracions rebudes per mes',
      'quality.received.month': 'Mes',
      'quality.received.count': 'Declaracions',
      'quality.received.empty': "Encara no s'ha rebut cap declaració.",

      'quality.rejections.title': 'Declaracions rebutjades',
      'quality.rejections.lead':
        "El LRS refusa les declaracions que incompleixen les regles d'xAPI i no desa res d'una petició refusada. Demaneu al sistema que les envia que les corregeixi: el missatge indica on és l'error, sense els valors enviats.",
      'quality.rejections.empty': 'No hi ha cap declaració rebutjada.',
      'quality.rejections.byReason': 'Per motiu',
      'quality.rejections.byReasonCaption':
        'Peticions rebutjades per motiu, les més freqüents primer',
      'quality.rejections.reason': 'Motiu',
      'quality.rejections.requests': 'Peticions',
      'quality.rejections.lastRejected': 'Darrer rebuig',
      'quality.rejections.latest': 'Darrers rebutjos',
      'quality.rejections.latestCaption':
        'Les darreres peticions rebutjades, les més recents primer',
      'quality.rejections.when': 'Quan',
      'quality.rejections.where': 'On i per què',
      'quality.rejections.credential': 'Credencial del LRS',
      'quality.reason.xapi.invalid_statement': "Una declaració incompleix les regles d'xAPI.",
      'quality.reason.xapi.duplicate_id_in_batch':
        "Un lot repeteix l'identificador d'una declaració.",
      'quality.reason.xapi.statement_conflict':
        "L'identificador d'una declaració ja està desat amb un altre contingut.",
      'quality.reason.xapi.put_id_mismatch':
        "L'identificador de la declaració no coincideix amb el de l'adreça.",
      'quality.reason.xapi.empty_batch': 'El lot és buit.',
      'quality.reason.xapi.batch_too_large': 'El lot conté massa declaracions.',
      'quality.reason.xapi.content_type': 'La petició no és ni JSON ni multipart/mixed.',
      'quality.reason.xapi.attachment_missing': 'Un adjunt ha arribat sense el seu contingut.',
      'quality.reason.xapi.signature_invalid': 'Una signatura no correspon a la seva declaració.',

      'quality.persons.title': 'Persones sense dades demogràfiques',
      'quality.persons.lead':
        'Els desglossaments compten una dada demogràfica que falta com a desconeguda. Completeu el registre de participants i torneu-lo a importar.',
      'quality.persons.unregistered':
        'Participants amb activitat comptada que el registre no inclou',
      'quality.persons.registered': 'Persones del registre',
      'quality.persons.caption': 'Persones del registre a les quals falta cada dada demogràfica',
      'quality.persons.demographic': 'Dada demogràfica',
      'quality.persons.missing': 'Persones sense aquesta dada',
      'quality.persons.noneAtAll': 'Cap dada',
      'quality.persons.sex': 'Sexe',
      'quality.persons.birthYear': 'Any de naixement',
      'quality.persons.iscedLevel': "Nivell d'estudis",
      'quality.persons.employmentStatus': 'Situació laboral',
      'quality.persons.municipality': 'Municipi',
      'quality.persons.emptyRegistry':
        'El registre de participants és buit: tots els participants compten amb dades demogràfiques desconegudes.',
      'quality.persons.complete':
        'Totes les persones del registre tenen totes les dades demogràfiques.',

      'quality.uncatalogued.title': 'Activitats que no són al catàleg',
      'quality.uncatalogued.lead':
        'Les declaracions esmenten aquestes activitats com si fossin cursos; mentre no siguin al catàleg, les xifres les compten com a cursos sense catalogar. Es mostren les {n} més utilitzades.',
      'quality.uncatalogued.classifyHint':
        'Classifiqueu una activitat per afegir-la al catàleg; les xifres la tindran en compte en la propera actualització.',
      'quality.uncatalogued.caption':
        'Activitats que no són al catàleg, les més utilitzades primer',
      'quality.uncatalogued.activityId': "Identificador de l'activitat",
      'quality.uncatalogued.name': 'Nom',
      'quality.uncatalogued.statements': 'Declaracions',
      'quality.uncatalogued.action': 'Acció',
      'quality.uncatalogued.classify': 'Classifica',
      'quality.uncatalogued.classifyActivity': 'Classifica {activity}',
      'quality.uncatalogued.none':
        'Totes les activitats que esmenten les declaracions són al catàleg.',
      'quality.uncatalogued.added': "S'ha afegit «{title}» al catàleg.",

      'quality.classify.legend': 'Entrada del catàleg per a {activity}',
      'quality.classify.activityId': 'Identificador del curs',
      'quality.classify.activityIdHint':
        "L'identificador de l'activitat, tal com el porten les declaracions.",
      'quality.classify.title': 'Títol',
      'quality.classify.format': 'Format del curs',
      'quality.classify.mode': 'Modalitat',
      'quality.classify.mode.async': 'Al vostre ritme (asíncrona)',
      'quality.classify.mode.sync': 'En directe (síncrona)',
      'quality.classify.choose': 'Trieu-ne una',
      'quality.classify.programme': 'Programa (opcional)',
      'quality.classify.tags': 'Etiquetes (opcional)',
      'quality.classify.tagsHint':
        'Paraules en minúscules separades per ;, com ara equality;digital-skills.',
      'quality.classify.required': 'Cal indicar: {field}.',
      'quality.classify.submit': 'Afegeix al catàleg',
      'quality.classify.saving': "S'està afegint…",
      'quality.classify.cancel': 'Cancel·la',
      'quality.classify.failedFields':
        "No s'ha afegit el curs: reviseu els camps marcats a continuació.",
      'quality.classify.failed': "No s'ha afegit el curs. {reason}",
    },
    es: {
      'quality.pageTitle': 'Calidad de los datos · Fita',
      'quality.title': 'Calidad de los datos',
      'quality.lead':
        'Qué dejan fuera las cifras o qué no pueden desglosar, y por qué: declaraciones recibidas y rechazadas, declaraciones descartadas, personas sin datos demográficos y actividades que no están en el catálogo.',
      'quality.loadError': 'No se ha podido cargar el informe de calidad de los datos. {reason}',

      'quality.summary.title': 'Resumen',
      'quality.summary.received': 'Declaraciones recibidas',
      'quality.summary.receivedCounts':
        'Todas las declaraciones que el LRS ha guardado, digan lo que digan.',
      'quality.summary.voided': 'Declaraciones anuladas',
      'quality.summary.voidedCounts':
        'Declaraciones retiradas por una declaración de anulación: las cifras no las cuentan.',
      'quality.summary.rejected': 'Peticiones rechazadas',
      'quality.summary.rejectedCounts':
        'Peticiones para guardar declaraciones que el LRS ha rechazado. De un lote rechazado no se guarda ninguna declaración y cuenta una sola vez.',
      'quality.summary.groups': 'Grupos como actor, descartados',
      'quality.summary.groupsCounts':
        'Declaraciones cuyo actor es un grupo y no una persona: se guardan, pero nunca se cuentan.',
      'quality.summary.persons': 'Personas sin datos demográficos',
      'quality.summary.personsCounts':
        'Personas del registro sin ningún dato demográfico ({registered}) y participantes que el registro no incluye ({unregistered}): los desgloses los cuentan como desconocidos.',

      'quality.received.title': 'Declaraciones recibidas por mes',
      'quality.received.lead':
        'Según el mes en que el LRS las guardó, en la zona horaria de los informes.',
      'quality.received.chart':
        'Gráfico de barras de las declaraciones recibidas por mes. Las mismas cifras están en la tabla de abajo.',
      'quality.received.series': 'Declaraciones recibidas',
      'quality.received.caption': 'Declaraciones recibidas por mes',
      'quality.received.month': 'Mes',
      'quality.received.count': 'Declaraciones',
      'quality.received.empty': 'Todavía no se ha recibido ninguna declaración.',

      'quality.rejections.title': 'Declaraciones rechazadas',
      'quality.rejections.lead':
        'El LRS rechaza las declaraciones que incumplen las reglas de xAPI y no guarda nada de una petición rechazada. Pida al sistema que las envía que las corrija: el mensaje indica dónde está el error, sin los valores enviados.',
      'quality.rejections.empty': 'No hay ninguna declaración rechazada.',
      'quality.rejections.byReason': 'Por motivo',
      'quality.rejections.byReasonCaption':
        'Peticiones rechazadas por motivo, las más frecuentes primero',
      'quality.rejections.reason': 'Motivo',
      'quality.rejections.requests': 'Peticiones',
      'quality.rejections.lastRejected': 'Último rechazo',
      'quality.rejections.latest': 'Últimos rechazos',
      'quality.rejections.latestCaption':
        'Las últimas peticiones rechazadas, las más recientes primero',
      'quality.rejections.when': 'Cuándo',
      'quality.rejections.where': 'Dónde y por qué',
      'quality.rejections.credential': 'Credencial del LRS',
      'quality.reason.xapi.invalid_statement': 'Una declaración incumple las reglas de xAPI.',
      'quality.reason.xapi.duplicate_id_in_batch':
        'Un lote repite el identificador de una declaración.',
      'quality.reason.xapi.statement_conflict':
        'El identificador de una declaración ya está guardado con otro contenido.',
      'quality.reason.xapi.put_id_mismatch':
        'El identificador de la declaración no coincide con el de la dirección.',
      'quality.reason.xapi.empty_batch': 'El lote está vacío.',
      'quality.reason.xapi.batch_too_large': 'El lote contiene demasiadas declaraciones.',
      'quality.reason.xapi.content_type': 'La petición no es ni JSON ni multipart/mixed.',
      'quality.reason.xapi.attachment_missing': 'Un adjunto ha llegado sin su contenido.',
      'quality.reason.xapi.signature_invalid': 'Una firma no corresponde a su declaración.',

      'quality.persons.title': 'Personas sin datos demográficos',
      'quality.persons.lead':
        'Los desgloses cuentan un dato demográfico que falta como desconocido. Complete el registro de participantes y vuelva a importarlo.',
      'quality.persons.unregistered':
        'Participantes con actividad contada que el registro no incluye',
      'quality.persons.registered': 'Personas del registro',
      'quality.persons.caption': 'Personas del registro a las que falta cada dato demográfico',
      'quality.persons.demographic': 'Dato demográfico',
      'quality.persons.missing': 'Personas sin este dato',
      'quality.persons.noneAtAll': 'Ningún dato',
      'quality.persons.sex': 'Sexo',
      'quality.persons.birthYear': 'Año de nacimiento',
      'quality.persons.iscedLevel': 'Nivel de estudios',
      'quality.persons.employmentStatus': 'Situación laboral',
      'quality.persons.municipality': 'Municipio',
      'quality.persons.emptyRegistry':
        'El registro de participantes está vacío: todos los participantes cuentan con datos demográficos desconocidos.',
      'quality.persons.complete':
        'Todas las personas del registro tienen todos los datos demográficos.',

      'quality.uncatalogued.title': 'Actividades que no están en el catálogo',
      'quality.uncatalogued.lead':
        'Las declaraciones mencionan estas actividades como si fueran cursos; mientras no estén en el catálogo, las cifras las cuentan como cursos sin catalogar. Se muestran las {n} más utilizadas.',
      'quality.uncatalogued.classifyHint':
        'Clasifique una actividad para añadirla al catálogo; las cifras la tendrán en cuenta en la próxima actualización.',
      'quality.uncatalogued.caption':
        'Actividades que no están en el catálogo, las más utilizadas primero',
      'quality.uncatalogued.activityId': 'Identificador de la actividad',
      'quality.uncatalogued.name': 'Nombre',
      'quality.uncatalogued.statements': 'Declaraciones',
      'quality.uncatalogued.action': 'Acción',
      'quality.uncatalogued.classify': 'Clasificar',
      'quality.uncatalogued.classifyActivity': 'Clasificar {activity}',
      'quality.uncatalogued.none':
        'Todas las actividades que mencionan las declaraciones están en el catálogo.',
      'quality.uncatalogued.added': 'Se ha añadido «{title}» al catálogo.',

      'quality.classify.legend': 'Entrada del catálogo para {activity}',
      'quality.classify.activityId': 'Identificador del curso',
      'quality.classify.activityIdHint':
        'El identificador de la actividad, tal como lo llevan las declaraciones.',
      'quality.classify.title': 'Título',
      'quality.classify.format': 'Formato del curso',
      'quality.classify.mode': 'Modalidad',
      'quality.classify.mode.async': 'A su ritmo (asíncrona)',
      'quality.classify.mode.sync': 'En directo (síncrona)',
      'quality.classify.choose': 'Elija una opción',
      'quality.classify.programme': 'Programa (opcional)',
      'quality.classify.tags': 'Etiquetas (opcional)',
      'quality.classify.tagsHint':
        'Palabras en minúsculas separadas por ;, como equality;digital-skills.',
      'quality.classify.required': 'Falta indicar: {field}.',
      'quality.classify.submit': 'Añadir al catálogo',
      'quality.classify.saving': 'Añadiendo…',
      'quality.classify.cancel': 'Cancelar',
      'quality.classify.failedFields':
        'No se ha añadido el curso: revise los campos marcados a continuación.',
      'quality.classify.failed': 'No se ha añadido el curso. {reason}',
    },
  },
);
