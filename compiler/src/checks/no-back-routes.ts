// Routes go forward only: A→B together with B→A is rejected. Meta: INVALID_ROUTING_MODEL.
import { routingGraph } from '../semantics/routing-graph.js';
import type { Check } from './check.js';

export const noBackRoutes: Check = ({ flow, report }) => {
  const { edges } = routingGraph(flow);
  for (const [from, list] of edges) {
    for (const edge of list) {
      const back = edges.get(edge.to)?.find((e) => e.to === from);
      // report each pair once, at the edge written later; a screen routing to itself is FLOW4010
      if (!back || edge.to === from || edge.to.index > from.index) continue;
      report('FLOW4011', edge.span, { a: edge.to.id, b: from.id }, {
        related: [{ span: back.span, message: `'${edge.to.id}' routes to '${from.id}' here` }],
      });
    }
  }
};
