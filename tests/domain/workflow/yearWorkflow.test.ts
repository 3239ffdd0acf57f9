import type { RecordedAct } from '../../../src/domain/org/acts';
import type { ActStep } from '../../../src/domain/org/authority';
import { yearActsThatCount, type YearActFacts } from '../../../src/domain/workflow/yearWorkflow';

/**
 * The year (NĐ 90/2020 Điều 16–21 as amended by NĐ 48/2023; NĐ 335/2025 keeps the order): the
 * self-evaluation before the unit meets (Điều 18 bước 1–2), the approved minutes (bước 2), the competent
 * evaluator's decision (bước 4) and its publication (Điều 21), then a complaint, and a new decision only
 * when a complaint is upheld.
 */
const PERSON = 'an@vhttdl.local';
const EVALUATOR = 'ha@vhttdl.local';
const UNIT = 'QLDT';
let nextId = 100;
const act = (step: ActStep, at: string, facts: YearActFacts & { rating?: string }, author = EVALUATOR): RecordedAct<YearActFacts & { rating?: string }> => ({
  id: nextId++,
  step,
  subjectLogin: step === 'MEETING_MINUTES' ? '' : PERSON,
  unitCode: step === 'MEETING_MINUTES' ? UNIT : undefined,
  authorLogin: author,
  createdAt: at,
  payload: facts
});
const unitOf = (): string => UNIT;
const ids = (acts: ReadonlyArray<{ id: number }>): number[] => acts.map((a) => a.id);

describe('the year workflow (NĐ 90/2020 Điều 18, 21): which acts count', () => {
  const self = act('SELF_ASSESSMENT', '2025-12-01T08:00:00Z', { submitted: true }, PERSON);
  const minutes = act('MEETING_MINUTES', '2025-12-05T08:00:00Z', { approved: true });
  const decision = act('DECISION', '2025-12-10T08:00:00Z', { published: false, rating: 'HTTNV' });
  const publication = act('DECISION', '2025-12-12T08:00:00Z', { published: true, rating: 'HTTNV' });

  it('counts the steps in their order', () => {
    const { counted, ignored } = yearActsThatCount([self, minutes, decision, publication], unitOf);
    expect(ids(counted)).toEqual(ids([self, minutes, decision, publication]));
    expect(ignored).toEqual([]);
  });

  it('ignores a self-evaluation rewritten after the meeting and the decision', () => {
    const rewrite = act('SELF_ASSESSMENT', '2025-12-11T08:00:00Z', { submitted: true, corrects: self.id }, PERSON);
    const { ignored } = yearActsThatCount([self, minutes, decision, rewrite], unitOf);
    expect(ids(ignored.map((i) => i.act))).toEqual([rewrite.id]);
    expect(ignored[0].reason).toMatch(/sau cuộc họp/);
  });

  it('before the meeting a self-evaluation is corrected only by one naming it', () => {
    const unnamed = act('SELF_ASSESSMENT', '2025-12-02T08:00:00Z', { submitted: true }, PERSON);
    const named = act('SELF_ASSESSMENT', '2025-12-03T08:00:00Z', { submitted: true, corrects: self.id }, PERSON);
    const { counted, ignored } = yearActsThatCount([self, unnamed, named], unitOf);
    expect(ids(counted)).toEqual([self.id, named.id]);
    expect(ids(ignored.map((i) => i.act))).toEqual([unnamed.id]);
  });

  it('ignores a published rating changed with no complaint (HTT → HTXS after publication)', () => {
    const raised = act('DECISION', '2025-12-20T08:00:00Z', { published: true, rating: 'HTXSNV', supersedes: publication.id });
    const quiet = act('DECISION', '2025-12-21T08:00:00Z', { published: false, rating: 'HTXSNV', corrects: publication.id });
    const { counted, ignored } = yearActsThatCount([self, minutes, decision, publication, raised, quiet], unitOf);
    expect(counted[counted.length - 1].id).toBe(publication.id);
    expect(ids(ignored.map((i) => i.act))).toEqual([raised.id, quiet.id]);
    expect(ignored[0].reason).toMatch(/sau khi kết quả đã công khai/);
  });

  it('after an upheld complaint, one re-decision superseding the standing one counts (Luật Khiếu nại; law.md 1.3 bước 6)', () => {
    const complaint = act('COMPLAINT', '2025-12-22T08:00:00Z', {}, PERSON);
    const answer = act('COMPLAINT_ANSWER', '2026-01-08T08:00:00Z', { answersComplaint: complaint.id, outcome: 'UPHELD' });
    const redecision = act('DECISION', '2026-01-09T08:00:00Z', { published: true, rating: 'HTXSNV', supersedes: publication.id });
    const second = act('DECISION', '2026-01-10T08:00:00Z', { published: true, rating: 'HTNV', supersedes: redecision.id });
    const { counted, ignored } = yearActsThatCount([self, minutes, decision, publication, complaint, answer, redecision, second], unitOf);
    expect(ids(counted)).toContain(redecision.id);
    expect(ids(ignored.map((i) => i.act))).toEqual([second.id]);
  });

  it('a rejected complaint opens no re-decision; a complaint before publication and a second answer count for nothing', () => {
    const early = act('COMPLAINT', '2025-12-11T08:00:00Z', {}, PERSON);
    const complaint = act('COMPLAINT', '2025-12-22T08:00:00Z', {}, PERSON);
    const rejected = act('COMPLAINT_ANSWER', '2026-01-08T08:00:00Z', { answersComplaint: complaint.id, outcome: 'REJECTED' });
    const upheldToo = act('COMPLAINT_ANSWER', '2026-01-08T09:00:00Z', { answersComplaint: complaint.id, outcome: 'UPHELD' });
    const redecision = act('DECISION', '2026-01-09T08:00:00Z', { published: true, rating: 'HTXSNV', supersedes: publication.id });
    const { ignored } = yearActsThatCount([self, minutes, decision, early, publication, complaint, rejected, upheldToo, redecision], unitOf);
    expect(ids(ignored.map((i) => i.act))).toEqual([early.id, upheldToo.id, redecision.id]);
  });

  it('decisions before publication are corrected by naming the standing one; minutes once approved likewise, until decisions start', () => {
    const unnamed = act('DECISION', '2025-12-10T09:00:00Z', { published: false, rating: 'HTXSNV' });
    const named = act('DECISION', '2025-12-10T10:00:00Z', { published: false, rating: 'HTNV', corrects: decision.id });
    const lateMinutes = act('MEETING_MINUTES', '2025-12-11T08:00:00Z', { approved: true, corrects: minutes.id });
    const { counted, ignored } = yearActsThatCount([self, minutes, decision, unnamed, named, lateMinutes], unitOf);
    expect(ids(counted)).toEqual([self.id, minutes.id, decision.id, named.id]);
    expect(ids(ignored.map((i) => i.act))).toEqual([unnamed.id, lateMinutes.id]);
  });

  it('acts of different lists recorded in the same second go in the workflow’s order, whatever their ids', () => {
    const second = '2025-12-05T08:00:00Z';
    // Ids are per list: the minutes' id is lower than the self-evaluation's, the complaint's than the publication's.
    const lateSelf = { ...act('SELF_ASSESSMENT', second, { submitted: true }, PERSON), id: 900 };
    const sameMinutes = { ...act('MEETING_MINUTES', second, { approved: true }), id: 1 };
    const published = { ...act('DECISION', '2025-12-12T08:00:00Z', { published: true, rating: 'HTTNV' }), id: 800 };
    const complaint = { ...act('COMPLAINT', '2025-12-12T08:00:00Z', {}, PERSON), id: 2 };
    const answer = { ...act('COMPLAINT_ANSWER', '2026-01-08T08:00:00Z', { answersComplaint: 2, outcome: 'UPHELD' }), id: 3 };
    const redecision = { ...act('DECISION', '2026-01-08T08:00:00Z', { published: true, rating: 'HTXSNV', supersedes: 800 }), id: 801 };
    const { ignored } = yearActsThatCount([redecision, answer, complaint, published, sameMinutes, lateSelf], unitOf);
    expect(ignored).toEqual([]);
  });

  it('working copies (not submitted, not approved) are neither counted nor flagged', () => {
    const { counted, ignored } = yearActsThatCount([act('SELF_ASSESSMENT', '2025-12-01T08:00:00Z', { submitted: false }, PERSON), act('MEETING_MINUTES', '2025-12-02T08:00:00Z', { approved: false })], unitOf);
    expect(counted).toEqual([]);
    expect(ignored).toEqual([]);
  });
});
