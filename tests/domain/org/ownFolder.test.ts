import { screenActs, type RecordedAct } from '../../../src/domain/org/acts';
import { buildOrgModel } from '../../../src/domain/org/buildOrgModel';
import { isInOwnFolder, personalFolderName } from '../../../src/domain/org/readScopes';

/**
 * An act about a person lying in another person's own folder counts for nothing: only that person may
 * add there, so even an Author forged through SharePoint's validate endpoints (dev/README.md, doubts)
 * cannot make a colleague's report or self-evaluation look like the person's.
 */
const org = buildOrgModel(
  [{ code: 'QLDT', name: 'Phòng Quản lý di tích', level: 'DIVISION', headLogin: 'minh@x', deputyLogins: [], taskGroups: [] }],
  [
    { login: 'minh@x', displayName: 'Vũ Đức Minh' },
    { login: 'an@x', displayName: 'Nguyễn Văn An', managerLogin: 'minh@x' },
    { login: 'binh@x', displayName: 'Trần Bình', managerLogin: 'minh@x' }
  ],
  []
).org;
const selfEvaluation = (id: number, folder: string): RecordedAct => ({ id, step: 'SELF_ASSESSMENT', subjectLogin: 'an@x', authorLogin: 'an@x', createdAt: '2026-12-01T00:00:00Z', folder, payload: {} });

describe('acts lie where only their subject may add', () => {
  it('names each person’s folder after their login, the same however it is written', () => {
    expect(personalFolderName('Nguyen.Van.An@vhttdl.local')).toBe('NV-nguyen.van.an-vhttdl.local');
    expect(personalFolderName(' nguyen.van.an@vhttdl.local')).toBe('NV-nguyen.van.an-vhttdl.local');
  });

  it('an act about An counts in An’s folder (or a unit’s), not in Bình’s, whatever Author it shows', () => {
    expect(isInOwnFolder(personalFolderName('an@x'), 'an@x')).toBe(true);
    expect(isInOwnFolder('QLDT-2026', 'an@x')).toBe(true);
    expect(isInOwnFolder(personalFolderName('binh@x'), 'an@x')).toBe(false);
    // Someone whose login starts like An's is not An.
    expect(isInOwnFolder(personalFolderName('an@x-b'), 'an@x')).toBe(false);
    const screened = screenActs(org, [selfEvaluation(1, personalFolderName('an@x')), selfEvaluation(2, personalFolderName('binh@x'))]);
    expect(screened.effective.map((a) => a.id)).toEqual([1]);
    expect(screened.ignored[0].reason).toMatch(/thư mục riêng của người khác/);
  });
});
