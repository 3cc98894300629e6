import { defineMessages, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { PageTitle } from '../../../ui/components';
import { MunicipalityPicker, useMunicipality, useMunicipalityName, withMunicipality } from '../municipality';
import { groupRegistrationTexts } from '../group-registration-texts';
import { onPublicFace } from '../../../shell/api-face';

const messages = defineMessages({
  ja: {
    title: '協働事業提案制度',
    lead: '市民活動団体と市が力を合わせて地域の課題に取り組む事業を、提案によって選ぶ仕組みです。',
    how: '制度の流れ',
    step1: '募集：市が募集を行い、担当課が「市提案テーマ」を示します。',
    step2:
      '提案：団体が市の示したテーマに応えて（テーマ設定型）、または自ら課題を設定して（自由提案型）事業を提案します。市の担当課が提案することもあります。',
    step3: '審査：担当課の職員が評価シートで採点し、委員会が合同評価を行います。',
    step4: '決定と公開：採択・条件付き採択・不採択の結果と講評を、このページで誰でも見られます。',
    current: '表示中の自治体：{name}',
    explore: '公開情報を見る',
    calls: '募集とテーマ',
    callsText: '募集中・過去の募集、市提案テーマ、締切',
    proposals: '提案と評価結果',
    proposalsText: '公開された提案、採否、講評、評価点',
    statistics: '統計',
    statisticsText: '年度・提案の種類・提案者・担当課・活動分野ごとの提案件数、採択率と実施率',
    openData: 'オープンデータ',
    openDataText: 'CSV・JSON・ZIP で自由に利用できます',
    compare: '自治体間比較',
    compareText: '参加している自治体の提案件数・採択率・実施率を年度ごとに比べる',
  },
  en: {
    title: 'Collaborative project proposals',
    lead: 'A scheme in which citizen groups and the city choose, by proposal, projects they carry out together to address local issues.',
    how: 'How it works',
    step1: 'Call: the city opens a call, and departments post city themes.',
    step2:
      'Proposal: groups propose projects, answering a theme the city set (theme-based) or on a subject of their own (free proposal); a department may propose too.',
    step3: 'Review: department staff score each proposal with a rubric, and a committee holds a joint evaluation.',
    step4:
      'Decision and disclosure: every decision (adopted, adopted with conditions, not adopted) and its comments are public here.',
    current: 'Showing: {name}',
    explore: 'Explore',
    calls: 'Calls and themes',
    callsText: 'Open and past calls, city themes, deadlines',
    proposals: 'Proposals and results',
    proposalsText: 'Disclosed proposals, decisions, comments, scores',
    statistics: 'Statistics',
    statisticsText: 'Proposals, adoption and implementation rates by year, type, proposer, department and field',
    openData: 'Open data',
    openDataText: 'Free to reuse as CSV, JSON and ZIP',
    compare: 'Compare municipalities',
    compareText: 'Proposals, adoption and implementation rates of the municipalities that joined, year by year',
  },
});

export function HomePage() {
  const t = useT(messages);
  const tr = useT(groupRegistrationTexts);
  const { current } = useMunicipality();
  const nameOf = useMunicipalityName();
  const code = current?.code;
  const links = [
    { to: '/calls', title: t('calls'), text: t('callsText') },
    { to: '/proposals', title: t('proposals'), text: t('proposalsText') },
    { to: '/statistics', title: t('statistics'), text: t('statisticsText') },
    { to: '/open-data', title: t('openData'), text: t('openDataText') },
    { to: '/compare', title: t('compare'), text: t('compareText') },
    // Registering writes: the public face (read-only, API_FACE=public) does not take it.
    ...(onPublicFace() ? [] : [{ to: '/group-registration', title: tr('link'), text: tr('linkText') }]),
  ];
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p className="public-lead">{t('lead')}</p>
      {current ? <p className="meta">{t('current', { name: nameOf(current) })}</p> : null}
      <MunicipalityPicker />
      <h2>{t('explore')}</h2>
      <ul className="cards">
        {links.map((link) => (
          <li key={link.to} className="card">
            <h3>
              <Link to={withMunicipality(link.to, code)}>{link.title}</Link>
            </h3>
            <p className="meta">{link.text}</p>
          </li>
        ))}
      </ul>
      <h2>{t('how')}</h2>
      <ol className="public-steps">
        <li>{t('step1')}</li>
        <li>{t('step2')}</li>
        <li>{t('step3')}</li>
        <li>{t('step4')}</li>
      </ol>
    </section>
  );
}
