import { useTranslation } from 'react-i18next';
import { Link } from '../i18n/link';
import { useSite } from '../lib/api/get-site';
import { paths } from '../lib/paths';

/** The licence's official text, until /api/site answers. */
const EUPL_URL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

export function SiteFooter() {
  const { t } = useTranslation();
  // The repository's address is the body's (SOURCE_CODE_URL): without it there is no link to make up.
  const site = useSite();
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row clearfix">
            <div className="col-sm-12">
              <div className="it-brand-wrapper">
                <a href={t('app.bodyUrl')}>
                  <div className="it-brand-text">
                    <p className="it-brand-title h2 no_toc">{t('app.body')}</p>
                    <p className="it-brand-tagline d-none d-md-block">{t('app.product')}</p>
                  </div>
                </a>
              </div>
            </div>
          </div>
          <div className="row">
            <div className="col-md-6 pb-2">
              <h2 className="footer-heading-title h3">{t('footer.dataHeading')}</h2>
              <p>{t('footer.dataSources')}</p>
              <p>{t('footer.dataLicence')}</p>
              <p>
                <a href="https://creativecommons.org/licenses/by/4.0/deed.it" rel="license">
                  {t('footer.licenceLink')}
                </a>
              </p>
            </div>
            <div className="col-md-6 pb-2">
              <p>{t('footer.about')}</p>
              <ul className="footer-list">
                <li>
                  <a href="/api/docs">{t('footer.api')}</a>
                </li>
                {site.data?.sourceCodeUrl && (
                  <li>
                    <a href={site.data.sourceCodeUrl}>{t('footer.sourceCode')}</a>
                  </li>
                )}
                <li>
                  <a href={site.data?.softwareLicence.url ?? EUPL_URL} rel="license">
                    {t('footer.softwareLicence', { name: site.data?.softwareLicence.name ?? 'EUPL 1.2' })}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <h2 className="visually-hidden">{t('footer.legal')}</h2>
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
            <li className="list-inline-item">
              <Link to={paths.accessibility()}>{t('footer.accessibility')}</Link>
            </li>
            <li className="list-inline-item">
              <a href="/api/docs">{t('footer.api')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
