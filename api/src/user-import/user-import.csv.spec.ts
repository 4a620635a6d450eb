import { parseImportCsv } from './user-import.csv';

const HEADER = 'email,displayName,role,spaces';

describe('parseImportCsv', () => {
  it('reads quoted fields, a BOM, blank lines and the role in any case, with each line numbered as in the file', () => {
    const parsed = parseImportCsv(
      `\uFEFF${HEADER}\r\n"a@example.test","Dupont, Jean",employee," stores ; lab ;"\r\n\r\nb@example.test,Bea,CUSTOMER,\r\n`,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        email: 'a@example.test',
        emailLower: 'a@example.test',
        displayName: 'Dupont, Jean',
        role: 'EMPLOYEE',
        spaceSlugs: ['stores', 'lab'],
      },
      { line: 4, email: 'b@example.test', emailLower: 'b@example.test', displayName: 'Bea', role: 'CUSTOMER', spaceSlugs: [] },
    ]);
  });

  it('reports bad lines and keeps the good ones', () => {
    const parsed = parseImportCsv(
      [
        HEADER,
        'x,Name,EMPLOYEE,',
        'c@example.test,C,EMPLOYEE,',
        'd@example.test,Dee,BOSS,',
        'D@example.test,Dee,EMPLOYEE,',
        'd@example.test,Again,EMPLOYEE,',
      ].join('\n'),
    );
    expect(parsed.rows.map((row) => row.line)).toEqual([5]);
    expect(parsed.errors).toEqual([
      { line: 2, message: 'email: "x" is not an email address' },
      { line: 3, message: 'displayName: must be 2 to 80 characters' },
      { line: 4, message: 'role: "BOSS" is not one of EMPLOYEE, CUSTOMER, MANAGER, ADMIN' },
      { line: 6, message: 'email: d@example.test is already on line 5' },
    ]);
  });

  it('refuses a file without the header, or with more than 10,000 people', () => {
    expect(() => parseImportCsv('')).toThrow('Some fields need your attention.');
    expect(() => parseImportCsv('email,role\na@example.test,EMPLOYEE')).toThrow(
      expect.objectContaining({ fields: { csv: 'the first line must be the header email,displayName,role,spaces' } }),
    );
    const tooMany = [HEADER, ...Array.from({ length: 10_001 }, (_, n) => `p${n}@example.test,Person,EMPLOYEE,`)].join('\n');
    expect(() => parseImportCsv(tooMany)).toThrow(
      expect.objectContaining({ fields: { csv: 'holds 10,001 people; import at most 10,000 at a time' } }),
    );
  });
});
