// Every place of a statement where it can be broken, and the rule that place breaks.
import fc from 'fast-check';
import type { ValidationRule } from '../validation/validation-error.js';
import type { XapiVersion } from '../validation/validation-report.js';
import {
  BAD_VERSIONS,
  notArray,
  notBoolean,
  notDateTime,
  notDuration,
  notIri,
  notIriString,
  notLanguageTag,
  notLength,
  notMbox,
  notMediaType,
  notNumber,
  notObject,
  notObjectNorArray,
  notSha1,
  notString,
  notUuid,
  positive,
  scaledOutOfRange,
} from './invalid-values.test-support.js';
import { asArray, asObject, isObject, type JsonObject, type Segment } from './json.test-support.js';
import { type Site, change, extraProperty, nulls, remove } from './mutations.test-support.js';
import {
  COMPONENT_LISTS,
  IFI_NAMES,
  INTERACTION_TYPES,
  LISTS_BY_TYPE,
  VERBS,
  VOIDED,
  account,
  agent,
  anonymousGroup,
  components,
  dateTime,
  hex,
  iri,
  isActivity,
  mbox,
  text,
  uuid,
} from './statement-arbitraries.test-support.js';

export const AGENT_PROPERTIES = ['objectType', 'name', ...IFI_NAMES];
export const GROUP_PROPERTIES = ['objectType', 'name', 'member', ...IFI_NAMES];
export type ActorPosition =
  | 'actor'
  | 'object'
  | 'member'
  | 'authority'
  | 'instructor'
  | 'team'
  | 'context-agent'
  | 'context-group';
export const OBJECT_TYPES = ['Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement'];
export const junkObjectType = fc
  .oneof(
    fc.constantFrom('agent', 'group', 'activity', 'Person', 'statementref', 'Agent ', ''),
    fc.string({ maxLength: 10 }),
  )
  .filter((type) => !OBJECT_TYPES.includes(type));

export function ifiSites(node: JsonObject, at: Segment[], isGroup: boolean): Site[] {
  const sites: Site[] = [];
  const present = IFI_NAMES.filter((name) => node[name] !== undefined);
  for (const name of present) {
    // A Group without its identifier is anonymous: fine with members, refused without.
    if (!isGroup) {
      sites.push(
        remove(`remove the only identifier ${name}`, [...at, name], 'ifi.exactly-one', at),
      );
    } else if (node['member'] === undefined) {
      sites.push(
        remove(`remove the identifier ${name}`, [...at, name], 'group.member-required', at),
      );
    }
  }
  if (present.length === 1) {
    sites.push(() =>
      fc
        .constantFrom(...IFI_NAMES.filter((name) => name !== present[0]))
        .chain((other) =>
          change(
            `add a second identifier ${other}`,
            [...at, other],
            other === 'mbox'
              ? mbox
              : other === 'mbox_sha1sum'
                ? hex(40)
                : other === 'openid'
                  ? iri
                  : account,
            'ifi.exactly-one',
            at,
          )(),
        ),
    );
  }
  if (node['mbox'] !== undefined)
    sites.push(change('break mbox', [...at, 'mbox'], notMbox, 'mbox.mailto'));
  if (node['mbox_sha1sum'] !== undefined) {
    sites.push(
      change('break mbox_sha1sum', [...at, 'mbox_sha1sum'], notSha1, 'mbox-sha1sum.format'),
    );
  }
  if (node['openid'] !== undefined)
    sites.push(change('break openid', [...at, 'openid'], notIri, 'iri.format'));
  if (node['account'] !== undefined) {
    const acc = [...at, 'account'];
    sites.push(
      change('account not an object', acc, notObject, 'type.object'),
      remove('remove account.homePage', [...acc, 'homePage'], 'required'),
      remove('remove account.name', [...acc, 'name'], 'required'),
      change('break account.homePage', [...acc, 'homePage'], notIri, 'iri.format'),
      change('account.name not a string', [...acc, 'name'], notString, 'type.string'),
      extraProperty(acc, ['homePage', 'name']),
      ...nulls(asObject(node['account']), acc, ['homePage', 'name']),
    );
  }
  return sites;
}

export function actorSites(node: JsonObject, at: Segment[], position: ActorPosition): Site[] {
  const isGroup = node['objectType'] === 'Group';
  const sites: Site[] = [
    change('not an object', at, position === 'team' ? notObjectNorArray : notObject, 'type.object'),
    change('name not a string', [...at, 'name'], notString, 'type.string'),
    extraProperty(at, isGroup ? GROUP_PROPERTIES : AGENT_PROPERTIES),
    ...nulls(node, at, ['name', ...IFI_NAMES]),
    ...ifiSites(node, at, isGroup),
  ];
  // A wrong objectType is reported by the rule of the place the actor is in.
  const wrongType = (rule: ValidationRule, errorAt: Segment[]) =>
    change('unknown objectType', [...at, 'objectType'], junkObjectType, rule, errorAt);
  if (position === 'team') sites.push(wrongType('team.group', at));
  else if (position === 'context-group') sites.push(wrongType('context-group.group', at));
  else if (position === 'object')
    sites.push(wrongType('object.object-type', [...at, 'objectType']));
  else sites.push(wrongType('actor.object-type', [...at, 'objectType']));

  if (!isGroup) {
    if (position === 'member') {
      sites.push(
        change(
          'a Group as member',
          [...at, 'objectType'],
          fc.constant('Group'),
          'group.member-agent',
          at,
        ),
      );
    }
    if (position === 'context-agent') {
      sites.push(
        change(
          'a Group as contextAgent',
          [...at, 'objectType'],
          fc.constant('Group'),
          'context-agent.agent',
          at,
        ),
      );
    }
    return sites;
  }

  if (position === 'team') {
    sites.push(
      change('an Agent as team', [...at, 'objectType'], fc.constant('Agent'), 'team.group', at),
    );
  }
  if (position === 'context-group') {
    sites.push(
      change(
        'an Agent as contextGroup',
        [...at, 'objectType'],
        fc.constant('Agent'),
        'context-group.group',
        at,
      ),
    );
  }
  const members = asArray(node['member']);
  const anonymous = IFI_NAMES.every((name) => node[name] === undefined);
  if (anonymous) {
    sites.push(
      remove(
        'remove the members of an anonymous Group',
        [...at, 'member'],
        'group.member-required',
        at,
      ),
    );
  }
  if (node['member'] !== undefined) {
    // Without members an anonymous Group is also refused as such, at its own path.
    sites.push(
      change(
        'member null',
        [...at, 'member'],
        fc.constant(null),
        'value.null',
        [...at, 'member'],
        anonymous ? at : [...at, 'member'],
      ),
    );
  }
  sites.push(change('member not an array', [...at, 'member'], notArray, 'type.array'));
  members.forEach((member, index) => {
    const memberAt = [...at, 'member', index];
    sites.push(
      change('a Group in member', memberAt, anonymousGroup, 'group.member-agent'),
      ...actorSites(asObject(member), memberAt, 'member'),
    );
  });
  if (position === 'authority') {
    sites.push(
      change('an identified authority Group', [...at, 'mbox'], mbox, 'authority.group', at),
      () =>
        fc
          .oneof(
            fc.constant(members.slice(0, 1)),
            agent.map((third) => [...members, third]),
          )
          .map((member) => ({
            what: 'an authority Group without exactly two members',
            at: [...at, 'member'],
            value: member,
            errorAt: [...at, 'member'],
            rule: 'authority.group' as const,
            scope: [...at, 'member'],
          })),
    );
  }
  return sites;
}

export function languageMapSites(map: JsonObject, at: Segment[]): Site[] {
  const sites: Site[] = [
    change('not a language map', at, notObject, 'type.object'),
    () =>
      notLanguageTag.chain((tag) =>
        change(`language tag ${JSON.stringify(tag)}`, [...at, tag], text, 'language-tag.format')(),
      ),
  ];
  for (const tag of Object.keys(map)) {
    sites.push(
      change('entry not a string', [...at, tag], notString, 'language-map.value'),
      change('entry null', [...at, tag], fc.constant(null), 'value.null'),
    );
  }
  return sites;
}

export function extensionSites(at: Segment[]): Site[] {
  const ext = [...at, 'extensions'];
  return [
    change('extensions not an object', ext, notObject, 'type.object'),
    () =>
      fc
        .tuple(notIriString, fc.jsonValue({ maxDepth: 2 }))
        .filter(([key]) => key !== '__proto__')
        .map(([key, value]) => ({
          what: `extension key ${JSON.stringify(key)}`,
          at: [...ext, key],
          value,
          errorAt: [...ext, key],
          rule: 'extension-key.iri' as const,
          scope: [...ext, key],
        })),
  ];
}

export function verbSites(verb: JsonObject, at: Segment[]): Site[] {
  return [
    change('verb not an object', at, notObject, 'type.object'),
    remove('remove verb.id', [...at, 'id'], 'required'),
    change('break verb.id', [...at, 'id'], notIri, 'iri.format'),
    extraProperty(at, ['id', 'display']),
    ...nulls(verb, at, ['id', 'display']),
    ...languageMapSites(asObject(verb['display']), [...at, 'display']),
  ];
}

export function definitionSites(definition: JsonObject, at: Segment[]): Site[] {
  const sites: Site[] = [
    change('definition not an object', at, notObject, 'type.object'),
    extraProperty(at, [
      'name',
      'description',
      'type',
      'moreInfo',
      'extensions',
      'interactionType',
      'correctResponsesPattern',
      ...COMPONENT_LISTS,
    ]),
    ...nulls(definition, at, ['name', 'description', 'type', 'moreInfo', 'extensions']),
    change('break definition.type', [...at, 'type'], notIri, 'iri.format'),
    change('break definition.moreInfo', [...at, 'moreInfo'], notIri, 'iri.format'),
    ...languageMapSites(asObject(definition['name']), [...at, 'name']),
    ...languageMapSites(asObject(definition['description']), [...at, 'description']),
    ...extensionSites(at),
  ];
  const type = definition['interactionType'];
  if (typeof type !== 'string') return sites;
  const typeAt = [...at, 'interactionType'];
  const lists = COMPONENT_LISTS.filter((list) => definition[list] !== undefined);
  sites.push(
    change('interactionType not a string', typeAt, notString, 'type.string'),
    change(
      'interactionType not a known type',
      typeAt,
      fc.oneof(
        fc.constant(type.toUpperCase()),
        fc.constant(type.charAt(0).toUpperCase() + type.slice(1)),
        fc.string({ maxLength: 12 }).filter((s) => !INTERACTION_TYPES.includes(s)),
      ),
      'interaction-type.value',
    ),
    change('interactionType null', typeAt, fc.constant(null), 'value.null'),
  );
  if (lists.length > 0 || definition['correctResponsesPattern'] !== undefined) {
    sites.push(remove('remove interactionType', typeAt, 'interaction-type.required', typeAt, at));
  }
  const foreign = COMPONENT_LISTS.filter((list) => !(LISTS_BY_TYPE[type] ?? []).includes(list));
  sites.push(() =>
    fc
      .constantFrom(...foreign)
      .chain((list) =>
        change(
          `add ${list} to a ${type} interaction`,
          [...at, list],
          components,
          'interaction-component.not-allowed',
        )(),
      ),
  );
  if (definition['correctResponsesPattern'] !== undefined) {
    const patternAt = [...at, 'correctResponsesPattern'];
    sites.push(change('correctResponsesPattern not an array', patternAt, notArray, 'type.array'));
    asArray(definition['correctResponsesPattern']).forEach((_, index) =>
      sites.push(change('pattern not a string', [...patternAt, index], notString, 'type.string')),
    );
  }
  for (const list of lists) {
    const listAt = [...at, list];
    const items = asArray(definition[list]);
    sites.push(change(`${list} not an array`, listAt, notArray, 'type.array'));
    items.forEach((item, index) => {
      const itemAt = [...listAt, index];
      sites.push(
        change('component not an object', itemAt, notObject, 'type.object'),
        remove('remove component id', [...itemAt, 'id'], 'required'),
        change('component id not a string', [...itemAt, 'id'], notString, 'type.string'),
        extraProperty(itemAt, ['id', 'description']),
        ...languageMapSites(asObject(asObject(item)['description']), [...itemAt, 'description']),
      );
      if (index > 0) {
        sites.push(
          change(
            'repeat the first component id',
            [...itemAt, 'id'],
            fc.constant(asObject(items[0])['id']),
            'interaction-component.duplicate-id',
          ),
        );
      }
    });
  }
  return sites;
}

/**
 * `objectScope`: where errors may land when an object's objectType changes
 * (the statement's context then refuses revision and platform).
 */
export function activitySites(
  node: JsonObject,
  at: Segment[],
  position: 'object' | 'context',
  objectScope: Segment[],
  single = false,
): Site[] {
  return [
    change('not an object', at, single ? notObjectNorArray : notObject, 'type.object'),
    remove('remove the activity id', [...at, 'id'], 'required'),
    change('break the activity id', [...at, 'id'], notIri, 'iri.format'),
    position === 'object'
      ? change(
          'unknown objectType',
          [...at, 'objectType'],
          junkObjectType,
          'object.object-type',
          [...at, 'objectType'],
          objectScope,
        )
      : change(
          'not an Activity',
          [...at, 'objectType'],
          fc.oneof(junkObjectType, fc.constantFrom('Agent', 'StatementRef')),
          'activity.object-type',
        ),
    extraProperty(at, ['objectType', 'id', 'definition']),
    ...nulls(node, at, ['id', 'definition']),
    ...definitionSites(asObject(node['definition']), [...at, 'definition']),
  ];
}

export function statementRefSites(
  node: JsonObject,
  at: Segment[],
  position: 'object' | 'context',
): Site[] {
  return [
    change('not an object', at, notObject, 'type.object'),
    remove('remove the StatementRef id', [...at, 'id'], 'required'),
    change('break the StatementRef id', [...at, 'id'], notUuid, 'uuid.format'),
    extraProperty(at, ['objectType', 'id']),
    ...nulls(node, at, ['id']),
    position === 'object'
      ? change(
          'unknown objectType',
          [...at, 'objectType'],
          junkObjectType,
          'object.object-type',
          [...at, 'objectType'],
          at,
        )
      : change(
          'not a StatementRef',
          [...at, 'objectType'],
          fc.oneof(junkObjectType, fc.constantFrom('Activity', 'Agent')),
          'statement-ref.object-type',
        ),
    ...(position === 'context'
      ? [remove('remove objectType', [...at, 'objectType'], 'statement-ref.object-type')]
      : []),
  ];
}

export function resultSites(result: JsonObject, at: Segment[]): Site[] {
  const scoreAt = [...at, 'score'];
  const s = asObject(result['score']);
  const sites: Site[] = [
    change('result not an object', at, notObject, 'type.object'),
    extraProperty(at, ['score', 'success', 'completion', 'response', 'duration', 'extensions']),
    ...nulls(result, at, ['score', 'success', 'completion', 'response', 'duration', 'extensions']),
    change('score not an object', scoreAt, notObject, 'type.object'),
    extraProperty(scoreAt, ['scaled', 'raw', 'min', 'max']),
    change('scaled out of range', [...scoreAt, 'scaled'], scaledOutOfRange, 'score.scaled-range'),
    change('success not a boolean', [...at, 'success'], notBoolean, 'type.boolean'),
    change('completion not a boolean', [...at, 'completion'], notBoolean, 'type.boolean'),
    change('response not a string', [...at, 'response'], notString, 'type.string'),
    change('bad duration', [...at, 'duration'], notDuration, 'duration.format'),
    ...extensionSites(at),
  ];
  if (result['score'] !== undefined) {
    for (const key of ['scaled', 'raw', 'min', 'max']) {
      sites.push(change(`score.${key} not a number`, [...scoreAt, key], notNumber, 'type.number'));
    }
  }
  const { min, max } = s as { min?: number; max?: number };
  if (max !== undefined) {
    sites.push(
      change(
        'raw above max',
        [...scoreAt, 'raw'],
        positive.map((d) => max + d + 1e-9 * Math.abs(max)),
        'score.raw-range',
      ),
    );
  }
  if (min !== undefined) {
    sites.push(
      change(
        'raw below min',
        [...scoreAt, 'raw'],
        positive.map((d) => min - d - 1e-9 * Math.abs(min)),
        'score.raw-range',
      ),
    );
  }
  if (min !== undefined && max !== undefined) {
    sites.push(
      change(
        'min not below max',
        [...scoreAt, 'min'],
        fc.nat({ max: 100 }).map((d) => max + d),
        'score.min-max',
        [...scoreAt, 'min'],
        scoreAt,
      ),
    );
  }
  return sites;
}

export function contextSites(
  ctx: JsonObject,
  at: Segment[],
  version: XapiVersion,
  objectIsActivity: boolean,
): Site[] {
  const allowed = [
    'registration',
    'instructor',
    'team',
    'contextActivities',
    'revision',
    'platform',
    'language',
    'statement',
    'extensions',
    ...(version === '2.0.0' ? ['contextAgents', 'contextGroups'] : []),
  ];
  const sites: Site[] = [
    change('context not an object', at, notObject, 'type.object'),
    extraProperty(at, allowed),
    ...nulls(ctx, at, allowed),
    change('break registration', [...at, 'registration'], notUuid, 'uuid.format'),
    change('instructor not an actor', [...at, 'instructor'], notObject, 'type.object'),
    change('team is an Agent', [...at, 'team'], agent, 'team.group'),
    change(
      'contextActivities not an object',
      [...at, 'contextActivities'],
      notObject,
      'type.object',
    ),
    extraProperty([...at, 'contextActivities'], ['parent', 'grouping', 'category', 'other']),
    change('language not a tag', [...at, 'language'], notLanguageTag, 'language-tag.format'),
    change('language not a string', [...at, 'language'], notString, 'type.string'),
    change('statement not a StatementRef', [...at, 'statement'], notObject, 'type.object'),
    ...extensionSites(at),
  ];
  if (version === '1.0.3') {
    sites.push(() =>
      fc.constantFrom('contextAgents', 'contextGroups').map((key) => ({
        what: `${key} is xAPI 2.0.0`,
        at: [...at, key],
        value: [],
        errorAt: [...at, key],
        rule: 'property.unknown' as const,
        scope: [...at, key],
      })),
    );
  }
  for (const key of ['revision', 'platform']) {
    if (objectIsActivity) {
      sites.push(change(`${key} not a string`, [...at, key], notString, 'type.string'));
    } else {
      sites.push(
        change(`${key} without an Activity object`, [...at, key], text, 'context.activity-only'),
      );
    }
  }
  if (isObject(ctx['instructor'])) {
    sites.push(...actorSites(ctx['instructor'], [...at, 'instructor'], 'instructor'));
  }
  if (isObject(ctx['team'])) sites.push(...actorSites(ctx['team'], [...at, 'team'], 'team'));
  if (isObject(ctx['statement'])) {
    sites.push(...statementRefSites(ctx['statement'], [...at, 'statement'], 'context'));
  }
  for (const [key, list] of Object.entries(asObject(ctx['contextActivities']))) {
    const listAt = [...at, 'contextActivities', key];
    if (Array.isArray(list)) {
      list.forEach((item, index) =>
        sites.push(
          ...activitySites(asObject(item), [...listAt, index], 'context', [...listAt, index]),
        ),
      );
    } else {
      sites.push(...activitySites(asObject(list), listAt, 'context', listAt, true));
    }
  }
  if (version === '2.0.0') {
    for (const [key, kind] of [
      ['contextAgents', 'agent'],
      ['contextGroups', 'group'],
    ] as const) {
      const listAt = [...at, key];
      const typeRule = kind === 'agent' ? 'context-agent.object-type' : 'context-group.object-type';
      const otherType = kind === 'agent' ? 'contextGroup' : 'contextAgent';
      sites.push(change(`${key} not an array`, listAt, notArray, 'type.array'));
      asArray(ctx[key]).forEach((entry, index) => {
        const entryAt = [...listAt, index];
        const e = asObject(entry);
        sites.push(
          change('entry not an object', entryAt, notObject, 'type.object'),
          change(
            'entry objectType wrong',
            [...entryAt, 'objectType'],
            fc.oneof(junkObjectType, fc.constant(otherType)),
            typeRule,
          ),
          remove('remove entry objectType', [...entryAt, 'objectType'], typeRule),
          remove(`remove entry ${kind}`, [...entryAt, kind], 'required'),
          extraProperty(entryAt, ['objectType', kind, 'relevantTypes']),
          change(
            'relevantTypes empty',
            [...entryAt, 'relevantTypes'],
            fc.constant([]),
            'array.empty',
          ),
          change(
            'relevantTypes not an array',
            [...entryAt, 'relevantTypes'],
            notArray,
            'type.array',
          ),
          ...actorSites(
            asObject(e[kind]),
            [...entryAt, kind],
            kind === 'agent' ? 'context-agent' : 'context-group',
          ),
        );
        asArray(e['relevantTypes']).forEach((_, i) =>
          sites.push(
            change(
              'relevant type not an IRI',
              [...entryAt, 'relevantTypes', i],
              notIri,
              'iri.format',
            ),
          ),
        );
      });
    }
  }
  return sites;
}

export function attachmentSites(list: unknown[], at: Segment[]): Site[] {
  const required = ['usageType', 'display', 'contentType', 'length', 'sha2'];
  const sites: Site[] = [change('attachments not an array', at, notArray, 'type.array')];
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    sites.push(
      change('attachment not an object', itemAt, notObject, 'type.object'),
      ...required.map((key) => remove(`remove attachment ${key}`, [...itemAt, key], 'required')),
      change('break usageType', [...itemAt, 'usageType'], notIri, 'iri.format'),
      change('break fileUrl', [...itemAt, 'fileUrl'], notIri, 'iri.format'),
      change(
        'contentType not a media type',
        [...itemAt, 'contentType'],
        notMediaType,
        'content-type.format',
      ),
      change('contentType not a string', [...itemAt, 'contentType'], notString, 'type.string'),
      change('length not a size', [...itemAt, 'length'], notLength, 'type.integer'),
      change('sha2 not a string', [...itemAt, 'sha2'], notString, 'type.string'),
      extraProperty(itemAt, [...required, 'description', 'fileUrl']),
      ...languageMapSites(asObject(asObject(item)['display']), [...itemAt, 'display']),
    );
  });
  return sites;
}

export const CORE = ['actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
export const STATEMENT_PROPERTIES = ['id', ...CORE, 'stored', 'authority', 'version'];

/** Sites shared by a Statement and a SubStatement. */
export function coreSites(
  node: JsonObject,
  at: Segment[],
  version: XapiVersion,
  inSubStatement: boolean,
): Site[] {
  const object = asObject(node['object']);
  const objectAt = [...at, 'object'];
  const objectIsActivity = isActivity(object);
  const sites: Site[] = [
    ...['actor', 'verb', 'object'].map((key) => remove(`remove ${key}`, [...at, key], 'required')),
    ...nulls(node, at, CORE),
    ...actorSites(asObject(node['actor']), [...at, 'actor'], 'actor'),
    ...verbSites(asObject(node['verb']), [...at, 'verb']),
    change('object not an object', objectAt, notObject, 'type.object'),
    change(
      'timestamp not a date-time',
      [...at, 'timestamp'],
      notDateTime(version),
      'date-time.format',
    ),
    ...resultSites(asObject(node['result']), [...at, 'result']),
    ...contextSites(asObject(node['context']), [...at, 'context'], version, objectIsActivity),
    ...attachmentSites(asArray(node['attachments']), [...at, 'attachments']),
  ];
  const objectScope = inSubStatement ? at : [];
  switch (object['objectType']) {
    case undefined:
    case 'Activity':
      sites.push(...activitySites(object, objectAt, 'object', objectScope));
      break;
    case 'Agent':
    case 'Group':
      sites.push(...actorSites(object, objectAt, 'object'));
      break;
    case 'StatementRef':
      sites.push(...statementRefSites(object, objectAt, 'object'));
      break;
    case 'SubStatement':
      sites.push(...subStatementSites(object, objectAt, version));
      break;
  }
  return sites;
}

export function subStatementSites(sub: JsonObject, at: Segment[], version: XapiVersion): Site[] {
  return [
    ...coreSites(sub, at, version, true),
    extraProperty(at, ['objectType', ...CORE, 'id', 'stored', 'version', 'authority']),
    () =>
      fc
        .constantFrom('id', 'stored', 'version', 'authority')
        .chain((key) =>
          change(
            `${key} in a SubStatement`,
            [...at, key],
            key === 'id'
              ? uuid
              : key === 'stored'
                ? dateTime(version)
                : key === 'version'
                  ? fc.constant('1.0.0')
                  : agent,
            'substatement.forbidden-property',
          )(),
        ),
    change(
      'a SubStatement in a SubStatement',
      [...at, 'object'],
      fc.constant({
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:nested@example.org' },
        verb: { id: VERBS[0] },
        object: { id: 'https://example.org/nested' },
      }),
      'substatement.nested',
      [...at, 'object', 'objectType'],
      at,
    ),
  ];
}

export function statementSites(s: JsonObject, version: XapiVersion): Site[] {
  const sites: Site[] = [
    ...coreSites(s, [], version, false),
    extraProperty([], STATEMENT_PROPERTIES),
    ...nulls(s, [], ['id', 'stored', 'authority', 'version']),
    change('break the id', ['id'], notUuid, 'uuid.format'),
    change('stored not a date-time', ['stored'], notDateTime(version), 'date-time.format'),
    change('unsupported version', ['version'], BAD_VERSIONS[version], 'version.format'),
    change('authority not an actor', ['authority'], notObject, 'type.object'),
    change('statement not an object', [], notObject, 'type.object'),
  ];
  if (isObject(s['authority']))
    sites.push(...actorSites(s['authority'], ['authority'], 'authority'));
  const object = asObject(s['object']);
  if (asObject(s['verb'])['id'] !== VOIDED && object['objectType'] !== 'StatementRef') {
    sites.push(
      change(
        'voided without a StatementRef',
        ['verb', 'id'],
        fc.constant(VOIDED),
        'voiding.statement-ref',
        ['object'],
        ['object'],
      ),
    );
  }
  return sites;
}
