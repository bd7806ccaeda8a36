// A refusal that is about one field though the server answers it as a whole (409:
// an IP range that overlaps another, a name already used): shown beside that field
// as well as in the summary, so the user sees where to change it.
import type { ApiError } from '../../api/client';
import type { FormErrors } from '../../forms/formErrors';

export const conflictOnField = (fieldId: string) => (error: ApiError, shown: FormErrors): FormErrors => {
  if (error.status !== 409 || shown.summary.length === 0) return shown;
  return {
    summary: shown.summary.map((item) => ({ ...item, fieldId: item.fieldId ?? fieldId })),
    fields: { [fieldId]: shown.summary[0]!.text, ...shown.fields },
  };
};
