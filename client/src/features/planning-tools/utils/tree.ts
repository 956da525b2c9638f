import type { ObjectiveNode } from '@psm/server/contract';

export type FlatObjective = { code: string; title: string; depth: number; parent: string | null };

/** The tree in reading order (parents before their children), each with its depth and parent's code. */
export function flatten(nodes: readonly ObjectiveNode[], depth = 0, parent: string | null = null): FlatObjective[] {
  return nodes.flatMap((n) => [{ code: n.code, title: n.title, depth, parent }, ...flatten(n.children, depth + 1, n.code)]);
}

/** The codes of the node and of everything below it: none of them may become its parent. */
export function selfAndBelow(nodes: readonly ObjectiveNode[], code: string): Set<string> {
  const find = (list: readonly ObjectiveNode[]): ObjectiveNode | undefined => {
    for (const n of list) {
      if (n.code === code) return n;
      const below = find(n.children);
      if (below) return below;
    }
    return undefined;
  };
  const node = find(nodes);
  return new Set(node ? [node.code, ...flatten(node.children).map((f) => f.code)] : [code]);
}
