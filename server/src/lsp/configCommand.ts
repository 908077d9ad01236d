// The command behind the config quick fixes (node/configActions.ts): its id and its argument, read
// back with the same checks that chose what to offer. Pure, so the shared wiring can check a
// command before asking its host to carry it out.
import { RULE_IDS } from '../service';

export const CHANGE_CONFIG_COMMAND = 'cable.changeConfig';

export type ConfigChange = { addTag: string } | { turnOff: string };

/** A TAG as a config can list it: what the rule flags is a token of letters, digits and hyphens. */
export const TAG_SHAPE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

/** A cable going out under-classified is silenced only by naming the rule by hand (SECURITY.md), never by a click. */
export const NEVER_TURNED_OFF = 'banner-understates';

/** Reads a command's change argument, or undefined when it is not one. */
export function readChange(value: unknown): ConfigChange | undefined {
  const v = value as Record<string, unknown> | null;
  if (typeof v?.addTag === 'string' && TAG_SHAPE.test(v.addTag)) return { addTag: v.addTag };
  if (typeof v?.turnOff === 'string' && RULE_IDS.has(v.turnOff) && v.turnOff !== NEVER_TURNED_OFF) return { turnOff: v.turnOff };
  return undefined;
}
