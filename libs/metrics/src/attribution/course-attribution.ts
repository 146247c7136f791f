/**
 * The parts of a statement course attribution looks at (spec section 3), as
 * stored: context activity lists are arrays (the LRS normalises them).
 */
export interface AttributableStatement {
  object: { objectType?: string; id?: string };
  context?: {
    contextActivities?: {
      parent?: readonly { id: string }[];
      grouping?: readonly { id: string }[];
    };
  };
}

export type CourseAttribution =
  { kind: 'catalogued'; courseId: string } | { kind: 'uncatalogued'; courseId: string };

/**
 * The one course a counting statement counts for (spec section 3), or null
 * (it still counts as service use): the object if it is a catalogue course,
 * else the first catalogue course among the parents, then the groupings, else
 * the object's own id as an uncatalogued course if the object is an Activity.
 */
export function attributeCourse(
  statement: AttributableStatement,
  isCatalogued: (activityId: string) => boolean,
): CourseAttribution | null {
  const object = statement.object;
  const objectIsActivity = object.objectType === undefined || object.objectType === 'Activity';
  const objectId = objectIsActivity ? object.id : undefined;
  if (objectId !== undefined && isCatalogued(objectId)) {
    return { kind: 'catalogued', courseId: objectId };
  }
  const lists = statement.context?.contextActivities;
  for (const candidate of [...(lists?.parent ?? []), ...(lists?.grouping ?? [])]) {
    if (isCatalogued(candidate.id)) return { kind: 'catalogued', courseId: candidate.id };
  }
  return objectId === undefined ? null : { kind: 'uncatalogued', courseId: objectId };
}
