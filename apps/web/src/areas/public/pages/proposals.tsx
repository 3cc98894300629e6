import { useInfiniteQuery, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../../api/client';
import type { ApiError } from '../../../api/problem';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { useSearchParams } from 'react-router';
import { useSetSearch } from '../../../router/search';
import { Loading, PageTitle, ProblemMessage, Select, TextField } from '../../../ui/components';
import { asApiError } from '../../../queries/as-api-error';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ProposalCard } from '../components/proposal-card';
import { fieldsOf, yearsOf, type PublicProposalPage, type PublicStatistics } from '../models';
import { WithMunicipality } from '../municipality';
import { publicTexts } from '../texts';

const messages = defineMessages({
  ja: {
    title: '提案と評価結果',
    filters: '絞り込み',
    year: '年度',
    origin: '提案者',
    proposalType: '提案の種類',
    decision: '採否',
    field: '活動分野',
    q: 'キーワード',
    qHint: '提案名と概要から探します',
    all: 'すべて',
    apply: 'この条件で表示',
    clear: '条件をクリア',
    count: '{count}件を表示しています',
    countMore: '{count}件を表示しています（続きがあります）',
    none: '条件に合う提案はありません。',
    more: 'さらに表示',
  },
  en: {
    title: 'Proposals and results',
    filters: 'Filters',
    year: 'Fiscal year',
    origin: 'Proposer',
    proposalType: 'Proposal type',
    decision: 'Decision',
    field: 'Activity field',
    q: 'Keyword',
    qHint: 'Searches proposal titles and summaries',
    all: 'All',
    apply: 'Apply',
    clear: 'Clear',
    count: 'Showing {count}',
    countMore: 'Showing {count} (more available)',
    none: 'No proposal matches.',
    more: 'Show more',
  },
});

const FILTERS = ['year', 'proposalType', 'origin', 'decision', 'field', 'q'] as const;

export function ProposalsPage() {
  const t = useT(messages);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <WithMunicipality>{(m) => <ProposalSearch code={m.code} />}</WithMunicipality>
    </section>
  );
}

function ProposalSearch({ code }: { code: string }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const [search] = useSearchParams();
  const setSearch = useSetSearch();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, search.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const stats = useApiQuery(keys.public.statistics(code), (signal) =>
    call('GET /api/v1/public/statistics', { query: { municipality: code }, signal }),
  );
  const fieldLabel = (key: string) => {
    const field = fieldsOf(stats.data).find((f) => f.key === key);
    return field ? (locale === 'en' ? field.labelEn : field.labelJa) : key;
  };
  const [formKey, setFormKey] = useState(0);
  const years = yearsOf(stats.data);

  return (
    <>
      {stats.isPending ? (
        <Loading />
      ) : (
        <form
          className="public-filters"
          aria-label={t('filters')}
          key={formKey}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setSearch(Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '').trim()])));
          }}
        >
          <div className="filters">
            <Select label={t('year')} name="year" id="filter-year" defaultValue={filters.year}>
              <option value="">{t('all')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {fiscalYearLabel(year, locale)}
                </option>
              ))}
              {filters.year && !years.includes(Number(filters.year)) ? (
                <option value={filters.year}>{fiscalYearLabel(Number(filters.year), locale)}</option>
              ) : null}
            </Select>
            <Select
              label={t('proposalType')}
              name="proposalType"
              id="filter-proposal-type"
              defaultValue={filters.proposalType}
            >
              <option value="">{t('all')}</option>
              <option value="theme">{p('theme')}</option>
              <option value="free">{p('free')}</option>
            </Select>
            <Select label={t('origin')} name="origin" id="filter-origin" defaultValue={filters.origin}>
              <option value="">{t('all')}</option>
              <option value="group">{p('group')}</option>
              <option value="department">{p('department')}</option>
            </Select>
            <Select label={t('decision')} name="decision" id="filter-decision" defaultValue={filters.decision}>
              <option value="">{t('all')}</option>
              <option value="adopted">{p('adopted')}</option>
              <option value="adoptedWithConditions">{p('adoptedWithConditions')}</option>
              <option value="notAdopted">{p('notAdopted')}</option>
              <option value="provisional">{p('provisional')}</option>
            </Select>
            <FieldSelect stats={stats.data} value={filters.field} label={t('field')} all={t('all')} />
            <TextField label={t('q')} hint={t('qHint')} name="q" id="filter-q" type="search" defaultValue={filters.q} />
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              {t('apply')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSearch(Object.fromEntries(FILTERS.map((name) => [name, undefined])));
                setFormKey((n) => n + 1);
              }}
            >
              {t('clear')}
            </button>
          </div>
        </form>
      )}
      <Results code={code} filters={filters} fieldLabel={fieldLabel} />
    </>
  );
}

function FieldSelect(props: { stats: PublicStatistics | undefined; value: string; label: string; all: string }) {
  const { locale } = useLocale();
  return (
    <Select label={props.label} name="field" id="filter-field" defaultValue={props.value}>
      <option value="">{props.all}</option>
      {fieldsOf(props.stats).map((field) => (
        <option key={field.key} value={field.key}>
          {locale === 'en' ? field.labelEn : field.labelJa}
        </option>
      ))}
    </Select>
  );
}

function Results(props: {
  code: string;
  filters: Record<(typeof FILTERS)[number], string>;
  fieldLabel: (key: string) => string;
}) {
  const t = useT(messages);
  const { code, filters } = props;
  const query = {
    municipality: code,
    fiscalYear: filters.year ? Number(filters.year) : undefined,
    proposalType: (filters.proposalType || undefined) as 'theme' | 'free' | undefined,
    origin: (filters.origin || undefined) as 'group' | 'department' | undefined,
    decision: (filters.decision || undefined) as
      'adopted' | 'adoptedWithConditions' | 'notAdopted' | 'provisional' | undefined,
    field: filters.field || undefined,
    q: filters.q || undefined,
    limit: 20,
  };
  const pages = useInfiniteQuery<
    PublicProposalPage,
    ApiError,
    InfiniteData<PublicProposalPage>,
    QueryKey,
    string | null
  >({
    queryKey: keys.public.proposals(query),
    queryFn: ({ pageParam, signal }) =>
      call('GET /api/v1/public/proposals', {
        query: pageParam ? { ...query, cursor: pageParam } : query,
        signal,
      }).catch((error: unknown) => {
        throw asApiError(error);
      }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
  });

  // A new search shows "loading" until its first page arrives (never the previous search's results).
  if (pages.isPending || (pages.isFetching && !pages.isFetchingNextPage && !pages.isFetchNextPageError)) {
    return <Loading />;
  }
  if (pages.error && !pages.isFetchNextPageError) {
    return <ProblemMessage error={pages.error} onRetry={() => void pages.refetch()} />;
  }
  if (!pages.data) return <Loading />;
  const items = pages.data.pages.flatMap((page) => page.items);
  const cursor = pages.hasNextPage;
  const loadingMore = pages.isFetchingNextPage;
  const moreError = pages.isFetchNextPageError ? pages.error : null;
  const loadMore = () => pages.fetchNextPage({ cancelRefetch: false });
  return (
    <div className="public-results" data-ready="true">
      <p role="status" aria-live="polite" className="meta">
        {items.length === 0 ? t('none') : t(cursor ? 'countMore' : 'count', { count: items.length })}
      </p>
      <ul className="public-list" aria-label={t('title')}>
        {items.map((item) => (
          <ProposalCard key={item.id} item={item} code={code} fieldLabel={props.fieldLabel} />
        ))}
      </ul>
      {moreError ? <ProblemMessage error={moreError} onRetry={() => void loadMore()} /> : null}
      {loadingMore ? <Loading /> : null}
      {cursor && !loadingMore ? (
        <button type="button" className="button button-secondary" onClick={() => void loadMore()}>
          {t('more')}
        </button>
      ) : null}
    </div>
  );
}
