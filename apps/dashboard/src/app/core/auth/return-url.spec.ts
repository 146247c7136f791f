import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/reports?year=2022', '/reports?year=2022'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/login?returnUrl=%2F', '/'],
  ])('%s -> %s', (candidate, expected) => {
    expect(safeReturnUrl(candidate)).toBe(expected);
  });
});
