import { Entity, Index, PrimaryColumn } from 'typeorm';

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

@Entity({ name: 'statement_agents' })
@Index('ix_statement_agents_actor_key_seq', ['actorKey', 'seq'])
export class StatementAgentEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_statement_agents' })
  seq!: string;

  @PrimaryColumn({
    name: 'actor_key',
    type: 'text',
    primaryKeyConstraintName: 'pk_statement_agents',
  })
  actorKey!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_statement_agents' })
  role!: AgentRole;
}
