import type {
  Activity,
  ActivityDefinition,
  Context,
  InteractionComponent,
  Statement,
  StatementObject,
} from '@fita/xapi';

/** An activity as a statement mentions it: its id and, when sent, a definition. */
export interface ActivityMention {
  id: string;
  definition?: ActivityDefinition;
}

const LANGUAGE_MAPS = ['name', 'description'] as const;
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;

/**
 * The definition the LRS keeps after seeing `incoming` for an activity it
 * knew as `current` (xAPI 1.0.3 Data 2.4.4.1, Communication 2.5): the later
 * definition wins property by property, except that language maps (name,
 * description, and the descriptions of interaction components with the same
 * id) and extensions are merged key by key, so that two statements describing
 * an activity in two languages leave both.
 */
export function mergeActivityDefinition(
  current: ActivityDefinition | null | undefined,
  incoming: ActivityDefinition | undefined,
): ActivityDefinition | null {
  if (!incoming) return current ?? null;
  if (!current) return incoming;
  const merged: ActivityDefinition = { ...current, ...incoming };
  for (const key of LANGUAGE_MAPS) {
    if (current[key] && incoming[key]) merged[key] = { ...current[key], ...incoming[key] };
  }
  if (current.extensions && incoming.extensions) {
    merged.extensions = { ...current.extensions, ...incoming.extensions };
  }
  for (const key of COMPONENT_LISTS) {
    const before = current[key];
    const after = incoming[key];
    if (before && after) merged[key] = after.map((component) => mergeComponent(before, component));
  }
  return merged;
}

function mergeComponent(
  known: InteractionComponent[],
  component: InteractionComponent,
): InteractionComponent {
  const previous = known.find((candidate) => candidate.id === component.id);
  if (!previous?.description || !component.description) return component;
  return { ...component, description: { ...previous.description, ...component.description } };
}

/**
 * Every activity a statement mentions, in order: its object, its context
 * activities, and the object and context activities of a SubStatement.
 */
export function activitiesOf(statement: Statement): ActivityMention[] {
  const found: ActivityMention[] = [];
  const add = (activity: Activity) =>
    found.push(
      activity.definition === undefined
        ? { id: activity.id }
        : { id: activity.id, definition: activity.definition },
    );
  const addObject = (object: StatementObject) => {
    if (object.objectType === undefined || object.objectType === 'Activity') {
      add(object as Activity);
    } else if (object.objectType === 'SubStatement') {
      addObject(object.object);
      addContext(object.context);
    }
  };
  const addContext = (context: Context | undefined) => {
    const lists = context?.contextActivities ?? {};
    for (const kind of ['parent', 'grouping', 'category', 'other'] as const) {
      const value = lists[kind];
      for (const activity of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
        add(activity);
      }
    }
  };
  addObject(statement.object);
  addContext(statement.context);
  return found;
}
