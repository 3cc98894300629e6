// The shared components, one per file; this index keeps the areas' imports short.
export { Async } from './async-view';
export { AutosaveIndicator } from './autosave-indicator';
export { BarChart } from './bar-chart';
export { ErrorSummary } from './error-summary';
export { Loading } from './loading';
export { NotFound } from './not-found';
export { PageTitle } from './page-title';
export { ProblemMessage } from './problem-message';
export { Select } from './select';
export { StatusBadge } from './status-badge';
export { TextArea } from './text-area';
export { TextField } from './text-field';
