// The only door of errors.
export { AppError, errorBody } from './app-error.js';
export { refuse, retryAfterOf, type Outcome, type Refusal } from './outcome.js';
export { describeErrors } from './describe-errors.js';
