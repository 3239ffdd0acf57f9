import { evaluateFilter, parseFilter } from '../../dev/server/query/filter';
import { buildBatchResponse, parseBatch } from '../../dev/server/sp/batch';
import { parseArgs, splitPath } from '../../dev/server/sp/path';

describe('$filter parser', () => {
  it('parses precedence, parentheses, functions and typed literals', () => {
    expect(parseFilter("A eq 1 or B eq 'x' and not (C lt datetime'2026-01-01T00:00:00Z')")).toEqual({
      kind: 'logical', op: 'or',
      left: { kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['A'] }, right: { kind: 'literal', type: 'number', value: 1 } },
      right: {
        kind: 'logical', op: 'and',
        left: { kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['B'] }, right: { kind: 'literal', type: 'string', value: 'x' } },
        right: { kind: 'not', expr: { kind: 'cmp', op: 'lt', left: { kind: 'field', path: ['C'] }, right: { kind: 'literal', type: 'datetime', value: '2026-01-01T00:00:00Z' } } }
      }
    });
    expect(parseFilter("startswith(Author/Title, 'Ng') eq true")).toEqual({
      kind: 'func', name: 'startswith', args: [{ kind: 'field', path: ['Author', 'Title'] }, { kind: 'literal', type: 'string', value: 'Ng' }]
    });
    expect(parseFilter("Title eq 'L''Étoile'")).toEqual(expect.objectContaining({ right: { kind: 'literal', type: 'string', value: "L'Étoile" } }));
    expect(parseFilter('Diem ge -2.5')).toEqual(expect.objectContaining({ right: { kind: 'literal', type: 'number', value: -2.5 } }));
  });

  it('rejects malformed filters', () => {
    expect(() => parseFilter("Title eq 'open")).toThrow(/Unterminated/);
    expect(() => parseFilter('(A eq 1')).toThrow();
    expect(() => parseFilter('A eq')).toThrow();
  });

  it('evaluates on plain objects, case-insensitively for text', () => {
    const u = { department: 'Cục Di sản văn hóa', displayName: 'Nguyễn Văn An', age: 30 };
    expect(evaluateFilter(parseFilter("department eq 'cục di sản văn hóa'"), u)).toBe(true);
    expect(evaluateFilter(parseFilter("startswith(displayName,'Nguyễn') and age gt 29"), u)).toBe(true);
    expect(evaluateFilter(parseFilter('missing eq null'), u)).toBe(true);
  });
});

describe('REST paths', () => {
  it('keeps slashes inside quotes and parentheses', () => {
    const segs = splitPath("web/getfolderbyserverrelativepath(decodedurl='/sites/danhgia/Lists/A/B')/listitemallfields");
    expect(segs.map((s) => s.name)).toEqual(['web', 'getfolderbyserverrelativepath', 'listitemallfields']);
    expect(parseArgs(segs[1].args, new URLSearchParams()).named.get('decodedurl')).toBe('/sites/danhgia/Lists/A/B');
    const aliased = parseArgs('@user', new URLSearchParams("@user='i:0#.f|membership|a@b'"));
    expect(aliased.positional).toEqual(['i:0#.f|membership|a@b']);
    expect(parseArgs("principalid=5, roledefid=1073741826", new URLSearchParams()).named.get('roledefid')).toBe('1073741826');
  });
});

describe('$batch bodies', () => {
  it('reads requests in and out of changesets, in order', () => {
    const body = [
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_2"', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      "POST http://h/sites/danhgia/_api/web/lists/getbytitle('L')/items HTTP/1.1", 'Accept: application/json', '', '{"Title":"a"}', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      "MERGE http://h/sites/danhgia/_api/web/lists/getbytitle('L')/items(1) HTTP/1.1", 'IF-Match: "1"', '', '{"Title":"b"}', '',
      '--changeset_2--', '',
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      "GET http://h/sites/danhgia/_api/web HTTP/1.1", 'Accept: application/json', '', '',
      '--batch_1--', ''
    ].join('\n');
    const parts = parseBatch('multipart/mixed; boundary=batch_1', body);
    expect(parts.map((p) => [p.method, p.body])).toEqual([['POST', '{"Title":"a"}'], ['MERGE', '{"Title":"b"}'], ['GET', '']]);
    expect(parts[1].headers['if-match']).toBe('"1"');
  });

  it('answers one part per request with its own status', () => {
    const r = buildBatchResponse([
      { status: 201, body: '{"Id":1}', headers: { 'Content-Type': 'application/json' } },
      { status: 204, body: '', headers: { ETag: '"2"' } }
    ]);
    expect(r.contentType).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    expect(r.body).toContain('HTTP/1.1 201 Created\r\n');
    expect(r.body).toContain('HTTP/1.1 204 No Content\r\nETAG: "2"\r\n');
  });
});
