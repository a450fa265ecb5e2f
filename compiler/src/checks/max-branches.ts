// A screen routes to at most 10 others. Meta: INVALID_ROUTING_MODEL.
import { routingGraph } from '../semantics/routing-graph.js';
import type { Check } from './check.js';

const MAX_BRANCHES = 10;

export const maxBranches: Check = ({ flow, report }) => {
  for (const [screen, list] of routingGraph(flow).edges) {
    if (list.length > MAX_BRANCHES) report('FLOW4015', list[MAX_BRANCHES]!.span, { id: screen.id, count: list.length });
  }
};
