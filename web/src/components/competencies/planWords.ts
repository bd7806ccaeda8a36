// A refusal of a plan change in plain words: only the agency's operator (or the ICT office) keeps its plan.
import type { ApiError } from '../../api/client';
import type { FormErrors } from '../../forms/formErrors';
import type { I18n } from '../../i18n/useI18n';

export const explainPlanForbidden = (error: ApiError, shown: FormErrors, wording: I18n): FormErrors =>
  error.status === 403 ? { ...shown, summary: [{ text: wording.t('competency.forbiddenPlan') }] } : shown;
