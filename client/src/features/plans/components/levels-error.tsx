import { ErrorState } from '../../../components/query-states';
import type { PlanLevels } from '../hooks/use-plan-levels';

/** One alert for a failed level (trend or roll-up), instead of one per card. */
export function LevelsError({ levels }: { levels: PlanLevels }) {
  if (!levels.error) return null;
  return <ErrorState error={levels.error} onRetry={levels.retry} />;
}
