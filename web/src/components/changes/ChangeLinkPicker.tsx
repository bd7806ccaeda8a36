// The records a request for change touches, inside its form: those chosen (each
// with a way to take it off again), and finding one more — its kind (application,
// server, ticket, risk), words to search, the records found, "Tautkan". Nothing is
// sent until the form itself is saved.
import { searchChangeLinks } from '../../api/changes';
import { CHANGE_LINK_KINDS } from '../../api/changeTypes';
import { useI18n } from '../../i18n/useI18n';
import { LinkFinderFields, candidateLabel, useLinkFinder } from '../RecordLinks';
import { FieldWrapper } from '../form/FieldWrapper';
import { linkKindLabel } from './labels';

export interface ChosenLink {
  [key: string]: unknown;
  kind: string;
  id: number;
  label: string;
}

interface Props {
  id: string;
  links: ChosenLink[];
  onChange: (links: ChosenLink[]) => void;
  error?: string;
}

const MAX_LINKS = 20;

export function ChangeLinkPicker({ id, links, onChange, error }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const found = useLinkFinder(searchChangeLinks, (kind) => links.filter((l) => l.kind === kind).map((l) => l.id), true);

  const add = () => {
    const chosen = found.picked();
    if (!found.kind || !chosen) return;
    onChange([...links, { kind: found.kind, id: chosen.id, label: candidateLabel(chosen) }]);
    found.setTarget('');
    found.finder.clear();
  };

  return (
    <FieldWrapper as="fieldset" id={id} label={t('change.links')} hint={t('change.linksHint')} error={error}>
      {links.length === 0 ? (
        <p class="body secondary" data-testid={`${id}-none`}>
          {t('change.linksNone')}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid={`${id}-chosen`}>
          {links.map((l) => (
            <li key={`${l.kind}:${l.id}`} class="bp-link-list__item" data-testid="change-link-chosen" data-kind={l.kind} data-target-id={l.id}>
              <p class="body">
                <strong class="tag tag--grey">{linkKindLabel(l.kind, i18n)}</strong> <span class="change-text">{l.label}</span>
              </p>
              <p class="body">
                <button type="button" class="link-button link-button--danger" onClick={() => onChange(links.filter((o) => !(o.kind === l.kind && o.id === l.id)))} data-testid="change-link-unchoose">
                  {t('change.linkUnchoose')}
                  <span class="visually-hidden"> {l.label}</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {links.length < MAX_LINKS && (
        <div class="change-link-finder">
          <LinkFinderFields found={found} area="change" ids={{ kind: `${id}-kind`, q: `${id}-q`, target_id: `${id}-found` }} testIdPrefix={id} kinds={CHANGE_LINK_KINDS} kindLabel={linkKindLabel} />
          {found.finder.found !== null && found.finder.found.length > 0 && (
            <p class="body">
              <button type="button" class="button button--secondary" disabled={!found.target} onClick={add} data-testid={`${id}-add`}>
                {t('change.linkAdd')}
              </button>
            </p>
          )}
        </div>
      )}
    </FieldWrapper>
  );
}
