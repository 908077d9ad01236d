/**
 * A CONFIDENTIAL cable whose header (banner, E.O., TAGS, SUBJECT, Classified By) is right, above
 * `body`: tests of the rules that read the body need no header finding in the way. Indented as the
 * annotated tests write their cables (see dedent in annotated.ts).
 */
export const confidentialCable = (body: string): string => `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)
${body}`;
