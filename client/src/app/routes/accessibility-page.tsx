import { useTranslation } from 'react-i18next';
import { Link } from '../../i18n/link';
import { registerMessages, type Messages } from '../../i18n/i18n';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * The accessibility statement, in the structure of AgID's model (Decision (EU) 2018/1523). It states
 * only what can be shown: no date and no contact that the body has not published itself.
 */
const accessibilityIt = {
  lead: 'Questa pagina descrive lo stato di accessibilità della piattaforma «Monitoraggio del Piano strategico metropolitano» seguendo la struttura del modello di dichiarazione di accessibilità di AgID (legge 9 gennaio 2004, n. 4; direttiva (UE) 2016/2102). Riguarda le pagine pubbliche della piattaforma.',
  formal:
    "La dichiarazione formale di accessibilità è compilata e pubblicata dall'ente esclusivamente tramite l'applicazione di AgID form.agid.gov.it; in caso di differenze fa fede quella.",
  formalLink: 'Applicazione AgID per le dichiarazioni di accessibilità (form.agid.gov.it)',
  toc: 'Contenuti della dichiarazione',
  status: {
    title: 'Stato di conformità',
    text: 'La piattaforma è parzialmente conforme ai requisiti di accessibilità delle Linee guida AgID, che richiamano la norma UNI CEI EN 301549 e le WCAG 2.1 di livello AA, per i limiti elencati nella sezione seguente.',
    testing:
      'Le pagine pubbliche sono provate automaticamente con axe-core rispetto alle regole WCAG 2.1 di livello A e AA. Le prove automatiche non rilevano tutti i problemi di accessibilità: per questo la conformità piena non è dichiarata.',
    design:
      'Accorgimenti adottati: struttura con titoli e punti di riferimento, navigazione da tastiera, colori scelti per il contrasto e per chi ha una visione dei colori atipica (palette Okabe–Ito) e mai usati come unico segnale, valori dei grafici riportati anche in testo o in tabella, pagine utilizzabili da 360 pixel di larghezza, lingua italiana e inglese.',
  },
  limits: {
    title: 'Contenuti non accessibili',
    intro: 'I limiti noti, che contiamo di superare:',
    items: {
      language:
        "Testi in italiano nelle pagine in inglese: titoli e descrizioni del piano, delle azioni e di alcuni indicatori provengono dai documenti ufficiali e sono disponibili solo in italiano; nelle pagine in inglese non sempre sono marcati come testo in lingua italiana (criterio 3.1.2, Lingua di parti).",
      charts:
        'Grafici e linee di andamento: non si possono esplorare punto per punto con la tastiera o con un lettore di schermo; gli stessi valori sono riportati in testo o in tabella.',
      manual: 'Verifiche con tecnologie assistive: le prove con lettori di schermo e ingrandimento non sono ancora svolte in modo sistematico.',
    },
    thirdParty:
      "Contenuti non soggetti alla normativa: documenti e siti di terzi a cui la piattaforma rimanda (testi ufficiali del piano, ISTAT, Eurostat, comunicati stampa) non sono sviluppati né controllati dalla piattaforma e possono non essere accessibili.",
    disproportionate: 'Onere sproporzionato: nessuna deroga è invocata.',
  },
  preparation: {
    title: 'Redazione della dichiarazione',
    text: "Questa pagina si basa su un'autovalutazione: prove automatiche con axe-core e controlli durante lo sviluppo. Le date di redazione e di revisione sono quelle della dichiarazione formale pubblicata su form.agid.gov.it.",
  },
  feedback: {
    title: 'Meccanismo di feedback e recapiti',
    text: "Per segnalare un problema di accessibilità, o per chiedere in un formato accessibile un contenuto che non lo è, contatta la Città metropolitana di Torino attraverso i recapiti pubblicati sul suo sito ufficiale.",
    link: 'Sito ufficiale della Città metropolitana di Torino',
  },
  enforcement: {
    title: 'Procedura di attuazione',
    text: "Se la risposta dell'ente è insoddisfacente o non arriva entro 30 giorni dalla segnalazione, puoi rivolgerti al Difensore civico per il digitale presso l'Agenzia per l'Italia Digitale (AgID).",
    link: "Sito dell'Agenzia per l'Italia Digitale (AgID)",
  },
  about: {
    title: 'Informazioni sulla piattaforma',
    text: "Piattaforma open source (licenza EUPL 1.2) per il monitoraggio dei piani strategici delle città metropolitane, realizzata con Bootstrap Italia, il tema di Designers Italia per i siti della pubblica amministrazione.",
  },
  backHome: 'Torna al piano',
} as const;

const accessibilityEn: Messages<typeof accessibilityIt> = {
  lead: 'This page describes the accessibility of the “Monitoring the Metropolitan Strategic Plan” platform, following the structure of AgID’s model accessibility statement (Italian Law 4 of 9 January 2004; Directive (EU) 2016/2102). It covers the public pages of the platform.',
  formal:
    'The formal accessibility statement is filled in and published by the public body only through AgID’s application form.agid.gov.it; where the two differ, that one prevails.',
  formalLink: 'AgID application for accessibility statements (form.agid.gov.it)',
  toc: 'Contents of the statement',
  status: {
    title: 'Compliance status',
    text: 'The platform is partially compliant with the accessibility requirements of AgID’s guidelines, which refer to standard EN 301 549 and to WCAG 2.1 level AA, because of the limits listed in the next section.',
    testing:
      'The public pages are tested automatically with axe-core against the WCAG 2.1 level A and AA rules. Automatic tests do not find every accessibility problem: this is why full compliance is not claimed.',
    design:
      'Measures taken: structure with headings and landmarks, keyboard navigation, colours chosen for contrast and for people with atypical colour vision (Okabe–Ito palette) and never the only cue, chart values also given as text or tables, pages usable from 360 pixels wide, Italian and English.',
  },
  limits: {
    title: 'Non-accessible content',
    intro: 'The known limits, which we intend to remove:',
    items: {
      language:
        'Italian text on English pages: titles and descriptions of the plan, of the actions and of some indicators come from the official documents and exist only in Italian; on English pages they are not always marked as Italian (success criterion 3.1.2, Language of Parts).',
      charts:
        'Charts and trend lines cannot be explored point by point with the keyboard or a screen reader; the same values are given as text or in tables.',
      manual: 'Testing with assistive technologies: tests with screen readers and magnifiers have not yet been carried out systematically.',
    },
    thirdParty:
      'Content outside the scope of the law: third-party documents and sites the platform links to (official texts of the plan, ISTAT, Eurostat, press releases) are neither developed nor controlled by the platform and may not be accessible.',
    disproportionate: 'Disproportionate burden: no exemption is claimed.',
  },
  preparation: {
    title: 'Preparation of this statement',
    text: 'This page rests on a self-assessment: automatic tests with axe-core and checks during development. The dates of preparation and review are those of the formal statement published on form.agid.gov.it.',
  },
  feedback: {
    title: 'Feedback and contact information',
    text: 'To report an accessibility problem, or to ask for content that is not accessible in an accessible format, contact the Metropolitan City of Turin through the contacts published on its official website.',
    link: 'Official website of the Metropolitan City of Turin',
  },
  enforcement: {
    title: 'Enforcement procedure',
    text: 'If the body’s answer is unsatisfactory, or no answer arrives within 30 days of your report, you can turn to the Digital Ombudsman (Difensore civico per il digitale) at the Agency for Digital Italy (AgID).',
    link: 'Website of the Agency for Digital Italy (AgID)',
  },
  about: {
    title: 'About the platform',
    text: 'Open-source platform (EUPL 1.2 licence) for monitoring the strategic plans of metropolitan cities, built with Bootstrap Italia, the Designers Italia theme for public administration websites.',
  },
  backHome: 'Back to the plan',
};

registerMessages('accessibility', accessibilityIt, accessibilityEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    accessibility: typeof accessibilityIt;
  }
}

const CMTO_URL = 'https://www.cittametropolitana.torino.it/';
const AGID_URL = 'https://www.agid.gov.it/';
const AGID_FORM_URL = 'https://form.agid.gov.it/';
const SECTIONS = ['status', 'limits', 'preparation', 'feedback', 'enforcement', 'about'] as const;
const LIMITS = ['language', 'charts', 'manual'] as const;

export function AccessibilityPage() {
  const { t } = useTranslation('accessibility');
  const title = t('accessibility.title', { ns: 'common' });
  useDocumentTitle(title);
  return (
    <article className="psm-statement">
      <nav className="breadcrumb-container" aria-label={t('breadcrumb.label', { ns: 'common' })}>
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to={paths.home()}>{t('breadcrumb.home', { ns: 'common' })}</Link>
            <span className="separator" aria-hidden="true">
              /
            </span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {title}
          </li>
        </ol>
      </nav>
      <header className="psm-page-head">
        <h1>{title}</h1>
        <p className="psm-page-head__lead">{t('lead')}</p>
        <div className="psm-note">
          <p className="mb-1">{t('formal')}</p>
          <p className="mb-0">
            <a href={AGID_FORM_URL} rel="noopener noreferrer">
              {t('formalLink')}
            </a>
          </p>
        </div>
      </header>
      <nav className="psm-toc" aria-labelledby="statement-toc">
        <h2 id="statement-toc" className="h5">
          {t('toc')}
        </h2>
        <ol>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`${s}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="status">
        <h2 id="status" className="h3">{t('status.title')}</h2>
        <p>
          <strong>{t('status.text')}</strong>
        </p>
        <p>{t('status.testing')}</p>
        <p>{t('status.design')}</p>
      </section>
      <section aria-labelledby="limits">
        <h2 id="limits" className="h3">{t('limits.title')}</h2>
        <p>{t('limits.intro')}</p>
        <ul>
          {LIMITS.map((l) => (
            <li key={l}>{t(`limits.items.${l}`)}</li>
          ))}
        </ul>
        <p>{t('limits.thirdParty')}</p>
        <p>{t('limits.disproportionate')}</p>
      </section>
      <section aria-labelledby="preparation">
        <h2 id="preparation" className="h3">{t('preparation.title')}</h2>
        <p>{t('preparation.text')}</p>
      </section>
      <section aria-labelledby="feedback">
        <h2 id="feedback" className="h3">{t('feedback.title')}</h2>
        <p>{t('feedback.text')}</p>
        <p>
          <a href={CMTO_URL} rel="noopener noreferrer">
            {t('feedback.link')}
          </a>
        </p>
      </section>
      <section aria-labelledby="enforcement">
        <h2 id="enforcement" className="h3">{t('enforcement.title')}</h2>
        <p>{t('enforcement.text')}</p>
        <p>
          <a href={AGID_URL} rel="noopener noreferrer">
            {t('enforcement.link')}
          </a>
        </p>
      </section>
      <section aria-labelledby="about">
        <h2 id="about" className="h3">{t('about.title')}</h2>
        <p>{t('about.text')}</p>
        <p className="mb-0">
          <Link to={paths.home()}>{t('backHome')}</Link>
        </p>
      </section>
    </article>
  );
}
