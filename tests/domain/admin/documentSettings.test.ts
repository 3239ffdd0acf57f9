import { DEFAULT_SETTINGS, mergeSettings, resolveSettings } from '../../../src/domain/rating/settings';
import { resolveSettingsAt, validateSettingValue, type SettingRow } from '../../../src/domain/admin/settingsHistory';
import { SETTING_DEFINITIONS } from '../../../src/domain/admin/settingsCatalogue';

const fieldsOf = (name: string, value: unknown): string[] => validateSettingValue(name, value).map((e) => e.field);

describe("the agency's identity on documents: HR's dated settings (official-documents.md 3.2, 3.4, 3.5)", () => {
  it('by default: the ministry as parent agency, Hà Nội, ký hiệu after ND 30 Phụ lục III (BB, QĐ, TB), Mẫu 01 with the competent column', () => {
    const documents = mergeSettings(undefined).documents;
    expect(documents.parentAgency).toBe('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(documents.place).toBe('Hà Nội');
    expect([documents.symbolBienBan, documents.symbolQuyetDinh, documents.symbolThongBao]).toEqual(['BB-{unit}', 'QĐ-{unit}', 'TB-{unit}']);
    // 3.4: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" for a Bộ document signed by a deputy minister
    expect(documents.signerMinistry).toEqual({ prefix: 'KT.', title: 'BỘ TRƯỞNG' });
    // official-documents.md 7: the competent level's column is UNCONFIRMED, printed unless HR says otherwise
    expect(documents.mau01CompetentColumn).toBe('SHOWN');
  });

  it('a ký hiệu is in capitals, its groups joined by "-" without spaces (ND 30 Phụ lục I 3.2); {unit} is the only placeholder', () => {
    expect(fieldsOf('documents.symbolQuyetDinh', 'QĐ-{unit}')).toEqual([]);
    expect(fieldsOf('documents.symbolQuyetDinh', 'QĐ-{unit}-TCCB')).toEqual([]);
    expect(fieldsOf('documents.symbolQuyetDinh', 'qđ-{unit}')).toEqual(['documents.symbolQuyetDinh']);
    expect(fieldsOf('documents.symbolQuyetDinh', 'QĐ - {unit}')).toEqual(['documents.symbolQuyetDinh']);
    expect(fieldsOf('documents.symbolBienBan', 'BB-{donvi}')).toEqual(['documents.symbolBienBan']);
    expect(fieldsOf('documents.symbolThongBao', 15)).toEqual(['documents.symbolThongBao']);
    // Phụ lục III: the kind's abbreviation comes first (a decision is QĐ, whatever follows)
    expect(fieldsOf('documents.symbolQuyetDinh', 'TB-{unit}')).toEqual(['documents.symbolQuyetDinh']);
  });

  it('the signer: one of the authorities of ô 7a (TM., Q., KT., TL., TUQ.) or none; with one, the head’s title is required', () => {
    expect(fieldsOf('documents.signerAgency', { prefix: 'TL.', title: 'BỘ TRƯỞNG' })).toEqual([]);
    expect(fieldsOf('documents.signerAgency', { prefix: '', title: '' })).toEqual([]);
    expect(fieldsOf('documents.signerAgency', { prefix: 'KT', title: 'BỘ TRƯỞNG' })).toEqual(['documents.signerAgency.prefix']);
    expect(fieldsOf('documents.signerAgency', { prefix: 'KT.', title: '' })).toEqual(['documents.signerAgency.title']);
    expect(fieldsOf('documents.signerAgency', { prefix: '', title: 'Bộ trưởng' })).toEqual(['documents.signerAgency.title']);
    const problem = validateSettingValue('documents.signerMinistry', { prefix: 'KT.', title: '' })[0];
    expect(problem.vi).toContain('BỘ TRƯỞNG');
    expect(problem.en).toContain('title is required');
  });

  it('names and places are one line, not blank', () => {
    expect(fieldsOf('documents.place', 'Thành phố Hồ Chí Minh')).toEqual([]);
    expect(fieldsOf('documents.place', '  ')).toEqual(['documents.place']);
    expect(fieldsOf('documents.parentAgency', 'BỘ VĂN HÓA\nTHỂ THAO')).toEqual(['documents.parentAgency']);
    expect(fieldsOf('documents.mau01CompetentColumn', 'NO')).toEqual(['documents.mau01CompetentColumn']);
  });

  it('dated like the others: a row applies from its day; an invalid row added through REST counts for nothing', () => {
    const rows: SettingRow[] = [
      { id: 1, name: 'documents.symbolQuyetDinh', text: '"QĐ-{unit}-VHTTDL"', effectiveFrom: '2026-03-01' },
      { id: 2, name: 'documents.place', text: '"   "', effectiveFrom: '2026-01-01' }
    ];
    expect(resolveSettingsAt(rows, '2026-02-28').settings.documents.symbolQuyetDinh).toBe('QĐ-{unit}');
    const march = resolveSettingsAt(rows, '2026-03-01');
    expect(march.settings.documents.symbolQuyetDinh).toBe('QĐ-{unit}-VHTTDL');
    expect(march.settings.documents.place).toBe(DEFAULT_SETTINGS.documents.place);
    expect(march.ignored.map((i) => [i.row.id, i.reason])).toEqual([[2, 'INVALID']]);
  });

  it('the settings screen lists every documents setting in its own group, each with its legal status', () => {
    const documents = SETTING_DEFINITIONS.filter((d) => d.section === 'documents');
    expect(documents.map((d) => d.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.documents).sort());
    expect(documents.every((d) => d.group === 'DOCUMENTS')).toBe(true);
    expect(documents.find((d) => d.key === 'mau01CompetentColumn')?.status).toBe('UNCONFIRMED');
    expect(resolveSettings({ documents: { unknown: 1 } })).toEqual(expect.objectContaining({ ok: false }));
  });
});
