import { placeFromSearch, placeLink } from '../../src/domain/place';

describe('a place in the product, kept in the address', () => {
  it('goes into a link and comes back out the same', () => {
    const link = placeLink('https://contoso.sharepoint.com/sites/danhgia/SitePages/DanhGia.aspx', {
      view: 'review',
      screen: 'unitYear',
      year: 2026,
      unit: 'BC-BDT',
      person: 'ngo.trong.trung@vhttdl.local'
    });
    expect(link).toBe(
      'https://contoso.sharepoint.com/sites/danhgia/SitePages/DanhGia.aspx?dgcc-view=review&dgcc-screen=unitYear&dgcc-year=2026&dgcc-person=ngo.trong.trung%40vhttdl.local&dgcc-unit=BC-BDT'
    );
    expect(placeFromSearch(link.slice(link.indexOf('?')))).toEqual({ view: 'review', screen: 'unitYear', year: 2026, unit: 'BC-BDT', person: 'ngo.trong.trung@vhttdl.local' });
  });

  it('keeps the page’s other parameters and replaces its own', () => {
    expect(placeLink('https://x/Page.aspx?env=WebView&dgcc-period-id=3#top', { view: 'my', periodId: 11 })).toBe('https://x/Page.aspx?env=WebView&dgcc-view=my&dgcc-period-id=11');
  });

  it('ignores what is malformed rather than trusting it', () => {
    expect(placeFromSearch('?dgcc-view=hack&dgcc-period-id=-1&dgcc-year=20x6&dgcc-person=<script>&dgcc-unit=a%20b')).toEqual({});
  });
});
