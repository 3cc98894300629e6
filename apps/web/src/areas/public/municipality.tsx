import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { useSearchParams } from 'react-router';
import { useSetSearch } from '../../router/search';
import { Async } from '../../ui/components';
import { keys } from '../../queries/keys';
import { useApiQuery, type ApiQuery } from '../../queries/use-api-query';
import type { PublicMunicipality } from './models';
import { publicTexts } from './texts';

const STORAGE_KEY = 'kyodo.public.municipality';

interface MunicipalityState {
  list: ApiQuery<PublicMunicipality[]>;
  /** The chosen municipality, when the list has it. */
  current: PublicMunicipality | null;
  choose(code: string): void;
}

const MunicipalityContext = createContext<MunicipalityState | null>(null);

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The municipality the public pages show: `?m=code` in the URL wins, then the one chosen last time
 * (localStorage); a deployment with exactly one municipality chooses it silently.
 */
export function MunicipalityProvider({ children }: { children: ReactNode }) {
  const list = useApiQuery(keys.public.municipalities(), (signal) =>
    call('GET /api/v1/public/municipalities', { signal }),
  );
  const [search] = useSearchParams();
  const setSearch = useSetSearch();
  const wanted = search.get('m') ?? stored();
  const items = list.data;
  const current = useMemo(() => {
    if (!items) return null;
    if (items.length === 1) return items[0]!;
    return items.find((item) => item.code === wanted) ?? null;
  }, [items, wanted]);
  useEffect(() => {
    if (!current) return;
    try {
      localStorage.setItem(STORAGE_KEY, current.code);
    } catch {
      // private mode: the URL still carries it
    }
    if (search.get('m') !== current.code) setSearch({ m: current.code });
  }, [current, search, setSearch]);
  const value = useMemo<MunicipalityState>(
    () => ({ list, current, choose: (code: string) => setSearch({ m: code, cursor: undefined }) }),
    [list, current, setSearch],
  );
  return <MunicipalityContext.Provider value={value}>{children}</MunicipalityContext.Provider>;
}

export function useMunicipality(): MunicipalityState {
  const state = useContext(MunicipalityContext);
  if (!state) throw new Error('useMunicipality outside MunicipalityProvider');
  return state;
}

export function useMunicipalityName(): (m: PublicMunicipality) => string {
  const { locale } = useLocale();
  return (m) => (locale === 'en' ? m.nameEn || m.nameJa : m.nameJa);
}

/** A path of the portal that keeps the chosen municipality. */
export function withMunicipality(path: string, code: string | undefined, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(code ? { m: code } : {}), ...extra }).toString();
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

/** The picker: a labelled select of the deployment's municipalities. */
export function MunicipalityPicker() {
  const t = useT(publicTexts);
  const { list, current, choose } = useMunicipality();
  const nameOf = useMunicipalityName();
  if (!list.data || list.data.length < 2) return null;
  return (
    <form
      className="public-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('m');
        if (typeof value === 'string' && value) choose(value);
      }}
    >
      <div className="field">
        <label htmlFor="public-municipality" className="field-label">
          {t('municipality')}
        </label>
        <p id="public-municipality-hint" className="field-hint">
          {t('chooseMunicipalityHint')}
        </p>
        <select
          id="public-municipality"
          name="m"
          className="input"
          defaultValue={current?.code ?? ''}
          key={current?.code ?? ''}
          aria-describedby="public-municipality-hint"
        >
          <option value="">{t('chooseMunicipality')}</option>
          {list.data.map((m) => (
            <option key={m.code} value={m.code}>
              {nameOf(m)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('show')}
      </button>
    </form>
  );
}

/** Renders its children with the chosen municipality, or asks for one first. */
export function WithMunicipality({ children }: { children: (m: PublicMunicipality) => ReactNode }) {
  const t = useT(publicTexts);
  const { list, current } = useMunicipality();
  return (
    <Async state={list}>
      {(items) =>
        items.length === 0 ? (
          <p className="notice">{t('noMunicipality')}</p>
        ) : current ? (
          children(current)
        ) : (
          <section className="notice" aria-label={t('chooseMunicipality')}>
            <p className="notice-title">{t('chooseMunicipality')}</p>
            <MunicipalityPicker />
          </section>
        )
      }
    </Async>
  );
}
