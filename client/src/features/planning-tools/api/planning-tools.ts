import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionDetail,
  ActionObjectivesInput,
  ActionObjectivesOutput,
  ObjectiveCreate,
  ObjectivePatch,
  ObjectiveSearchResult,
  ToolCreate,
  ToolDetail,
  ToolList,
  ToolPatch,
} from '@psm/server/contract';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const e = encodeURIComponent;
const toolPath = (code: string) => `/api/planning-tools/${e(code)}`;

/** GET /api/planning-tools, revalidated: the back-office shows what the server holds now. */
export const useTools = () =>
  useQuery({ queryKey: queryKeys.planningTools.list(), queryFn: ({ signal }) => apiGet<ToolList>('/api/planning-tools', { signal, cache: 'no-cache' }) });

/** GET /api/planning-tools/:code: the tool and its objective tree. */
export const useTool = (code: string) =>
  useQuery({ queryKey: queryKeys.planningTools.detail(code), queryFn: ({ signal }) => apiGet<ToolDetail>(toolPath(code), { signal, cache: 'no-cache' }) });

/** GET /api/planning-objectives?q=: objectives of every tool by code (any case) or title words; nothing asked for under 1 character. */
export const useObjectiveSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.planningTools.search(q),
    queryFn: ({ signal }) => apiGet<ObjectiveSearchResult>(`/api/planning-objectives?q=${e(q)}`, { signal, cache: 'no-cache' }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });

/** The action with the objectives it serves now (the panel's starting set). */
export const useActionForObjectives = (plan: string, code: string) =>
  useQuery({
    queryKey: [...queryKeys.actions.detail(plan, code), 'objectives'],
    queryFn: ({ signal }) => apiGet<ActionDetail>(`/api/plans/${e(plan)}/actions/${e(code)}`, { signal, cache: 'no-cache' }),
  });

/** Every write here changes tools, objectives or links: the tools, the searches, the coherence and the actions are read again. */
function useToolMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.planningTools.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.actions.all });
    },
  });
}

const send = async <T>(method: 'POST' | 'PATCH' | 'DELETE' | 'PUT', path: string, body?: unknown) => (await apiSend<T>(method, path, { body })).data;

export const useCreateTool = () => useToolMutation((body: ToolCreate) => send<{ code: string }>('POST', '/api/planning-tools', body));
export const useUpdateTool = () => useToolMutation(({ code, body }: { code: string; body: ToolPatch }) => send<{ code: string }>('PATCH', toolPath(code), body));
export const useDeleteTool = () => useToolMutation((code: string) => send<{ deleted: string }>('DELETE', toolPath(code)));
export const useCreateObjective = () =>
  useToolMutation(({ tool, body }: { tool: string; body: ObjectiveCreate }) => send<{ code: string }>('POST', `${toolPath(tool)}/objectives`, body));
export const useUpdateObjective = () =>
  useToolMutation(({ tool, code, body }: { tool: string; code: string; body: ObjectivePatch }) => send<{ code: string }>('PATCH', `${toolPath(tool)}/objectives/${e(code)}`, body));
export const useDeleteObjective = () =>
  useToolMutation(({ tool, code }: { tool: string; code: string }) => send<{ deleted: string }>('DELETE', `${toolPath(tool)}/objectives/${e(code)}`));
export const useSetActionObjectives = () =>
  useToolMutation(({ plan, code, body }: { plan: string; code: string; body: ActionObjectivesInput }) =>
    send<ActionObjectivesOutput>('PUT', `/api/plans/${e(plan)}/actions/${e(code)}/objectives`, body),
  );
