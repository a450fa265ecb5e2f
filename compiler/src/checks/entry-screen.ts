// Some screen has no inbound route: the Flow can start there. Meta: INVALID_ROUTING_MODEL.
import { routingGraph } from '../semantics/routing-graph.js';
import type { Check } from './check.js';

export const entryScreen: Check = ({ flow, report }) => {
  const first = flow.screens[0];
  if (!first) return;
  const { inbound } = routingGraph(flow);
  if (flow.screens.every((s) => (inbound.get(s) ?? 0) > 0)) report('FLOW4013', first.node.id.span);
};
