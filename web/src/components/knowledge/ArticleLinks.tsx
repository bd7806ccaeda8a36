// "Tiket dan aplikasi terkait": the tickets and applications an article is linked to; a ticket
// link marked "digunakan" counts as a use of the article (a Tier 1 operator solved the ticket
// with it). Whoever may keep the article — or, for a published one, an operator for their own
// agency's tickets and applications — adds a link by finding the ticket (number or words) or the
// application (name or code); the article's keepers remove a link after a confirmation.
import { useState } from 'preact/hooks';
import { applicationPagePath, listApplications } from '../../api/applications';
import { addArticleLink, removeArticleLink } from '../../api/knowledge';
import type { Article, ArticleLink } from '../../api/knowledgeTypes';
import { listTickets, ticketPagePath } from '../../api/tickets';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LinkList } from '../LinkList';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SearchField, SearchResults, useSearch } from '../form/SearchChoice';

const IDS = { kind: 'kb-link-kind', q: 'kb-link-q', target_id: 'kb-link-target' };

interface Found {
  id: number;
  label: string;
}

interface Props {
  article: Article;
  mayAdd: boolean;
  mayRemove: boolean;
  onChanged: () => void;
}

export function ArticleLinks({ article, mayAdd, mayRemove, onChanged }: Props) {
  const { t } = useI18n();
  const [done, setDone] = useState<MessageKey | null>(null);
  const removal = useConfirmRemove((l: ArticleLink) => removeArticleLink(article.id, l.id), () => {
    setDone('knowledge.linkRemoved');
    onChanged();
  });
  const href = (l: ArticleLink) => (l.kind === 'ticket' ? ticketPagePath(l.target.id) : applicationPagePath(l.target.id));

  return (
    <LinkList
      prefix="kb"
      title={t('knowledge.linksTitle')}
      intro={t('knowledge.linksIntro')}
      count={article.links.length}
      emptyText={t('knowledge.linksNone')}
      done={done && t(done)}
      removal={removal}
      mayAdd={mayAdd}
      addLabel={t('knowledge.linkAdd')}
      onOpen={() => setDone(null)}
      form={(close) => (
        <LinkForm
          article={article}
          onClose={close}
          onAdded={() => {
            close();
            setDone('knowledge.linkAdded');
            onChanged();
          }}
        />
      )}
    >
      {article.links.map((l) => (
        <li key={l.id} class="bp-link-list__item" data-testid="kb-link" data-link-id={l.id} data-kind={l.kind}>
          <p class="body">
            <span class="secondary">{l.kind === 'ticket' ? t('knowledge.linkTicket') : t('knowledge.linkApplication')}:</span>{' '}
            <a class="link" href={href(l)} data-testid="kb-link-target">
              {l.target.label}
            </a>{' '}
            {l.used && (
              <strong class="tag tag--green" data-testid="kb-link-used">
                {t('knowledge.linkUsed')}
              </strong>
            )}
          </p>
          {mayRemove && (
            <RemoveWithConfirm
              state={removal}
              item={l}
              testId="kb-link-remove"
              label={t('knowledge.linkRemove')}
              hiddenName={l.target.label}
              question={t('knowledge.linkRemoveQuestion')}
              yesLabel={t('knowledge.linkRemoveYes')}
              onAsk={() => setDone(null)}
            />
          )}
        </li>
      ))}
    </LinkList>
  );
}

function LinkForm({ article, onClose, onAdded }: { article: Article; onClose: () => void; onAdded: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'ticket' | 'application'>('ticket');
  const [q, setQ] = useState('');
  const [target, setTarget] = useState('');
  const finder = useSearch<Found>();
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const search = async () => {
    if (!q.trim()) return;
    const items = await (kind === 'ticket'
      ? finder.run(
          () => listTickets({ q: q.trim(), status: '' }, null),
          (data) => data.items.map((k) => ({ id: k.id, label: `${k.number} — ${k.title} (${k.agency.short_name})` })),
        )
      : finder.run(
          () => listApplications({ agency_id: '', category: '', lifecycle: '', q: q.trim() }, null),
          (data) => data.items.map((a) => ({ id: a.id, label: `${a.code ? `${a.code} — ` : ''}${a.name} (${a.agency_short_name})` })),
        ));
    if (items && !items.some((k) => String(k.id) === target)) setTarget('');
  };

  const submit = send({
    check: ({ t }: I18n) => fieldErrors([[IDS.target_id, target ? null : t('knowledge.error.linkTargetMissing')]]),
    request: () => addArticleLink(article.id, kind, Number(target)),
    onSent: () => onAdded(),
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('knowledge.forbiddenLink') }, ...shown.summary] } : shown),
  });

  return (
    <FormPanel title={t('knowledge.linkAddTitle')} testId="kb-link-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="kb-link-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind}
          legend={t('knowledge.linkKind')}
          value={kind}
          onChange={(value) => {
            setKind(value === 'application' ? 'application' : 'ticket');
            setTarget('');
            finder.clear();
          }}
          options={[
            { value: 'ticket', label: t('knowledge.linkTicket') },
            { value: 'application', label: t('knowledge.linkApplication') },
          ]}
        />
        <SearchField
          id={IDS.q}
          label={kind === 'ticket' ? t('knowledge.linkSearchTicket') : t('knowledge.linkSearchApplication')}
          hint={kind === 'ticket' ? t('knowledge.linkSearchTicketHint') : t('knowledge.linkSearchApplicationHint')}
          value={q}
          onInput={setQ}
          searching={finder.searching}
          onSearch={() => void search()}
          buttonLabel={t('knowledge.linkSearchButton')}
          buttonTestId="kb-link-search"
        />
        <SearchResults
          id={IDS.target_id}
          legend={t('knowledge.linkChoose')}
          search={finder}
          onRetry={() => void search()}
          options={(finder.found ?? []).map((f) => ({ value: String(f.id), label: f.label }))}
          value={target}
          onChange={setTarget}
          error={errors.fields[IDS.target_id]}
          noneText={t('knowledge.linkNoneFound')}
          noneTestId="kb-link-none-found"
          errorTestId="kb-link-target-error"
        />
        <SaveCancelButtons saveLabel={t('knowledge.linkSave')} saveTestId="kb-link-save" saving={sending} cancelTestId="kb-link-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
