/**
 * Prepares a unit's year for the decision sheet's browser test (decisionSheet.test.ts), through the
 * product's own services acting as each person on the local intranet: everyone submits the year's
 * self-evaluation (NĐ 90/2020 Điều 18 bước 1), then the head records the unit's minutes, approved
 * (bước 2). Run with tsx: `tsx decisionSheet.prepare.ts <origin> <year> <unit> <head> <login…>`.
 */
import type { MeetingMinutesPayload } from '../../src/domain/evaluation/actPayloads';
import { emptySelfEvaluation } from '../../src/domain/evaluation/selfEvaluationForm';
import { createServicesForSite } from '../../src/services/forSite';
import type { AppServices } from '../../src/services/contracts';

async function prepare(origin: string, year: number, unitCode: string, head: string, logins: string[]): Promise<void> {
  const as = (upn: string): AppServices => createServicesForSite({ siteUrl: `${origin}/sites/danhgia`, graphUrl: `${origin}/graph`, userPrincipalName: upn });
  for (const login of logins) {
    const form = emptySelfEvaluation('ND335', login === head);
    Object.keys(form.sections).forEach((id) => (form.sections[id] = `Tổng kết công tác năm ${year}: hoàn thành các nhiệm vụ được giao đúng tiến độ.`));
    await as(login).journey.year.saveSelfEvaluation(year, { ...form, proposedRating: 'HTTNV', submitted: true });
  }
  // Held yesterday: minutes record a meeting that has taken place.
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  const heldOn = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const minutes: MeetingMinutesPayload = {
    heldOn,
    place: 'Phòng họp của đơn vị',
    chairLogin: head,
    secretaryLogin: logins.filter((l) => l !== head)[0],
    present: logins.length,
    total: logins.length,
    people: logins.map((login) => ({ login, comments: 'Hoàn thành tốt nhiệm vụ được giao.', proposedRating: 'HTTNV', votes: { HTTNV: logins.length } })),
    approved: true
  };
  await as(head).journey.unitYear.recordMinutes(unitCode, year, minutes);
}

const [origin, year, unitCode, head, ...logins] = process.argv.slice(2);
prepare(origin, Number(year), unitCode, head, logins).then(
  () => console.log(`prepared ${unitCode} ${year}: ${logins.length} self-evaluations, minutes approved`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);
