import { textInLanguage } from './language-map';

describe('textInLanguage', () => {
  const name = { 'en-US': 'Cloud basics', ca: 'Fonaments del núvol', es: 'Nociones de nube' };

  it.each([
    [['ca-ES', 'en'], 'Fonaments del núvol'],
    [['en-GB'], 'Cloud basics'],
    [['EN-us'], 'Cloud basics'],
    [['fr', 'es'], 'Nociones de nube'],
    [['fr'], 'Cloud basics'],
    [[], 'Cloud basics'],
  ])('in %j -> %s', (languages, expected) => {
    expect(textInLanguage(name, languages)).toBe(expected);
  });

  it('is null without a map or text', () => {
    expect(textInLanguage(null, ['en'])).toBeNull();
    expect(textInLanguage({}, ['en'])).toBeNull();
    expect(textInLanguage({ en: ' ' }, ['en'])).toBeNull();
  });
});
