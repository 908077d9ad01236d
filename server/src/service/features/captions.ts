// What the caption lines under the banner mean (model.captions, by normalised name). Only what
// the Foreign Affairs Handbook (5 FAH-2 H-250, H-440) or the captions' own expansions make
// certain: where a caption's use is not documented well enough, it says no more than its kind.

const CAPTION_MEANINGS: Record<string, string> = {
  SIPDIS: "SIPRNet distribution; the cable may be shared with other agencies over SIPRNet, the U.S. government's Secret-level network",
  NOFORN: 'not releasable to foreign nationals',
  EXDIS: 'exclusive distribution; the cable goes only to a small, restricted readership (NODIS is stricter)',
  NODIS: 'no distribution beyond the persons the cable is meant for; stricter than EXDIS',
  LIMDIS: 'limited distribution; the cable does not get the usual wide distribution',
  STADIS: 'State distribution only; the cable is not distributed outside the Department of State',
  SENSITIVE: 'Sensitive But Unclassified (SBU); under an `UNCLAS` banner the cable is SBU',
  'CORRECTED COPY': 'the cable sent again with corrections',
  EFTO: 'Encrypt For Transmission Only; unclassified text that is sent encrypted',
  ROGER: 'a channel caption; the cable goes only to the readers of that channel',
  CHEROKEE: 'a channel caption; the cable goes only to the readers of that channel',
  'SPECIAL HANDLING': 'a handling caption; the cable is to be handled under special restrictions',
  'VISAS VIPER': 'a Visas Viper report, naming people the post suspects of terrorist ties for the U.S. watchlists',
  'NOT FOR INTERNET DISTRIBUTION': 'the cable is not to be posted on the Internet',
};

/** The captions by name without blanks, for a caption on the banner line written `E F T O`. */
const BY_SQUASHED = new Map(Object.keys(CAPTION_MEANINGS).map((name) => [name.replace(/ /g, ''), name]));

/** `**SIPDIS** caption: SIPRNet distribution; ...` for a known caption name, as written or spaced out. */
export function captionMeaning(written: string): string | undefined {
  const name = BY_SQUASHED.get(written.replace(/[\s.]/g, '').toUpperCase());
  return name && `**${name}** caption: ${CAPTION_MEANINGS[name]}.`;
}
