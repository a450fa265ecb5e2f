// Beyond Meta (FLOW8004): from every screen some path leads to the end of the Flow — a terminal screen,
// or a data_exchange, whose endpoint may finish the Flow (its SUCCESS response) or send the user on.
// Meta accepts a screen that is not terminal and leads nowhere (or only to such screens): a user who
// gets there cannot finish, and the answers given so far are lost.
import { routingGraph } from '../semantics/routing-graph.js';
import { isTerminal, type BoundScreen } from '../semantics/bind.js';
import type { Check } from './check.js';

export const screensCanFinish: Check = ({ flow, report }) => {
  const { edges } = routingGraph(flow);
  const finishes = new Set<BoundScreen>(
    flow.screens.filter((s) => isTerminal(s) || s.actions.some((a) => a.action.name === 'data_exchange')),
  );
  // Backwards from the screens that finish, along the routes into them: each screen is queued once, so a
  // long chain costs its length, not its length squared.
  const into = new Map<BoundScreen, BoundScreen[]>();
  for (const [from, out] of edges) {
    for (const e of out) {
      const sources = into.get(e.to);
      if (sources) sources.push(from);
      else into.set(e.to, [from]);
    }
  }
  const queue = [...finishes];
  while (queue.length > 0) {
    for (const source of into.get(queue.pop()!) ?? []) {
      if (finishes.has(source)) continue;
      finishes.add(source);
      queue.push(source);
    }
  }
  for (const screen of flow.screens) {
    if (finishes.has(screen) || flow.screenById.get(screen.id) !== screen) continue;
    const out = edges.get(screen) ?? [];
    report('FLOW8004', screen.node.id.span, { id: screen.id }, {
      related: out.map((e) => ({ span: e.span, message: `leads to '${e.to.id}', which cannot finish the Flow either` })),
      help: out.length
        ? `make one of the screens it leads to terminal, or navigate from '${screen.id}' to a screen that finishes`
        : `'${screen.id}' is a dead end: mark it \`terminal\` with a Footer that completes the Flow, or navigate on from it`,
    });
  }
};
