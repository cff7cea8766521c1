/** A bad or missing environment variable; the message names it. */
export class ConfigError extends Error {}
