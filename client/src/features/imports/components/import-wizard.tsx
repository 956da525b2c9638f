import '../i18n';
import '../../../styles/backoffice-data.css';
import { ImportHistory } from './import-history';
import { ImportSteps } from './import-steps';
import { UploadForm } from './upload-form';

/** /gestione/importazioni: step 1 (the upload), and the imports made so far. */
export function ImportWizard() {
  return (
    <div className="bod import-wizard">
      <ImportSteps current="upload" />
      <UploadForm />
      <ImportHistory />
    </div>
  );
}
