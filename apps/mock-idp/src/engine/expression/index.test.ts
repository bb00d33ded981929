import { describe, expect, it } from 'vitest';
import {
  type ExpressionContext,
  ExpressionError,
  checkExpression,
  evaluateAst,
  evaluateExpression,
  functionNames,
  parseExpression,
} from './index.ts';

// The docs' sample user (okta-expression-language §8).
const WINSTON: ExpressionContext = {
  user: {
    firstName: 'Winston',
    lastName: 'Churchill',
    email: 'winston.churchill@gmail.com',
    login: 'winston.churchill@gmail.com',
  },
  groups: [{ id: '00g-mlops', name: 'ML Ops' }],
};

function run(
  source: string,
  user: Record<string, unknown> = {},
  extra: Partial<ExpressionContext> = {},
): unknown {
  return evaluateExpression(source, { ...WINSTON, ...extra, user: { ...WINSTON.user, ...user } });
}

describe('popular expressions (§8, verbatim)', () => {
  it.each([
    ['user.firstName', 'Winston'],
    ['user.firstName + user.lastName', 'WinstonChurchill'],
    ['user.firstName + "." + user.lastName', 'Winston.Churchill'],
    ['substring(user.firstName, 0, 1) + user.lastName', 'WChurchill'],
    ['substring(user.firstName, 0, 1) + substring(user.lastName, 0, 6)', 'WChurch'],
    [
      'toLowerCase(substring( user.firstName, 0, 1)) + "." + toLowerCase(user.lastName)',
      'w.churchill',
    ],
    [
      'toUpperCase(substringBefore( substringAfter(user.email, "@"), ".")) + "\\" + substringBefore( user.email, "@")',
      'GMAIL\\winston.churchill',
    ],
    [
      '"XDOMAIN\\" + toLowerCase(substring( user.firstName, 0, 1)) + toLowerCase(user.lastName)',
      'XDOMAIN\\wchurchill',
    ],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('refuses the OAuth-claims-only access.scope example (§8) as an unknown name', () => {
    expect(() => run('String.replace(Arrays.toCsvString(access.scope),","," ")')).toThrow(
      "Unknown name 'access' at column 35",
    );
  });
});

describe('mappings from the task', () => {
  it.each([
    ['isMemberOfGroupName("ML Ops") ? "Owner" : "Viewer"', 'Owner'],
    ['user.firstName + " " + user.lastName', 'Winston Churchill'],
    ['String.toLowerCase(user.email)', 'winston.churchill@gmail.com'],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('documented mapping samples (§6, §7)', () => {
  const middle =
    'user.firstName + " " + (String.len(user.middleInitial) == 0 ? "" : (String.substring(user.middleInitial, 0, 1) + ". ")) + user.lastName';

  it.each([
    ['Spencer', 'Winston S. Churchill'],
    ['', 'Winston Churchill'],
    [null, 'Winston Churchill'],
  ])('middle initial %j → %s', (middleInitial, expected) => {
    expect(run(middle, { middleInitial })).toBe(expected);
  });

  it("needs the user. root that the doc's shorthand sample leaves out", () => {
    const verbatim =
      'firstName + " " + (String.len(middleInitial) == 0 ? "" : (String.substring(middleInitial, 0, 1) + ". ")) + lastName';
    expect(checkExpression(verbatim)).toMatchObject({
      ok: false,
      message: "Unknown name 'firstName' at column 1",
    });
    expect(() => run(verbatim)).toThrow("Unknown name 'firstName' at column 1");
  });

  const title =
    '(user.courtesyTitle != "" ? (user.courtesyTitle + " ") : user.honorificPrefix != "" ? (user.honorificPrefix + " ") : "") + user.firstName + " " + user.lastName';

  it.each([
    [{ courtesyTitle: 'Rt Hon', honorificPrefix: 'Sir' }, 'Rt Hon Winston Churchill'],
    [{ courtesyTitle: '', honorificPrefix: 'Sir' }, 'Sir Winston Churchill'],
    [{ courtesyTitle: '', honorificPrefix: '' }, 'Winston Churchill'],
    // A never-set attribute is null, not "", so SpEL prints it (§7): fixtures must set "".
    [{ courtesyTitle: null, honorificPrefix: '' }, 'null Winston Churchill'],
  ])('courtesy title %j → %s', (user, expected) => {
    expect(run(title, user)).toBe(expected);
  });

  it.each([
    [123, 'Sales'],
    [124, 'Other'],
    ['123', 'Other'],
  ])("user.groupCode == 123 ? 'Sales' : 'Other' with %j → %s", (groupCode, expected) => {
    expect(run("user.groupCode == 123 ? 'Sales' : 'Other'", { groupCode })).toBe(expected);
  });

  it.each([
    [true, 'LICENSED_USER'],
    [false, ''],
    [null, ''],
  ])(
    "(user.smartsheetLicensedUser == true) ? 'LICENSED_USER' : '' with %j",
    (licensed, expected) => {
      expect(
        run("(user.smartsheetLicensedUser == true) ? 'LICENSED_USER' : ''", {
          smartsheetLicensedUser: licensed,
        }),
      ).toBe(expected);
    },
  );

  const employee =
    'user.employeeNumber != "" AND user.employeeNumber != null ? user.employeeNumber : user.nonEmployeeNumber';

  it.each([
    [{ employeeNumber: 'E1', nonEmployeeNumber: 'C9' }, 'E1'],
    [{ employeeNumber: '', nonEmployeeNumber: 'C9' }, 'C9'],
    [{ nonEmployeeNumber: 'C9' }, 'C9'],
  ])('never-set vs cleared employee number %j → %s (§7)', (user, expected) => {
    expect(run(employee, user)).toBe(expected);
  });
});

describe('documented group-rule samples (§6, verbatim)', () => {
  it.each([
    ['String.stringContains(user.department, "Sales")', { department: 'West Sales' }, true],
    ['String.stringContains(user.department, "Sales")', { department: 'Support' }, false],
    ['user.city == "San Francisco"', { city: 'San Francisco' }, true],
    ['user.city == "San Francisco"', { city: 'san francisco' }, false],
    ['!user.isContractor', { isContractor: false }, true],
    ['!user.isContractor', { isContractor: true }, false],
    [
      'user.salary > 1000000 AND !user.isContractor',
      { salary: 1_500_000, isContractor: false },
      true,
    ],
    [
      'user.salary > 1000000 AND !user.isContractor',
      { salary: 900_000, isContractor: false },
      false,
    ],
    [
      'user.department matches "California-[a-zA-Z]+-Sales"',
      { department: 'California-North-Sales' },
      true,
    ],
    [
      'user.department matches "California-[a-zA-Z]+-Sales"',
      { department: 'California-9-Sales' },
      false,
    ],
    ["user.title matches '(?i)engineer'", { title: 'Engineer' }, true],
    ['Arrays.contains(user.favoriteColors, "blue")', { favoriteColors: ['blue'] }, true],
    ['user.getInternalProperty("status") == "ACTIVE"', {}, false],
  ])('%s with %j → %s', (source, user, expected) => {
    expect(run(source, user)).toBe(expected);
  });
});

describe('references (§4, §5.5, verbatim)', () => {
  const context: Partial<ExpressionContext> = {
    app: { domain: 'acme.com', companySubDomain: 'acme', subdomain: 'acme' },
    org: { name: 'Acme Inc', subDomain: 'acme' },
    idpuser: { firstName: 'Winnie' },
    session: { amr: ['mfa', 'pwd', 'sms'] },
    apps: {
      zendesk: { profile: { firstName: 'Z' } },
      active_directory: { profile: { managerUpn: 'boss@acme.com' } },
      google_apps: { profile: { email: 'w@acme.com' } },
      office365: { settings: { domain: 'acme.onmicrosoft.com' } },
    },
    internal: { id: '00u1', status: 'ACTIVE' },
    linkedObjects: { manager: { lastName: 'Attlee' } },
    manager: { user: { firstName: 'Neville' }, appUsers: { google: { firstName: 'Nev' } } },
    workdayUsers: [{ employeeID: 'W-7' }],
  };

  it.each([
    ['user.employeeNumber', null],
    ['user.getInternalProperty("status") == "ACTIVE"', true],
    ['appuser.firstName', null],
    ['zendesk.firstName', 'Z'],
    ['active_directory.managerUpn', 'boss@acme.com'],
    ['google_apps.email', 'w@acme.com'],
    ['app.domain', 'acme.com'],
    ['app.companySubDomain', 'acme'],
    ['office365_app.domain', 'acme.onmicrosoft.com'],
    ['org.name', 'Acme Inc'],
    ['org.subDomain', 'acme'],
    ['idpuser.firstName', 'Winnie'],
    ['session.amr', ['mfa', 'pwd', 'sms']],
    ["'https://' + app.subdomain + '.example.com/scim2/'", 'https://acme.example.com/scim2/'],
    ['user.getLinkedObject("manager").lastName', 'Attlee'],
    ['getManagerUser("active_directory").firstName', 'Neville'],
    ['getManagerAppUser("active_directory","google").firstName', 'Nev'],
    ['hasWorkdayUser() ? findWorkdayUser().employeeID : null', 'W-7'],
  ])('%s → %j', (source, expected) => {
    expect(run(source, {}, context)).toEqual(expected);
  });
});

describe('public API', () => {
  it('parses once and evaluates many times', () => {
    const ast = parseExpression('user.firstName');
    expect(evaluateAst(ast, WINSTON)).toBe('Winston');
  });

  it('throws ExpressionError with kind, column, detail and hint', () => {
    let caught: unknown;
    try {
      evaluateExpression('String.toLowr(user.email)', WINSTON);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({
      name: 'ExpressionError',
      kind: 'syntax',
      column: 1,
      message: 'Unknown function String.toLowr at column 1',
      detail: 'Unknown function String.toLowr',
      hint: 'Did you mean String.toLowerCase?',
    });
  });

  it('marks errors found while evaluating as evaluation errors', () => {
    expect(() => evaluateExpression('1 / 0', WINSTON)).toThrow(
      expect.objectContaining({ kind: 'evaluation', column: 3, detail: 'Division by zero' }),
    );
  });

  it('lists every function for autocompletion', () => {
    const names = functionNames();
    for (const name of [
      'String.append',
      'String.join',
      'String.len',
      'String.removeSpaces',
      'String.replace',
      'String.replaceFirst',
      'String.startsWith',
      'String.stringContains',
      'String.stringSwitch',
      'String.substring',
      'String.substringAfter',
      'String.substringBefore',
      'String.toUpperCase',
      'String.toLowerCase',
      'toUpperCase',
      'toLowerCase',
      'substringBefore',
      'substringAfter',
      'substring',
      'Arrays.add',
      'Arrays.remove',
      'Arrays.clear',
      'Arrays.get',
      'Arrays.flatten',
      'Arrays.contains',
      'Arrays.size',
      'Arrays.isEmpty',
      'Arrays.toCsvString',
      'Convert.toInt',
      'Convert.toNum',
      'Iso3166Convert.toAlpha2',
      'Iso3166Convert.toAlpha3',
      'Iso3166Convert.toNumeric',
      'Iso3166Convert.toName',
      'isMemberOfGroupName',
      'isMemberOfGroup',
      'isMemberOfAnyGroup',
      'isMemberOfGroupNameStartsWith',
      'isMemberOfGroupNameContains',
      'isMemberOfGroupNameRegex',
      'getFilteredGroups',
      'user.getGroups',
      'user.getInternalProperty',
      'user.getLinkedObject',
      'getManagerUser',
      'getManagerAppUser',
      'getAssistantUser',
      'getAssistantAppUser',
      'hasDirectoryUser',
      'findDirectoryUser',
      'hasWorkdayUser',
      'findWorkdayUser',
      'Time.now',
      'Time.fromWindowsToIso8601',
      'Time.fromUnixToIso8601',
      'Time.fromStringToIso8601',
      'Time.fromIso8601ToWindows',
      'Time.fromIso8601ToUnix',
      'Time.fromIso8601ToString',
    ]) {
      expect(names).toContain(name);
    }
  });
});
