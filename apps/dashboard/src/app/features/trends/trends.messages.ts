import { defineMessages } from '../../core/i18n/messages';

/** Texts of the trends page. */
export const TRENDS_MESSAGES = defineMessages(
  {
    'trends.pageTitle': 'Trends · Fita',
    'trends.title': 'Trends',
    'trends.lead': 'Users, enrolments and completions over time, for {question}.',
    'trends.sectionTitle': 'Figures over time',
    'trends.viewsLabel': 'How to show the figures',
    'trends.view.month': 'Per month',
    'trends.view.year': 'Per year',
    'trends.view.yoy': 'Year on year',
    'trends.note.month':
      'A person active in several months counts once in each of them; the yearly view counts each person once a year.',
    'trends.note.year':
      'Each year counts a person once. The change is on the whole year before, and is only given between two whole years.',
    'trends.note.yoy':
      'Every month of {years}, one line per year. Whole calendar years are compared, whatever the days of the period.',
    'trends.note.yoyWithYearBefore':
      'Every month of {years}, one line per year: the years of the period and the year before it. Whole calendar years are compared, whatever the days of the period.',
    'trends.loadError': 'The figures could not be loaded.',
    'trends.empty': 'Nothing was counted for {question}. Choose another period, or fewer filters.',
    'trends.caption.month': 'per month, {question}',
    'trends.caption.year': 'per year, {question}',
    'trends.peak.label': 'Busiest month:',
    'trends.peak.change': '({change} on {when})',
    'trends.yoy.caption': '{figure} per month, one column per year',
    'trends.yoy.month': 'Month',
    'trends.yoy.chart':
      'Line chart of {figure} per month, one line per year ({years}). The same figures are in the table below.',
  },
  {
    ca: {
      'trends.pageTitle': 'Evolució · Fita',
      'trends.title': 'Evolució',
      'trends.lead': 'Usuaris, inscripcions i finalitzacions al llarg del temps, per a {question}.',
      'trends.sectionTitle': 'Xifres al llarg del temps',
      'trends.viewsLabel': 'Com es mostren les xifres',
      'trends.view.month': 'Per mes',
      'trends.view.year': 'Per any',
      'trends.view.yoy': 'Comparació interanual',
      'trends.note.month':
        "Una persona activa en diversos mesos compta una vegada en cadascun; la vista per any compta cada persona una vegada l'any.",
      'trends.note.year':
        "Cada any compta una persona una sola vegada. La variació és respecte a tot l'any anterior i només es dona entre dos anys sencers.",
      'trends.note.yoy':
        'Tots els mesos de {years}, una línia per any. Es comparen anys naturals sencers, siguin quins siguin els dies del període.',
      'trends.note.yoyWithYearBefore':
        "Tots els mesos de {years}, una línia per any: els anys del període i l'any anterior. Es comparen anys naturals sencers, siguin quins siguin els dies del període.",
      'trends.loadError': "No s'han pogut carregar les xifres.",
      'trends.empty':
        "No s'ha comptat res per a {question}. Trieu un altre període o menys filtres.",
      'trends.caption.month': 'per mes, {question}',
      'trends.caption.year': 'per any, {question}',
      'trends.peak.label': 'Mes amb més activitat:',
      'trends.peak.change': '({change} respecte a {when})',
      'trends.yoy.caption': '{figure} per mes, una columna per any',
      'trends.yoy.month': 'Mes',
      'trends.yoy.chart':
        'Gràfic de línies: {figure} per mes, una línia per any ({years}). Les mateixes xifres són a la taula de sota.',
    },
    es: {
      'trends.pageTitle': 'Evolución · Fita',
      'trends.title': 'Evolución',
      'trends.lead':
        'Usuarios, inscripciones y finalizaciones a lo largo del tiempo, para {question}.',
      'trends.sectionTitle': 'Cifras a lo largo del tiempo',
      'trends.viewsLabel': 'Cómo mostrar las cifras',
      'trends.view.month': 'Por mes',
      'trends.view.year': 'Por año',
      'trends.view.yoy': 'Comparación interanual',
      'trends.note.month':
        'Una persona activa en varios meses cuenta una vez en cada uno; la vista por año cuenta a cada persona una vez al año.',
      'trends.note.year':
        'Cada año cuenta a una persona una sola vez. La variación es respecto a todo el año anterior y solo se da entre dos años completos.',
      'trends.note.yoy':
        'Todos los meses de {years}, una línea por año. Se comparan años naturales completos, sean cuales sean los días del periodo.',
      'trends.note.yoyWithYearBefore':
        'Todos los meses de {years}, una línea por año: los años del periodo y el año anterior. Se comparan años naturales completos, sean cuales sean los días del periodo.',
      'trends.loadError': 'No se han podido cargar las cifras.',
      'trends.empty': 'No se ha contado nada para {question}. Elija otro periodo o menos filtros.',
      'trends.caption.month': 'por mes, {question}',
      'trends.caption.year': 'por año, {question}',
      'trends.peak.label': 'Mes con más actividad:',
      'trends.peak.change': '({change} respecto a {when})',
      'trends.yoy.caption': '{figure} por mes, una columna por año',
      'trends.yoy.month': 'Mes',
      'trends.yoy.chart':
        'Gráfico de líneas: {figure} por mes, una línea por año ({years}). Las mismas cifras están en la tabla de abajo.',
    },
  },
);
