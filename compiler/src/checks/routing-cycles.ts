// Warns about cycles of three or more screens (Meta lets them through; its docs ask for none).
// Two-screen cycles are back-routes and self-loops are self-navigation: other rules report those.
import { routingGraph } from '../semantics/routing-graph.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check } from './check.js';

export const routingCycles: Check = ({ flow, report }) => {
  const { edges } = routingGraph(flow);
  const state = new Map<BoundScreen, 'active' | 'done'>();
  const stack: BoundScreen[] = [];
  const visit = (screen: BoundScreen): void => {
    state.set(screen, 'active');
    stack.push(screen);
    for (const edge of edges.get(screen) ?? []) {
      const s = state.get(edge.to);
      if (s === 'active') {
        const cycle = stack.slice(stack.indexOf(edge.to));
        if (cycle.length >= 3) {
          report('FLOW4012', edge.span, { cycle: [...cycle, edge.to].map((c) => c.id).join(' → ') }, {
            related: cycle.map((c) => ({ span: c.node.id.span, message: `'${c.id}' is part of the cycle` })),
          });
        }
      } else if (!s) visit(edge.to);
    }
    stack.pop();
    state.set(screen, 'done');
  };
  for (const screen of flow.screens) if (!state.has(screen)) visit(screen);
};
