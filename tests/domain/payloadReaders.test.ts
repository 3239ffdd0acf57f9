import {
  payloadObject,
  readComplaintPayload,
  readDecisionPayload,
  readMinutesPayload,
  readReviewPayload,
  readSelfEvaluationPayload,
  readSubmissionPayload
} from '../../src/domain/evaluation/payloadReaders';

/**
 * An act's Payload is text anyone with Add rights could have typed: each reader takes what is there
 * for what it is and nothing else, so a malformed or hostile payload never reaches the rules with a
 * wrong type.
 */
describe('reading the acts’ payloads', () => {
  it('reads malformed text as an empty object, never throws', () => {
    expect(payloadObject('{not json')).toEqual({});
    expect(payloadObject('[1,2]')).toEqual({});
    expect(payloadObject(undefined)).toEqual({});
    expect(readDecisionPayload('nonsense')).toEqual({ rating: 'NEEDS_DECISION', reasons: '', published: false });
  });

  it('a decision: the rating from the payload, else the Rating column; a string where a number belongs is dropped', () => {
    expect(readDecisionPayload('{"reasons":"Đủ","published":true}', 'HTTNV')).toEqual({ rating: 'HTTNV', reasons: 'Đủ', published: true });
    const hostile = readDecisionPayload('{"rating":"HTXSNV","published":"yes","supersedes":"12","corrects":7,"quotaException":{"reason":"Có thành tích đột xuất","decidedBy":"Hà"}}');
    expect(hostile).toEqual({ rating: 'HTXSNV', reasons: '', published: false, corrects: 7, quotaException: { decidedBy: 'Hà', reason: 'Có thành tích đột xuất' } });
    expect(readDecisionPayload('{"rating":"TOP"}').rating).toBe('NEEDS_DECISION');
  });

  it('a submission keeps only well-formed lines and numbers', () => {
    const read = readSubmissionPayload(
      JSON.stringify({ generalCriteriaSelfScore: '30', comment: 5, lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 1, evidence: ['a', 3] }, 'x'], selfScore: 87.5 })
    );
    expect(read).toEqual({
      generalCriteriaSelfScore: 0,
      comment: '',
      lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 1, evidence: ['a'] }],
      afterReviewId: undefined,
      selfScore: 87.5
    });
  });

  it('Mẫu 01’s parts (official-documents.md 1.1) read as numbers by criterion; text, nulls and non-objects are dropped; items 4 and 5 as text', () => {
    const read = readSubmissionPayload(
      JSON.stringify({ generalCriteriaSelfScore: 7.5, generalCriteriaSelfParts: { 'I.1': 5, 'I.2': '2,5', 'II.1': 2.5, 'II.2': null }, strengths: 'Chủ động', weaknesses: 3, comment: '' })
    );
    expect(read.generalCriteriaSelfParts).toEqual({ 'I.1': 5, 'II.1': 2.5 });
    expect(read.strengths).toBe('Chủ động');
    expect(read.weaknesses).toBeUndefined();
    expect(readSubmissionPayload('{"generalCriteriaSelfScore":27,"generalCriteriaSelfParts":[5,5]}').generalCriteriaSelfParts).toBeUndefined();
    // An older review: only the total.
    const older = readReviewPayload('{"outcome":"APPROVED","generalCriteriaScore":25,"assessments":[]}');
    expect(older.generalCriteriaScore).toBe(25);
    expect(older.generalCriteriaParts).toBeUndefined();
    expect(readReviewPayload('{"outcome":"APPROVED","generalCriteriaScore":5,"generalCriteriaParts":{"I.1":5}}').generalCriteriaParts).toEqual({ 'I.1': 5 });
  });

  it('a review: its outcome, and malformed assessment numbers read as zero, not as text', () => {
    const read = readReviewPayload('{"outcome":"RETURNED","returnReason":"Thiếu minh chứng","assessments":[{"workItemKey":"L1","majorErrors":"2"}]}');
    expect(read.outcome).toBe('RETURNED');
    expect(read.returnReason).toBe('Thiếu minh chứng');
    expect(read.assessments).toEqual([{ workItemKey: 'L1', completedMeetingQuality: 0, majorErrors: 0, delays: 0, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false }]);
    expect(read.score).toBeUndefined();
  });

  it('a self-evaluation and minutes read back as written; unknown criteria values and ratings fall away', () => {
    const self = { ruleSetId: 'ND90_48', sections: { tuNhanXet: 'Hoàn thành tốt' }, criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'excellent' }, proposedRating: 'HTTNV', submitted: true };
    expect(readSelfEvaluationPayload(JSON.stringify(self))).toEqual({ ...self, criteria: { chinhTriTuTuong: 'good' } });
    const minutes = { heldOn: '2025-12-05', place: 'Phòng họp', chairLogin: 'ha@x', secretaryLogin: 'lan@x', present: 5, total: 6, people: [{ login: 'an@x', comments: 'Tốt', proposedRating: 'HTTNV', votes: { HTTNV: 5, HTXSNV: 'x' } }], approved: true };
    expect(readMinutesPayload(JSON.stringify(minutes))).toEqual({ ...minutes, people: [{ login: 'an@x', comments: 'Tốt', proposedRating: 'HTTNV', votes: { HTTNV: 5 } }] });
  });

  it('a complaint or its answer', () => {
    expect(readComplaintPayload('{"kind":"ANSWER","text":"Giữ nguyên","answersComplaint":4,"outcome":"REJECTED"}')).toEqual({ kind: 'ANSWER', text: 'Giữ nguyên', answersComplaint: 4, outcome: 'REJECTED' });
    expect(readComplaintPayload('{"kind":"SOMETHING","outcome":"MAYBE"}')).toEqual({ kind: 'COMPLAINT', text: '' });
  });
});
