import { defineMessages } from '../core/i18n/messages';

/**
 * Texts of the shared components (charts, figure tables, filters' pieces,
 * confirmation and shown-once panels).
 * Every feature that renders them provides this catalogue with its own.
 * Catalan and Spanish speak to the reader as vós and usted; buttons are
 * imperatives in Catalan and infinitives in Spanish, as in the core texts.
 */
export const SHARED_MESSAGES = defineMessages(
  {
    'figure.users': 'Users',
    'figure.enrolments': 'Enrolments',
    'figure.completions': 'Completions',
    'figure.users.inText': 'users',
    'figure.enrolments.inText': 'enrolments',
    'figure.completions.inText': 'completions',
    'figure.users.counts': 'people with at least one learning activity',
    'figure.enrolments.counts': 'first enrolments of a person in a course',
    'figure.completions.counts': 'first completions of a course by a person',
    'figure.completionRate': 'Completion rate',
    'figure.legend': 'Figure',
    'figure.notApplicable': 'n/a',
    'courseFormat.mooc': 'MOOC',
    'courseFormat.instant': 'Instant course',
    'courseFormat.masterclass': 'Masterclass',
    'courseFormat.course': 'Course',
    'courseFormat.uncatalogued': 'Uncatalogued',
    'question.programme': 'programme {programme}',
    'question.format': '{format} courses',
    'question.course': 'course {course}',
    'link.badFormat':
      'The link asks for the format "{format}", which is not one; showing every format.',
    'link.badPeriod':
      "The link's period (from {from} to {to}) is not two dates in order; showing {fallback}.",
    'link.noDate': 'nothing',
    'figureTable.show': 'Show the table',
    'figureTable.hide': 'Hide the table',
    'overTime.caption': 'Users, enrolments and completions {caption}',
    'overTime.period': 'Period',
    'overTime.vsYearBefore': 'vs year before',
    'overTime.changeOnYearBefore': '{figure}, change on the year before',
    'overTime.lineChart':
      'Line chart of users, enrolments and completions {caption}. The same figures are in the table below.',
    'overTime.barChart':
      'Bar chart of users, enrolments and completions {caption}. The same figures are in the table below.',
    'confirmation.cancel': 'Cancel',
    'shownOnce.copied': 'Copied to the clipboard.',
    'shownOnce.copyFailed': 'It could not be copied: select it and copy it by hand.',
  },
  {
    ca: {
      'figure.users': 'Usuaris',
      'figure.enrolments': 'Inscripcions',
      'figure.completions': 'Finalitzacions',
      'figure.users.inText': 'usuaris',
      'figure.enrolments.inText': 'inscripcions',
      'figure.completions.inText': 'finalitzacions',
      'figure.users.counts': "persones amb almenys una activitat d'aprenentatge",
      'figure.enrolments.counts': "primeres inscripcions d'una persona en un curs",
      'figure.completions.counts': "primeres finalitzacions d'un curs per part d'una persona",
      'figure.completionRate': 'Taxa de finalització',
      'figure.legend': 'Xifra',
      'figure.notApplicable': 'n/d',
      'courseFormat.mooc': 'MOOC',
      'courseFormat.instant': 'Curs exprés',
      'courseFormat.masterclass': 'Classe magistral',
      'courseFormat.course': 'Curs',
      'courseFormat.uncatalogued': 'Sense catalogar',
      'question.programme': 'programa {programme}',
      'question.format': 'format {format}',
      'question.course': 'curs {course}',
      'link.badFormat':
        "L'enllaç demana el format «{format}», que no existeix; es mostren tots els formats.",
      'link.badPeriod':
        "El període de l'enllaç (de {from} a {to}) no són dues dates en ordre; es mostra {fallback}.",
      'link.noDate': 'cap data',
      'figureTable.show': 'Mostra la taula',
      'figureTable.hide': 'Amaga la taula',
      'overTime.caption': 'Usuaris, inscripcions i finalitzacions {caption}',
      'overTime.period': 'Període',
      'overTime.vsYearBefore': 'vs. any anterior',
      'overTime.changeOnYearBefore': "{figure}, variació respecte a l'any anterior",
      'overTime.lineChart':
        'Gràfic de línies: usuaris, inscripcions i finalitzacions {caption}. Les mateixes xifres són a la taula de sota.',
      'overTime.barChart':
        'Gràfic de barres: usuaris, inscripcions i finalitzacions {caption}. Les mateixes xifres són a la taula de sota.',
      'confirmation.cancel': 'Cancel·la',
      'shownOnce.copied': 'S’ha copiat al porta-retalls.',
      'shownOnce.copyFailed': 'No s’ha pogut copiar: seleccioneu-ho i copieu-ho a mà.',
    },
    es: {
      'figure.users': 'Usuarios',
      'figure.enrolments': 'Inscripciones',
      'figure.completions': 'Finalizaciones',
      'figure.users.inText': 'usuarios',
      'figure.enrolments.inText': 'inscripciones',
      'figure.completions.inText': 'finalizaciones',
      'figure.users.counts': 'personas con al menos una actividad de aprendizaje',
      'figure.enrolments.counts': 'primeras inscripciones de una persona en un curso',
      'figure.completions.counts': 'primeras finalizaciones de un curso por parte de una persona',
      'figure.completionRate': 'Tasa de finalización',
      'figure.legend': 'Cifra',
      'figure.notApplicable': 'n/d',
      'courseFormat.mooc': 'MOOC',
      'courseFormat.instant': 'Curso exprés',
      'courseFormat.masterclass': 'Clase magistral',
      'courseFormat.course': 'Curso',
      'courseFormat.uncatalogued': 'Sin catalogar',
      'question.programme': 'programa {programme}',
      'question.format': 'formato {format}',
      'question.course': 'curso {course}',
      'link.badFormat':
        'El enlace pide el formato «{format}», que no existe; se muestran todos los formatos.',
      'link.badPeriod':
        'El periodo del enlace (de {from} a {to}) no son dos fechas en orden; se muestra {fallback}.',
      'link.noDate': 'ninguna fecha',
      'figureTable.show': 'Mostrar la tabla',
      'figureTable.hide': 'Ocultar la tabla',
      'overTime.caption': 'Usuarios, inscripciones y finalizaciones {caption}',
      'overTime.period': 'Periodo',
      'overTime.vsYearBefore': 'vs. año anterior',
      'overTime.changeOnYearBefore': '{figure}, variación respecto al año anterior',
      'overTime.lineChart':
        'Gráfico de líneas: usuarios, inscripciones y finalizaciones {caption}. Las mismas cifras están en la tabla de abajo.',
      'overTime.barChart':
        'Gráfico de barras: usuarios, inscripciones y finalizaciones {caption}. Las mismas cifras están en la tabla de abajo.',
      'confirmation.cancel': 'Cancelar',
      'shownOnce.copied': 'Se ha copiado al portapapeles.',
      'shownOnce.copyFailed': 'No se ha podido copiar: selecciónelo y cópielo a mano.',
    },
  },
);
