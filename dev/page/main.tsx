import { setIconOptions } from '@fluentui/react/lib/Styling';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { applyHostTheme, HOST_THEMES, hostThemeNamed, type HostTheme } from '../../src/components/common/hostTheme';
import type { RootProps } from '../../src/components/common/RootProps';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import en from '../../src/components/loc/en-us.js?spfx-loc';
import vi from '../../src/components/loc/vi-vn.js?spfx-loc';
import { MyEvaluation } from '../../src/components/myEvaluation/MyEvaluation';
import { ReviewAndDecide } from '../../src/components/reviewAndDecide/ReviewAndDecide';
import { UnitDashboard } from '../../src/components/unitDashboard/UnitDashboard';
import { placeFromSearch } from '../../src/domain/place';
import { createServicesForSite } from '../../src/services/forSite';
import { Outbox } from './Outbox';
import { chrome, type PageLanguage } from './pageStrings';
import { publishThemeTokens } from './themeTokens';
import { UserSwitcher, type DevAccount } from './UserSwitcher';

// SharePoint pages register Fluent's icon font from Microsoft's CDN, which this machine cannot reach:
// the local page goes without icons (every icon here sits beside a text that says the same).
setIconOptions({ disableWarnings: true });

const STORED_USER = 'dgcc.localIntranet.user';
const STORED_LANGUAGE = 'dgcc.localIntranet.language';
const STORED_HOST = 'dgcc.localIntranet.host';

/** A SharePoint page (no host theme: the site's theme applies), or a Teams tab in one of its themes. */
type PageHost = 'sharePoint' | HostTheme;

function storedHost(): PageHost {
  const stored = localStorage.getItem(STORED_HOST);
  return stored === 'sharePoint' || !stored ? 'sharePoint' : hostThemeNamed(stored);
}

function LocalIntranetPage(): JSX.Element {
  const [accounts, setAccounts] = React.useState<DevAccount[] | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [user, setUser] = React.useState<string>(() => localStorage.getItem(STORED_USER) || '');
  const [language, setLanguage] = React.useState<PageLanguage>(() => (localStorage.getItem(STORED_LANGUAGE) === 'en' ? 'en' : 'vi'));
  const [host, setHost] = React.useState<PageHost>(storedHost);
  // Rendered once the theme is loaded, as the web part shell does in a Teams tab (no flash of the wrong theme).
  const [themedAs, setThemedAs] = React.useState<PageHost | undefined>(undefined);
  const words = chrome[language];

  React.useEffect(() => {
    localStorage.setItem(STORED_HOST, host);
    let current = true;
    applyHostTheme(host === 'sharePoint' ? 'default' : host).then(
      () => {
        publishThemeTokens();
        if (current) setThemedAs(host);
      },
      (error: Error) => setFailure(error.message)
    );
    // The page around the web parts is the tab's: it takes the theme's background too.
    document.body.dataset.hostTheme = host === 'sharePoint' ? '' : host;
    return () => {
      current = false;
    };
  }, [host]);

  React.useEffect(() => {
    fetch('/_dev/users')
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((list: DevAccount[]) => {
        setAccounts(list);
        if (!list.some((a) => a.userPrincipalName === user) && list.length) setUser(list[0].userPrincipalName);
      })
      .catch((error: Error) => setFailure(error.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page opens
  }, []);

  React.useEffect(() => {
    if (user) localStorage.setItem(STORED_USER, user);
    localStorage.setItem(STORED_LANGUAGE, language);
    document.documentElement.lang = language;
  }, [user, language]);

  const services = React.useMemo(
    () =>
      user
        ? createServicesForSite({
            siteUrl: `${window.location.origin}/sites/danhgia`,
            graphUrl: `${window.location.origin}/graph`,
            userPrincipalName: user,
            pageUrl: `${window.location.origin}/`
          })
        : undefined,
    [user]
  );

  if (failure) return <p role="alert">{words.serverUnreachable(failure)}</p>;
  if (!accounts || !services || themedAs !== host) return <p>{words.loading}</p>;

  const root: RootProps = {
    services,
    strings: language === 'en' ? en : vi,
    locale: language === 'en' ? 'en-US' : 'vi-VN',
    hostTheme: host === 'sharePoint' ? undefined : host
  };
  return (
    <>
      <header className="page-header">
        <h1>{words.title}</h1>
        <UserSwitcher accounts={accounts} value={user} onChange={setUser} words={words} />
        <label>
          {words.language}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'vi')}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {words.host}{' '}
          <select value={host} onChange={(e) => setHost(e.target.value === 'sharePoint' ? 'sharePoint' : hostThemeNamed(e.target.value))}>
            <option value="sharePoint">{words.hosts.sharePoint}</option>
            {HOST_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {words.hosts[theme]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main key={`${user}|${language}|${host}`}>
        {/* The web part a link names (dgcc-view, src/domain/place.ts) is the tab the page opens on. */}
        <Pivot aria-label={words.webParts} defaultSelectedKey={placeFromSearch(window.location.search).view}>
          <PivotItem headerText={root.strings.MyEvaluationTitle} itemKey="my">
            <MyEvaluation {...root} />
          </PivotItem>
          <PivotItem headerText={root.strings.ReviewTitle} itemKey="review">
            <ReviewAndDecide {...root} />
          </PivotItem>
          <PivotItem headerText={root.strings.DashboardTitle} itemKey="dashboard">
            <UnitDashboard {...root} />
          </PivotItem>
          <PivotItem headerText={root.strings.AdminTitle} itemKey="admin">
            <EvaluationAdmin {...root} />
          </PivotItem>
          <PivotItem headerText={words.outbox} itemKey="outbox">
            <Outbox words={words} />
          </PivotItem>
        </Pivot>
      </main>
    </>
  );
}

const container = document.getElementById('root');
ReactDom.render(<LocalIntranetPage />, container);
window.addEventListener('pagehide', () => container && ReactDom.unmountComponentAtNode(container));
