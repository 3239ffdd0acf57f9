export { seedHistory, FIRST_ND335_YEAR, HISTORY_SEED, type SeedHistoryOptions, type SeedHistoryReport } from './seedHistory';
export { PRODUCT_CATALOGUE, CATALOGUE_EFFECTIVE_FROM, type CatalogueEntry } from './catalogue';
export { castOf, isLeaderIn, quotaGroupOf, type CastMember } from './cast';
export { workProductsOf } from './monthly';
