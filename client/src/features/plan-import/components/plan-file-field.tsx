import { useTranslation } from 'react-i18next';
import '../i18n';
import { FileField } from '../../../components/back-office/file-field';

type Props = { id: string; file: File | null; error?: string; onFile: (file: File | null) => void };

/** The plan file (.xlsx, .csv, .json, .yaml). */
export function PlanFileField(props: Props) {
  const { t } = useTranslation('planImport');
  const texts = { label: t('form.file'), required: t('form.required'), choose: t('form.choose'), chosen: (name: string) => t('form.chosen', { name }), noFile: t('form.noFile'), help: t('form.fileHelp') };
  return <FileField {...props} accept=".xlsx,.csv,.json,.yaml,.yml" texts={texts} />;
}
