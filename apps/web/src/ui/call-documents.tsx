import type { ReactNode } from 'react';
import { defineMessages, formatNumber, useLocale, useT } from '../i18n/i18n';

const texts = defineMessages({
  ja: {
    heading: '募集要項・様式',
    none: '掲載されている資料はありません。',
    caption: '募集要項と様式（ダウンロード）',
    document: '資料',
    file: 'ファイル',
    size: '大きさ',
    download: '{title}をダウンロード（{type}）',
  },
  en: {
    heading: 'Call guidelines and forms',
    none: 'No documents yet.',
    caption: 'Guidelines and forms (downloads)',
    document: 'Document',
    file: 'File',
    size: 'Size',
    download: 'Download {title} ({type})',
  },
});

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
};

export interface CallDocumentItem {
  id: string;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

function size(bytes: number, locale: 'ja' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

/**
 * A call's 募集要項 and forms as a list of downloads, on the public call page, the proposer's start page and the
 * secretariat's call editor. `link` gives the public address (a plain link); `onDownload` fetches with the
 * signed-in person's token; `actions` adds a cell per row (the secretariat's 削除).
 */
export function CallDocuments({
  documents,
  headingLevel = 3,
  link,
  onDownload,
  actions,
}: {
  documents: CallDocumentItem[];
  headingLevel?: 2 | 3 | 4;
  link?: (document: CallDocumentItem) => string;
  onDownload?: (document: CallDocumentItem) => void;
  actions?: (document: CallDocumentItem) => ReactNode;
}) {
  const t = useT(texts);
  const { locale } = useLocale();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const label = (d: CallDocumentItem) =>
    t('download', { title: d.title, type: TYPE_NAMES[d.contentType] ?? d.contentType });
  return (
    <div className="call-documents">
      <Heading>{t('heading')}</Heading>
      {documents.length === 0 ? (
        <p className="meta">{t('none')}</p>
      ) : (
        <ul className="call-document-list">
          {documents.map((d) => (
            <li key={d.id} className="call-document">
              {link ? (
                <a href={link(d)} download={d.filename} aria-label={label(d)}>
                  {d.title}
                </a>
              ) : (
                <button type="button" className="linklike" aria-label={label(d)} onClick={() => onDownload?.(d)}>
                  {d.title}
                </button>
              )}{' '}
              <span className="meta">
                {d.filename}（{TYPE_NAMES[d.contentType] ?? d.contentType}・{size(d.sizeBytes, locale)}）
              </span>
              {actions ? <> {actions(d)}</> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
