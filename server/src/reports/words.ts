import { dateText, type FigureLang } from '../figures/locale';

/** The words of a report's frame, in its language. */
export function reportWords(lang: FigureLang) {
  return lang === 'en'
    ? {
        figure: 'Figure',
        table: 'Table',
        creator: 'PSM monitor',
        subtitle: (plan: string, date: string) => `${plan} – data as of ${dateText(lang, date)}`,
      }
    : {
        figure: 'Figura',
        table: 'Tabella',
        creator: 'Monitoraggio PSM',
        subtitle: (plan: string, date: string) => `${plan} – dati al ${dateText(lang, date)}`,
      };
}
