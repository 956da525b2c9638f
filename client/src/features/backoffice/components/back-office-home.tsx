import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { useRoleName } from '../../../components/back-office/role-names';
import { hasRole, useSession } from '../../../lib/session';
import '../i18n';
import { SECTIONS, type SectionKey } from '../utils/sections';
import { HomeCard } from './home-card';

/** /gestione: a card for each section the role may use; `counts` adds a figure to some (rendered only when the card is shown). */
export function BackOfficeHomeView({ counts = {} }: { counts?: Partial<Record<SectionKey, ReactNode>> }) {
  const { t } = useTranslation('backoffice');
  const roleName = useRoleName();
  const session = useSession().data;
  if (!session) return null;
  const { user } = session;
  const sections = SECTIONS.filter((s) => s.key !== 'home' && hasRole(session, ...s.roles));
  return (
    <BackOfficePage title={t('home.title')} root lead={t('home.intro', { name: user.name ?? user.email, role: roleName(user.role) })}>
      <ul className="psm-bo-cards" aria-label={t('home.cardsLabel')}>
        {sections.map((s) => {
          const key = s.key as Exclude<SectionKey, 'home'>;
          return <HomeCard key={key} to={s.to} title={t(`home.${key}.title`)} text={t(`home.${key}.text`)} count={counts[key]} />;
        })}
      </ul>
    </BackOfficePage>
  );
}
