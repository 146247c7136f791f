import { filenameFromContentDisposition } from './content-disposition';

describe('filenameFromContentDisposition', () => {
  it.each([
    [null, null],
    ['attachment', null],
    ['attachment; filename="fita-2022.xlsx"', 'fita-2022.xlsx'],
    ['attachment; filename=fita-2022.xlsx', 'fita-2022.xlsx'],
    ['attachment; filename="say \\"hi\\".xlsx"', 'say "hi".xlsx'],
    [
      `attachment; filename="fallback.xlsx"; filename*=UTF-8''indicadores%20a%C3%B1o.xlsx`,
      'indicadores año.xlsx',
    ],
    [`attachment; filename*=UTF-8''bad%E0%A4%A.xlsx; filename="plain.xlsx"`, 'plain.xlsx'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename=""', null],
  ])('%s -> %s', (header, expected) => {
    expect(filenameFromContentDisposition(header)).toBe(expected);
  });
});
