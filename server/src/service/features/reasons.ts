// What the "Classified By" reason letters stand for, in our own words. E.O. 12958 as issued listed
// seven categories in section 1.5; its 2003 amendment (and E.O. 13526 after it) moved the list to
// section 1.4, widened two categories and added an eighth.

const SECTION_1_5: Record<string, string> = {
  a: 'military plans, weapons or operations',
  b: 'information received in confidence from a foreign government',
  c: 'intelligence activities, sources or methods, and cryptology',
  d: 'U.S. foreign relations and activities abroad, including confidential sources',
  e: 'scientific, technological or economic matters bearing on national security',
  f: 'U.S. programs for safeguarding nuclear materials and facilities',
  g: 'weaknesses or capabilities of systems, installations, projects or plans that bear on national security',
};

const SECTION_1_4: Record<string, string> = {
  ...SECTION_1_5,
  c: 'intelligence activities (including covert or special activities), sources or methods, and cryptology',
  e: 'scientific, technological or economic matters bearing on national security, including defence against transnational terrorism',
  g: 'weaknesses or capabilities of systems, installations, infrastructure, projects, plans or protection services that bear on national security, including defence against transnational terrorism',
  h: 'weapons of mass destruction',
};

/** The meaning of a reason letter under section `1.4` or `1.5`, if that section defines it. */
export function reasonMeaning(section: string | undefined, letter: string): string | undefined {
  // Any other section (1.3, 1.6) lists no reasons by letter: a 1.4 meaning would be made up.
  const table = section === '1.5' ? SECTION_1_5 : section === '1.4' ? SECTION_1_4 : undefined;
  return table?.[letter.toLowerCase()];
}
