// The rule catalog, in the order of the reference's table. Ids are a public contract.
import { bannerMissing } from './banner-missing';
import { bannerFormat } from './banner-format';
import { bannerUnderstates } from './banner-understates';
import { bannerOverstates } from './banner-overstates';
import { sectionNumbering } from './section-numbering';
import { captionNoforn } from './caption-noforn';
import { eoMissing } from './eo-missing';
import { eoFormat } from './eo-format';
import { eoEra } from './eo-era';
import { eoDecl } from './eo-decl';
import { tagsMissing } from './tags-missing';
import { tagsUnknown } from './tags-unknown';
import { tagsComposition } from './tags-composition';
import { subjectMissing } from './subject-missing';
import { refUndefined } from './ref-undefined';
import { refUnused } from './ref-unused';
import { refFormat } from './ref-format';
import { classifiedByMissing } from './classified-by-missing';
import { classifiedByReason } from './classified-by-reason';
import { paragraphNumbering } from './paragraph-numbering';
import { portionMarkingMissing } from './portion-marking-missing';
import { portionMarkingFormat } from './portion-marking-format';
import { summaryPairing } from './summary-pairing';
import { commentPairing } from './comment-pairing';
import { dtgFormat } from './dtg-format';
import { Rule } from '../lint/rule';

export const RULES: readonly Rule[] = [
  bannerMissing,
  bannerFormat,
  bannerUnderstates,
  bannerOverstates,
  sectionNumbering,
  captionNoforn,
  eoMissing,
  eoFormat,
  eoEra,
  eoDecl,
  tagsMissing,
  tagsUnknown,
  tagsComposition,
  subjectMissing,
  refUndefined,
  refUnused,
  refFormat,
  classifiedByMissing,
  classifiedByReason,
  paragraphNumbering,
  portionMarkingMissing,
  portionMarkingFormat,
  summaryPairing,
  commentPairing,
  dtgFormat,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
