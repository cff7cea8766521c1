/** The statement shape lives in the domain, where the worker that writes statements builds it too. */
export type {
  StatementBudget,
  StatementBudgetPart,
  StatementItemSpend,
  StatementPeriod,
  StatementSpend,
  StatementView,
} from '@ipc/domain';

export interface RenderOptions {
  largePrint: boolean;
}
