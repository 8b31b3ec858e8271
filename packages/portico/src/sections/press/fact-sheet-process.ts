/**
 * Draws fact sheets in a process of its own (lib/helper-process.ts): the font subsetting
 * (HarfBuzz and its WOFF2 tools, WebAssembly memories of about 100 MB that never shrink) and the
 * two 10 MB fonts stay out of the build's process while its pages render.
 */
import { loadBundledFonts } from '../../frame/og/font-files.ts';
import { serveCalls } from '../../lib/helper-process.ts';
import type { FactSheet } from './fact-sheet.ts';
import { factSheetPdf } from './fact-sheet-pdf.ts';

serveCalls({
  factSheetPdf: async (sheet: FactSheet) => factSheetPdf(sheet, await loadBundledFonts()),
});
