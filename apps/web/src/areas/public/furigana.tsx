import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useLocale, useT } from '../../i18n/i18n';
import { defineMessages } from '../../i18n/i18n';

/** Where the reader's choice is kept, so the next visit shows ふりがな again without asking. */
const STORAGE_KEY = 'kyodo.public.furigana';

const messages = defineMessages({
  ja: {
    furigana: 'ふりがなをつける',
    furiganaHint: '漢字の上に読み方を表示します',
    plainJapanese: 'やさしい にほんご',
  },
  en: {
    furigana: 'Show furigana',
    furiganaHint: 'Readings over the kanji of Japanese texts',
    plainJapanese: 'In plain Japanese (やさしい日本語)',
  },
});

/** A run of text and, over kanji, its reading, as GET /public/furigana/… answers. */
export interface RubySegment {
  text: string;
  reading: string | null;
}

interface FuriganaState {
  on: boolean;
  set: (on: boolean) => void;
}

const FuriganaContext = createContext<FuriganaState>({ on: false, set: () => undefined });

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** The portal's ふりがな switch: one choice for every public page, remembered in this browser. */
export function FuriganaProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(stored);
  const set = useCallback((next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // A browser that keeps nothing still shows ふりがな for this visit.
    }
  }, []);
  return <FuriganaContext.Provider value={{ on, set }}>{children}</FuriganaContext.Provider>;
}

/** Whether ふりがな are to be shown: switched on, and the page is in Japanese. */
export function useFurigana(): boolean {
  const { locale } = useLocale();
  return useContext(FuriganaContext).on && locale === 'ja';
}

/** The switch itself: shown with the Japanese pages only (the English ones have no kanji to read). */
export function FuriganaSwitch() {
  const t = useT(messages);
  const { locale } = useLocale();
  const { on, set } = useContext(FuriganaContext);
  if (locale !== 'ja') return null;
  return (
    <p className="furigana-switch">
      <label>
        <input id="furigana-switch" type="checkbox" checked={on} onChange={(event) => set(event.target.checked)} />{' '}
        {t('furigana')}
      </label>{' '}
      <span className="meta">{t('furiganaHint')}</span>
    </p>
  );
}

/** Text with its readings over the kanji: <ruby>漢字<rt>かんじ</rt></ruby>. */
export function Ruby({ segments }: { segments: RubySegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.reading ? (
          <ruby key={index}>
            {segment.text}
            <rp>（</rp>
            <rt>{segment.reading}</rt>
            <rp>）</rp>
          </ruby>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** A text, with its readings when they are given (the switch on and the server's answer in). */
export function RubyText({ text, segments }: { text: string; segments?: RubySegment[] }) {
  return segments && segments.length > 0 ? <Ruby segments={segments} /> : <>{text}</>;
}

/** The やさしい日本語 version the secretariat wrote, under the original it translates. */
export function PlainVersion({
  text,
  segments,
  headingLevel = 4,
  testId,
}: {
  text: string;
  segments?: RubySegment[];
  headingLevel?: 3 | 4;
  testId?: string;
}) {
  const t = useT(messages);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="plain-version" lang="ja" data-testid={testId}>
      <Heading>{t('plainJapanese')}</Heading>
      <p className="plain-version-text">
        <RubyText text={text} segments={segments} />
      </p>
    </section>
  );
}
