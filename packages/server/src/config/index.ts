// The only door of config; the only module that sees process.env is the binary that passes it here.
export { loadConfig, ConfigError } from './load-config.js';
export { ConfigSchema, type Config } from './schema.js';
export { describeConfig } from './describe-config.js';
