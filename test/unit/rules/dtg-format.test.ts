import { expectClean, expectRule } from '../../support/ruleHarness';

const routed = (dtg: string) => `
      ${dtg}
      FM AMEMBASSY BANGKOK
      TO SECSTATE WASHDC PRIORITY 0123

      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, TH
      `;

describe('dtg-format', () => {
  it('fires on a day past the end of the month, over the date-time group', () => {
    expectRule(
      'dtg-format',
      `
      P 301007Z FEB 06
        ^^^^^^^^^^^^^^ dtg-format
      FM AMEMBASSY BANGKOK
      TO SECSTATE WASHDC PRIORITY 0123

      UNCLAS BANGKOK 003955
      `,
    );
  });

  it('fires on an hour, minute or month out of range', () => {
    for (const dtg of ['052460Z JUL 06', '051007Z JLY 06', '001007Z JUL 06']) {
      expectRule(
        'dtg-format',
        `
        R ${dtg}
          ${'^'.repeat(dtg.length)} dtg-format
        FM AMEMBASSY GABORONE
        TO SECSTATE WASHDC 7233

        UNCLAS GABORONE 003355
        `,
      );
    }
  });

  it('fires on a date-time group followed by an operating signal', () => {
    expectRule(
      'dtg-format',
      `
      O R 321205Z NOV 75 ZFF4
          ^^^^^^^^^^^^^^ dtg-format
      FM AMEMBASSY LIBREVILLE
      TO SECSTATE WASHDC IMMEDIATE 7102

      UNCLAS LIBREVILLE 1895
      `,
    );
  });

  it('is clean on valid date-time groups, including 29 February of a leap year', () => {
    expectClean('dtg-format', routed('P 051007Z JUL 06'));
    expectClean('dtg-format', routed('R 150750Z OCT 01'));
    expectClean('dtg-format', routed('O 292359Z FEB 08'));
    expectClean('dtg-format', routed('O 292359Z FEB 08 ZDK'));
  });

  it('is silent without a routing header', () => {
    expectClean('dtg-format', `\n      UNCLAS BANGKOK 003955\n\n      E.O. 12958: N/A\n      `);
  });
});
