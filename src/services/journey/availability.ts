/** The screens' view of the workflow's availability rules, which live in the domain. */
export { ALLOWED, blocked, type Availability, type BlockedReason } from '../../domain/workflow/availability';
