import { Entity, PrimaryColumn } from 'typeorm';

/** Where an actor key appears in a statement, for the `agent` and `related_agents` filters. */
export const AGENT_ROLES = [
  'actor',
  'object',
  'authority',
  'instructor',
  'team',
  'context_agent',
  'context_group',
  'sub_actor',
  'sub_object',
  'sub_instructor',
  'sub_team',
  'sub_context_agent',
  'sub_context_group',
] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

// The key leads with actor_key: the agent filter reads its seqs from the index alone.
@Entity({ name: 'statement_agents' })
export class StatementAgentEntity {
  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_statement_agents',
  })
  actorKey!: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_statement_agents' })
  seq!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_statement_agents' })
  role!: AgentRole;
}
