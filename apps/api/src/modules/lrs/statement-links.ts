import {
  actorKey,
  type Activity,
  type Actor,
  type Agent,
  type Context,
  type Statement,
  type SubStatement,
} from '@fita/xapi';
import type { ActivityRole } from './statement-activity.entity.js';
import type { AgentRole } from './statement-agent.entity.js';

export interface StatementLinks {
  agents: { actorKey: string; role: AgentRole }[];
  activities: { activityId: string; role: ActivityRole }[];
}

/**
 * Every agent and activity a statement mentions, with the part it plays, so
 * that `agent`/`related_agents` and `activity`/`related_activities` queries
 * use indexes instead of searching JSON.
 */
export function statementLinks(statement: Statement): StatementLinks {
  const links: StatementLinks = { agents: [], activities: [] };
  const agent = (actor: Actor | undefined, role: AgentRole) => {
    const key = actor && keyOf(actor);
    if (key) links.agents.push({ actorKey: key, role });
  };
  const activity = (id: string | undefined, role: ActivityRole) => {
    if (id) links.activities.push({ activityId: id, role });
  };

  agent(statement.actor, 'actor');
  agent(statement.authority, 'authority');
  addObject(statement.object, false);
  addContext(statement.context, false);

  function addObject(object: Statement['object'] | SubStatement['object'], nested: boolean): void {
    switch (object.objectType) {
      case undefined:
      case 'Activity':
        activity((object as Activity).id, nested ? 'sub_object' : 'object');
        return;
      case 'Agent':
      case 'Group':
        agent(object, nested ? 'sub_object' : 'object');
        return;
      case 'SubStatement':
        agent(object.actor, 'sub_actor');
        addObject(object.object, true);
        addContext(object.context, true);
        return;
      default:
        return;
    }
  }

  function addContext(context: Context | undefined, nested: boolean): void {
    if (!context) return;
    agent(context.instructor, nested ? 'sub_instructor' : 'instructor');
    agent(context.team, nested ? 'sub_team' : 'team');
    for (const item of context.contextAgents ?? [])
      agent(item.agent, nested ? 'sub_context_agent' : 'context_agent');
    for (const item of context.contextGroups ?? [])
      agent(item.group, nested ? 'sub_context_group' : 'context_group');
    const lists = context.contextActivities ?? {};
    for (const kind of ['parent', 'grouping', 'category', 'other'] as const) {
      const value = lists[kind];
      for (const item of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
        activity(item.id, nested ? 'sub_context' : kind);
      }
    }
  }

  return {
    agents: unique(links.agents, (l) => `${l.actorKey}\u0000${l.role}`),
    activities: unique(links.activities, (l) => `${l.activityId}\u0000${l.role}`),
  };
}

/** The key of an Agent or identified Group; anonymous Groups have none. */
export function keyOf(actor: Actor): string | null {
  const hasIfi = actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? actor.account;
  return hasIfi ? actorKey(actor as Agent) : null;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
