export { ListRepository } from './ListRepository';
export type { ListRepositoryOptions } from './ListRepository';
export { ConflictError, FieldValuesRejectedError, QueryNotIndexedError, WriteNotConfirmedError } from './errors';
export { readTogether } from './readTogether';
export { SingleAttemptFetch } from './singleAttemptFetch';
export { newIdempotencyKey } from './idempotencyKey';
export type { AddOptions, FilterValue, IndexedCondition, IndexedOperator, ListQuery, RawItem, RepositoryEvent, Versioned } from './types';
