import { defineMessages } from '../../core/i18n/messages';

/**
 * Texts of the filter bar. The bar has no route of its own: every page that
 * shows it (trends, breakdowns, courses, the overview) provides this catalogue.
 */
export const FILTERS_MESSAGES = defineMessages(
  {
    'filters.title': 'Filters',
    'filters.programme': 'Programme',
    'filters.allProgrammes': 'All programmes',
    'filters.format': 'Format',
    'filters.allFormats': 'All formats',
    'filters.resetPeriod': 'Reset period',
    'filters.resetAll': 'Reset filters',
    'filters.catalogueError':
      'The catalogue could not be loaded, so programmes and courses cannot be listed.',
    'filters.period': 'Period',
    'filters.allYears': 'All years, {first}–{last}',
    'filters.customDates': 'Custom dates…',
    'filters.from': 'From',
    'filters.to': 'To',
    'filters.applyDates': 'Apply dates',
    'filters.enterBothDates': 'Enter both dates.',
    'filters.datesOutOfOrder': 'The first day must be on or before the last day.',
    'filters.course': 'Course',
    'filters.coursePlaceholder': 'All (type to search)',
    'filters.clearCourse': 'Clear the course: every course',
    'filters.matchingCourses': 'Matching courses',
    'filters.noCourseMatches': 'No course matches.',
    'filters.moreMatches': '{n} more: keep typing to narrow the list.',
    'filters.courseHint':
      'Type part of a title or id, then use the arrow keys and Enter. Leave it empty for every course.',
  },
  {
    ca: {
      'filters.title': 'Filtres',
      'filters.programme': 'Programa',
      'filters.allProgrammes': 'Tots els programes',
      'filters.format': 'Format',
      'filters.allFormats': 'Tots els formats',
      'filters.resetPeriod': 'Restableix el període',
      'filters.resetAll': 'Restableix els filtres',
      'filters.catalogueError':
        "No s'ha pogut carregar el catàleg, així que no es poden llistar els programes ni els cursos.",
      'filters.period': 'Període',
      'filters.allYears': 'Tots els anys, {first}–{last}',
      'filters.customDates': 'Dates personalitzades…',
      'filters.from': 'Des de',
      'filters.to': 'Fins a',
      'filters.applyDates': 'Aplica les dates',
      'filters.enterBothDates': 'Introduïu les dues dates.',
      'filters.datesOutOfOrder': "El primer dia ha de ser anterior o igual a l'últim.",
      'filters.course': 'Curs',
      'filters.coursePlaceholder': 'Tots (escriviu per cercar)',
      'filters.clearCourse': 'Treu el curs: tots els cursos',
      'filters.matchingCourses': 'Cursos coincidents',
      'filters.noCourseMatches': 'Cap curs no hi coincideix.',
      'filters.moreMatches': '{n} més: continueu escrivint per acotar la llista.',
      'filters.courseHint':
        "Escriviu part d'un títol o identificador i feu servir les fletxes i la tecla de retorn. Deixeu-lo buit per a tots els cursos.",
    },
    es: {
      'filters.title': 'Filtros',
      'filters.programme': 'Programa',
      'filters.allProgrammes': 'Todos los programas',
      'filters.format': 'Formato',
      'filters.allFormats': 'Todos los formatos',
      'filters.resetPeriod': 'Restablecer el periodo',
      'filters.resetAll': 'Restablecer los filtros',
      'filters.catalogueError':
        'No se ha podido cargar el catálogo, así que no se pueden listar los programas ni los cursos.',
      'filters.period': 'Periodo',
      'filters.allYears': 'Todos los años, {first}–{last}',
      'filters.customDates': 'Fechas personalizadas…',
      'filters.from': 'Desde',
      'filters.to': 'Hasta',
      'filters.applyDates': 'Aplicar las fechas',
      'filters.enterBothDates': 'Introduzca las dos fechas.',
      'filters.datesOutOfOrder': 'El primer día debe ser anterior o igual al último.',
      'filters.course': 'Curso',
      'filters.coursePlaceholder': 'Todos (escriba para buscar)',
      'filters.clearCourse': 'Quitar el curso: todos los cursos',
      'filters.matchingCourses': 'Cursos coincidentes',
      'filters.noCourseMatches': 'Ningún curso coincide.',
      'filters.moreMatches': '{n} más: siga escribiendo para acotar la lista.',
      'filters.courseHint':
        'Escriba parte de un título o identificador y use las flechas y la tecla Intro. Déjelo vacío para todos los cursos.',
    },
  },
);
