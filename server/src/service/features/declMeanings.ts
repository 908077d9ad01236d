// What the parts of a declassification instruction mean, in our own words, for hovers and completion.

const EXEMPTIONS: Record<string, string> = {
  X1: 'would reveal an intelligence source or method',
  X2: 'would help someone develop or use weapons of mass destruction',
  X3: 'would weaken U.S. cryptologic systems or activities',
  X4: 'would weaken advanced technology in a U.S. weapon system',
  X5: 'would reveal U.S. military war plans still in effect',
  X6: 'would harm relations with a foreign government, expose a confidential source, or undercut diplomacy still under way',
  X7: 'would weaken the protection of the President, the Vice President or others under protection',
  X8: 'would break a statute, treaty or international agreement',
  '25X1': 'would reveal a confidential human source, or how an intelligence source or method is used',
  '25X2': 'would help someone develop or use weapons of mass destruction',
  '25X3': 'would weaken U.S. cryptologic systems or activities',
  '25X4': 'would weaken advanced technology in a U.S. weapon system',
  '25X5': 'would reveal formally named or numbered U.S. war plans still in effect',
  '25X6': 'would seriously harm relations with a foreign government or diplomacy still under way',
  '25X7': 'would weaken the protection of the President, the Vice President or others under protection',
  '25X8': 'would weaken current emergency-preparedness plans, or expose weaknesses of systems that bear on national security',
  '25X9': 'would break a statute, treaty or international agreement',
  '50X1-HUM': 'would clearly reveal a confidential human source or a human-intelligence source (kept classified past 50 years)',
  '50X2-WMD': 'would reveal key design concepts of weapons of mass destruction (kept classified past 50 years)',
};

/** Why an exemption code keeps a cable classified, or undefined for an unknown code. */
export function exemptionMeaning(code: string): string | undefined {
  const key = code.toUpperCase().replace(/^X\./, 'X');
  const meaning = EXEMPTIONS[key];
  if (!meaning) return undefined;
  const horizon = key.startsWith('50X') ? 'exempt from declassification at 50 years' : key.startsWith('25X') ? 'exempt from automatic declassification at 25 years' : 'exempt from declassification at 10 years';
  return `${horizon}: disclosure ${meaning}`;
}

export const OADR_MEANING = 'Originating Agency\'s Determination Required: no date is set; the agency that wrote the cable decides when it may be declassified';
export const MR_MEANING = 'Manual Review: the cable is reviewed by hand before any declassification';
export const NOT_APPLICABLE_MEANING = 'No declassification instruction: the cable is not classified';
export const SCHEDULE_MEANING = 'A declassification schedule of the 1970s orders (GDS: general schedule; XGDS, RDS, XDS: exempt, review or extended schedules)';
export const DOWNGRADE_MEANING = 'A downgrading instruction: the cable drops to a lower level on the date given';
