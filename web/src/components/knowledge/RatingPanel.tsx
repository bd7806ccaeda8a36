// "Penilaian": how useful readers found a published article (its use, Madiun Pasal 37 ayat (2)),
// the average and count, and "Beri nilai" 1-5 with an optional comment. One rating per reader:
// rating again replaces the earlier one. Every staff role may rate.
import { useState } from 'preact/hooks';
import { rateArticle } from '../../api/knowledge';
import type { Article, RatingAnswer } from '../../api/knowledgeTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { SavedNotice } from '../SavedNotice';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { RatingStars } from './RatingStars';

const IDS = { stars: 'kb-rate-stars', comment: 'kb-rate-comment' };

interface Props {
  article: Article;
  mayRate: boolean;
  onRated: () => void;
}

export function RatingPanel({ article, mayRate, onRated }: Props) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<RatingAnswer | null>(null);
  const mine = answer?.my_rating ?? article.my_rating;
  const [stars, setStars] = useState(mine ? String(mine.stars) : '');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [saved, setSaved] = useState(false);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const rating = answer?.rating ?? { average: article.usage.rating_average, count: article.usage.rating_count };

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.stars, stars ? null : t('knowledge.error.starsMissing')],
        [IDS.comment, comment.length > 2000 ? t('knowledge.error.longText') : null],
      ]),
    request: () => rateArticle(article.id, Number(stars), comment.trim()),
    onSent: (data) => {
      setAnswer(data);
      setSaved(true);
      onRated();
    },
  });

  return (
    <section class="section" aria-labelledby="kb-rating-title" data-testid="kb-rating-section">
      <h2 class="heading-m" id="kb-rating-title">
        {t('knowledge.ratingTitle')}
      </h2>
      <p class="body">
        <RatingStars average={rating.average} count={rating.count} testId="kb-rating" />
      </p>
      {mine && (
        <p class="body secondary" data-testid="kb-my-rating">
          {t('knowledge.myRating', { stars: mine.stars })}
        </p>
      )}
      {saved && <SavedNotice testId="kb-rated" text={t('knowledge.rated')} />}
      {mayRate && (
        <form class="form" onSubmit={submit} noValidate data-testid="kb-rate-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <RadioGroup
            id={IDS.stars}
            legend={mine ? t('knowledge.rateAgain') : t('knowledge.rate')}
            hint={t('knowledge.rateHint')}
            value={stars}
            onChange={(value) => {
              setSaved(false);
              setStars(value);
            }}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`knowledge.stars.${n}` as 'knowledge.stars.1') }))}
            error={errors.fields[IDS.stars]}
          />
          <TextArea id={IDS.comment} label={t('knowledge.rateCommentOptional')} value={comment} onInput={setComment} error={errors.fields[IDS.comment]} rows={2} />
          <button type="submit" class="button button--secondary" disabled={sending} data-testid="kb-rate-submit">
            {t('knowledge.rateSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
