import type { Account, Agent } from '@fita/xapi';

/** xAPI Person object (Communication 2.4): every name and identifier of one person, as arrays. */
export interface Person {
  objectType: 'Person';
  name?: string[];
  mbox?: string[];
  mbox_sha1sum?: string[];
  openid?: string[];
  account?: Account[];
}

/** The Person of a single agent; empty arrays are left out. */
export function personOf(agent: Agent): Person {
  const person: Person = { objectType: 'Person' };
  if (agent.name !== undefined) person.name = [agent.name];
  if (agent.mbox !== undefined) person.mbox = [agent.mbox];
  if (agent.mbox_sha1sum !== undefined) person.mbox_sha1sum = [agent.mbox_sha1sum];
  if (agent.openid !== undefined) person.openid = [agent.openid];
  if (agent.account !== undefined) {
    person.account = [{ homePage: agent.account.homePage, name: agent.account.name }];
  }
  return person;
}
