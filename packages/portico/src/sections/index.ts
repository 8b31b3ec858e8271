/**
 * THE registry of sections, in the order of the primary navigation. A new section is one folder
 * under src/sections/ (with its section.ts) and one line here.
 */
import { invest } from './invest/section.ts';
import { visit } from './visit/section.ts';
import { culture } from './culture/section.ts';
import { calendar } from './calendar/section.ts';
import { press } from './press/section.ts';
import { search } from './search/section.ts';

export const SECTION_SPECS = [invest, visit, culture, calendar, press, search] as const;

export type SectionSpecs = typeof SECTION_SPECS;
export type { SectionSpec } from './spec.ts';
