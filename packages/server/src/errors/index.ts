// The only door of errors.
export { AppError, errorBody } from './app-error.js';
export { describeErrors } from './describe-errors.js';
