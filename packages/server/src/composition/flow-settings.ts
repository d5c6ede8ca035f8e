// Part of the composition root: the settings the flow engine and the factor service share, read off the config once.
import type { Config } from '../config/index.js';
import type { FlowSettings } from '../flows/index.js';

/** The flow engine's settings (durations in ms), and the SMS prefixes refused, which factors check too. */
export function flowSettings(config: Config): FlowSettings & { deniedSmsPrefixes: readonly string[] } {
  return {
    flowLifetimeMs: config.flowLifetimeSeconds * 1000,
    productName: config.productName,
    smsCodeTtlMs: config.sms.codeTtlSeconds * 1000,
    smsMaxAttempts: config.sms.maxAttempts,
    resendCooldownMs: config.sms.resendCooldownSeconds * 1000,
    allowedSmsCountries: config.sms.allowedCountries,
    deniedSmsPrefixes: config.sms.deniedPrefixes,
    emailCodeTtlMs: config.email.codeTtlSeconds * 1000,
    maxDevicesPerAccount: config.licensing.maxDevicesPerAccount,
    totpAttemptsPerFlow: config.risk.totpAttemptsPerFlow,
    factorAttemptsPerAccount: config.risk.factorAttemptsPerAccount,
    emailCodeAttemptsPerAddress: config.risk.emailCodeAttemptsPerAddress,
    codeWindowMs: config.risk.codeWindowSeconds * 1000,
    resultRetentionMs: config.flowResultRetentionSeconds * 1000,
  };
}
