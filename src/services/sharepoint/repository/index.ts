export { ListRepository } from './ListRepository';
export type { ListRepositoryOptions } from './ListRepository';
export { ConflictError, QueryNotIndexedError, WriteNotConfirmedError } from './errors';
export { readTogether } from './readTogether';
export { SingleAttemptFetch } from './singleAttemptFetch';
export { newIdempotencyKey } from './idempotencyKey';
export type { FilterValue, IndexedCondition, IndexedOperator, ListQuery, RawItem, RepositoryEvent, Versioned } from './types';
