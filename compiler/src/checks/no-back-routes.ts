// Routes go forward only: A→B together with B→A is rejected. Meta: INVALID_ROUTING_MODEL.
import { routingGraph, type RouteEdge } from '../semantics/routing-graph.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check } from './check.js';

export const noBackRoutes: Check = ({ flow, report }) => {
  const { edges } = routingGraph(flow);
  for (const list of edges.values()) {
    for (const edge of list) {
      const { from, to } = edge;
      // report each pair once, at the edge written later; a screen routing to itself is FLOW4010
      if (to === from || to.index > from.index) continue;
      const back = edgeTo(edges.get(to), from);
      if (!back) continue;
      report('FLOW4011', edge.span, { a: to.id, b: from.id }, {
        related: [{ span: back.span, message: `'${to.id}' routes to '${from.id}' here` }],
      });
    }
  }
};

function edgeTo(list: readonly RouteEdge[] | undefined, to: BoundScreen): RouteEdge | undefined {
  if (list) for (const e of list) if (e.to === to) return e;
  return undefined;
}
