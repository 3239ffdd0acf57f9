import type { MeetingMinutesPayload } from '../../domain/evaluation/actPayloads';
import { parseTypedNumber } from '../../domain/evaluation/validation';
import { isRatingLevel, RATING_LEVELS, type RatingLevel } from '../../domain/rating';
import type { UnitYearView } from '../../services/journey/unitYear';

/** What the meeting said of one person, as typed. */
export interface MinutesEntryForm {
  comments: string;
  proposedRating: RatingLevel | '';
  votes: { [level: string]: string };
}

/** The minutes as typed: numbers stay text until checked, so "12," is not lost mid-typing. */
export interface MinutesFormValue {
  heldOn: string;
  place: string;
  chairLogin: string;
  secretaryLogin: string;
  present: string;
  total: string;
  people: { [login: string]: MinutesEntryForm };
}

/** The form as the recorded minutes left it; new minutes count everyone the meeting is about. */
export function minutesFormOf(view: UnitYearView): MinutesFormValue {
  const m = view.minutes;
  const people: { [login: string]: MinutesEntryForm } = {};
  view.minutesLogins.forEach((login) => {
    const entry = m ? m.people.find((e) => e.login === login) : undefined;
    const votes: { [level: string]: string } = {};
    RATING_LEVELS.forEach((level) => (votes[level] = entry && entry.votes && typeof entry.votes[level] === 'number' ? String(entry.votes[level]) : ''));
    people[login] = { comments: entry ? entry.comments : '', proposedRating: entry && isRatingLevel(entry.proposedRating) ? entry.proposedRating : '', votes };
  });
  return {
    heldOn: m ? m.heldOn : '',
    place: m ? m.place : '',
    chairLogin: m ? m.chairLogin : '',
    secretaryLogin: m ? m.secretaryLogin : '',
    present: m ? String(m.present) : '',
    total: m ? String(m.total) : String(view.minutesLogins.length),
    people
  };
}

/** The minutes to record: only the people the meeting said something of; a number not typed stays undefined, for the checks to name. */
export function minutesPayloadOf(form: MinutesFormValue, approved: boolean): MeetingMinutesPayload {
  const number = (text: string): number => {
    const n = parseTypedNumber(text);
    return n === undefined ? (undefined as unknown as number) : n;
  };
  return {
    heldOn: form.heldOn.trim(),
    place: form.place,
    chairLogin: form.chairLogin,
    secretaryLogin: form.secretaryLogin,
    present: number(form.present),
    total: number(form.total),
    people: Object.keys(form.people)
      .filter((login) => form.people[login].comments.trim() || form.people[login].proposedRating)
      .map((login) => {
        const entry = form.people[login];
        const votes: { [level: string]: number } = {};
        Object.keys(entry.votes).forEach((level) => {
          if (entry.votes[level].trim()) votes[level] = number(entry.votes[level]);
        });
        return { login, comments: entry.comments, proposedRating: entry.proposedRating as RatingLevel, votes };
      }),
    approved
  };
}
