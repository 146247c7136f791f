import type { Statement } from '@fita/xapi';
import { activitiesOf, mergeActivityDefinition } from './activity-definition.js';

describe('mergeActivityDefinition', () => {
  test('keeps what it knew when a statement sends no definition', () => {
    expect(mergeActivityDefinition({ name: { en: 'Quiz' } }, undefined)).toEqual({
      name: { en: 'Quiz' },
    });
    expect(mergeActivityDefinition(null, undefined)).toBeNull();
  });

  test('merges name and description language by language; the later text wins', () => {
    expect(
      mergeActivityDefinition(
        { name: { en: 'Quiz', fr: 'Quizz' }, description: { en: 'A quiz' } },
        { name: { fr: 'Questionnaire', ca: 'Qüestionari' } },
      ),
    ).toEqual({
      name: { en: 'Quiz', fr: 'Questionnaire', ca: 'Qüestionari' },
      description: { en: 'A quiz' },
    });
  });

  test('other properties are replaced, extensions merged key by key', () => {
    expect(
      mergeActivityDefinition(
        {
          type: 'http://adlnet.gov/expapi/activities/assessment',
          moreInfo: 'https://lms.example.org/quiz',
          extensions: { 'https://example.org/a': 1, 'https://example.org/b': 2 },
        },
        {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          extensions: { 'https://example.org/b': null },
        },
      ),
    ).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      moreInfo: 'https://lms.example.org/quiz',
      extensions: { 'https://example.org/a': 1, 'https://example.org/b': null },
    });
  });

  test('interaction components: the later list wins, descriptions merged by component id', () => {
    expect(
      mergeActivityDefinition(
        {
          interactionType: 'choice',
          choices: [
            { id: 'a', description: { en: 'Yes' } },
            { id: 'b', description: { en: 'No' } },
          ],
        },
        {
          interactionType: 'choice',
          choices: [{ id: 'a', description: { es: 'Sí' } }, { id: 'c' }],
        },
      ),
    ).toEqual({
      interactionType: 'choice',
      choices: [{ id: 'a', description: { en: 'Yes', es: 'Sí' } }, { id: 'c' }],
    });
  });
});

describe('activitiesOf', () => {
  const verb = { id: 'http://adlnet.gov/expapi/verbs/experienced' };
  const actor = { mbox: 'mailto:ana@example.org' };

  test('the object, then every list of context activities, single or array', () => {
    const statement: Statement = {
      actor,
      verb,
      object: { id: 'https://example.org/lesson', definition: { name: { en: 'Lesson' } } },
      context: {
        contextActivities: {
          parent: { id: 'https://example.org/course' },
          grouping: [{ id: 'https://example.org/programme' }],
          category: [
            {
              id: 'https://example.org/profile',
              definition: { type: 'http://adlnet.gov/expapi/activities/profile' },
            },
          ],
        },
      },
    };
    expect(activitiesOf(statement)).toEqual([
      { id: 'https://example.org/lesson', definition: { name: { en: 'Lesson' } } },
      { id: 'https://example.org/course' },
      { id: 'https://example.org/programme' },
      {
        id: 'https://example.org/profile',
        definition: { type: 'http://adlnet.gov/expapi/activities/profile' },
      },
    ]);
  });

  test("a SubStatement's object and context activities; agents and StatementRefs are no activities", () => {
    const statement: Statement = {
      actor,
      verb,
      object: {
        objectType: 'SubStatement',
        actor,
        verb,
        object: { objectType: 'Activity', id: 'https://example.org/planned' },
        context: { contextActivities: { other: [{ id: 'https://example.org/other' }] } },
      },
    };
    expect(activitiesOf(statement).map((a) => a.id)).toEqual([
      'https://example.org/planned',
      'https://example.org/other',
    ]);
    expect(
      activitiesOf({ actor, verb, object: { objectType: 'Agent', mbox: 'mailto:b@example.org' } }),
    ).toEqual([]);
    expect(
      activitiesOf({
        actor,
        verb,
        object: { objectType: 'StatementRef', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' },
      }),
    ).toEqual([]);
  });
});
