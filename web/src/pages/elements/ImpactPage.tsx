// /elemen/dampak (everyone but citizens): "Keterkaitan dan dampak". Choose a kind
// and an element (or arrive with ?kind=&id=&only=&view=), then see either what
// breaks when it stops ("Apa yang terganggu", GET /api/v1/impact) or everything
// it uses ("Apa yang dipakai", GET /api/v1/dependencies): the full list grouped
// by kind with depth and path, and the same drawn as a diagram.
import { useState } from 'preact/hooks';
import { elementPagePath, getImpact, listElementOptions } from '../../api/services';
import { ELEMENT_KINDS, isElementKind, type ElementKind } from '../../api/serviceTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { RegistryHeading } from '../../components/RegistryHeading';
import { SelectField } from '../../components/form/SelectField';
import { ImpactDiagram } from '../../components/services/ImpactDiagram';
import { ImpactList } from '../../components/services/ImpactList';
import { elementKindLabel, elementName } from '../../components/services/labels';
import { fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';

const IDS = { kind: 'impact-kind', element: 'impact-element', only: 'impact-only' };
type View = 'impact' | 'dependencies';

const address = (kind: string, id: string, only: string, view: View) =>
  `/elemen/dampak?kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id)}${only ? `&only=${encodeURIComponent(only)}` : ''}${view === 'dependencies' ? '&view=dependencies' : ''}`;

export function ImpactPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('elements.impact'));
  const { search } = useStore(route);
  const kind = search.get('kind') ?? '';
  const id = search.get('id') ?? '';
  const only = search.get('only') === 'service' ? 'service' : '';
  const view: View = search.get('view') === 'dependencies' ? 'dependencies' : 'impact';
  const chosen = isElementKind(kind) && /^\d+$/.test(id);

  return (
    <>
      <RegistryHeading backLabel={t('svc.backToElements')} backTestId="impact-back" title={t('elements.impact')} titleTestId="impact-heading" />
      <p class="lead">{t('impact.intro')}</p>
      <Chooser key={`${kind}:${id}:${only}`} kind={chosen ? kind : ''} id={chosen ? id : ''} only={only} view={view} />
      {chosen && <Result kind={kind} id={Number(id)} only={only} view={view} />}
    </>
  );
}

function Chooser({ kind: initialKind, id: initialId, only: initialOnly, view }: { kind: string; id: string; only: string; view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [kind, setKind] = useState(initialKind);
  const [element, setElement] = useState(initialId);
  const [only, setOnly] = useState(initialOnly);
  const { errors, focusKey, show, clear } = useFormErrors();

  const submit = (event: Event) => {
    event.preventDefault();
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.kind, kind ? null : t('impact.error.kindMissing')],
        [IDS.element, !kind || element ? null : t('impact.error.elementMissing')],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    clear();
    navigate(address(kind, element, only, view));
  };

  return (
    <form class="filter" onSubmit={submit} noValidate data-testid="impact-chooser" aria-labelledby="impact-choose-title">
      <h2 class="heading-s" id="impact-choose-title">
        {t('impact.chooseTitle')}
      </h2>
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <div class="filter__fields">
        <SelectField
          id={IDS.kind}
          label={t('impact.kind')}
          value={kind}
          onChange={(next) => {
            setKind(next);
            setElement('');
          }}
          options={[{ value: '', label: t('impact.chooseKindFirst') }, ...ELEMENT_KINDS.map((k) => ({ value: k, label: elementKindLabel(k, i18n) }))]}
          error={errors.fields[IDS.kind]}
        />
        {isElementKind(kind) && <ElementSelect key={kind} kind={kind} value={element} onChange={setElement} error={errors.fields[IDS.element]} />}
        <SelectField
          id={IDS.only}
          label={t('impact.only')}
          hint={t('impact.onlyHint')}
          value={only}
          onChange={setOnly}
          options={[
            { value: '', label: t('impact.onlyAll') },
            { value: 'service', label: t('impact.onlyService') },
          ]}
        />
      </div>
      <div class="button-group">
        <button type="submit" class="button button--secondary" data-testid="impact-show">
          {t('impact.show')}
        </button>
      </div>
    </form>
  );
}

function ElementSelect({ kind, value, onChange, error }: { kind: ElementKind; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  const options = useLoad((signal) => listElementOptions(kind, { signal }), kind);
  return (
    <LoadView loaded={options}>
      {(items) => (
        <SelectField
          id={IDS.element}
          label={t('impact.element')}
          value={value}
          onChange={onChange}
          options={[{ value: '', label: t('impact.chooseElement') }, ...items.map((o) => ({ value: String(o.id), label: o.label }))]}
          error={error}
        />
      )}
    </LoadView>
  );
}

function Result({ kind, id, only, view }: { kind: string; id: number; only: string; view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad((signal) => getImpact(view, kind, id, only, { signal }), `${view}:${kind}:${id}:${only}`);
  const tab = (which: View, label: string) => (
    <li class={`svc-tabs__item${which === view ? ' svc-tabs__item--current' : ''}`}>
      <a class="link" href={address(kind, String(id), only, which)} aria-current={which === view ? 'page' : undefined} data-testid={`impact-view-${which}`}>
        {label}
      </a>
    </li>
  );
  return (
    <section class="section" aria-labelledby="impact-result-title" data-testid="impact-result" data-view={view}>
      <nav aria-label={t('impact.views')}>
        <ul class="svc-tabs">
          {tab('impact', t('impact.viewImpact'))}
          {tab('dependencies', t('impact.viewDependencies'))}
        </ul>
      </nav>
      <LoadView loaded={loaded}>
        {(answer) => {
          const name = elementName(answer.start, i18n);
          const totalKey =
            view === 'impact' ? (only ? 'impact.totalImpactServices' : 'impact.totalImpact') : only ? 'impact.totalDependenciesServices' : 'impact.totalDependencies';
          const anyHidden = answer.nodes.some((n) => n.hidden);
          return (
            <>
              <h2 class="heading-l" id="impact-result-title" data-testid="impact-start">
                <span class="caption">{elementKindLabel(answer.start.kind, i18n)}</span>
                {name}
              </h2>
              {!answer.start.hidden && !answer.start.missing && elementPagePath(answer.start.kind, answer.start.id) && (
                <p class="body">
                  <a class="link" href={elementPagePath(answer.start.kind, answer.start.id)!} data-testid="impact-start-open">
                    {t('impact.open')}
                  </a>
                </p>
              )}
              <p class="lead" role="status" data-testid="impact-total">
                {t(totalKey, { n: answer.total, name })}
              </p>
              {anyHidden && (
                <p class="body" data-testid="impact-hidden-note">
                  {t('impact.hiddenNote')}
                </p>
              )}
              {answer.total === 0 ? (
                <p class="body secondary" data-testid="impact-none">
                  {view === 'impact' ? t('impact.noneImpact') : t('impact.noneDependencies')}
                </p>
              ) : (
                <>
                  <h2 class="heading-m">{t('impact.listTitle')}</h2>
                  <ImpactList answer={answer} view={view} />
                </>
              )}
              {answer.nodes.length > 1 && (
                <section class="section" aria-labelledby="impact-diagram-title">
                  <h2 class="heading-m" id="impact-diagram-title">
                    {t('impact.diagramTitle')}
                  </h2>
                  <ImpactDiagram answer={answer} />
                </section>
              )}
            </>
          );
        }}
      </LoadView>
    </section>
  );
}
