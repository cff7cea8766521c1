export * from './age-bands';
export * from './demographics';
export * from './equality';
export * from './percentiles';
export * from './projection';
export * from './stage-order';
export * from './suppression';
export * from './throughput';
