// The only door of errors.
export { AppError, errorBody } from './app-error.js';
