// The only door of config; config is also the only folder that reads process.env (loadProcessConfig).
export { loadConfig, ConfigError } from './load-config.js';
export { loadProcessConfig } from './load-process-config.js';
export { ConfigSchema, type Config } from './schema.js';
export { describeConfig } from './describe-config.js';
