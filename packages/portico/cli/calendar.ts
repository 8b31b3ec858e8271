/**
 * npm run calendar -- --year 2025 [--json] [--lang vi|en|zh]
 *
 * Prints a year's calendar: national and provincial dates, festivals and diplomatic anniversaries,
 * with the same rules as the site's year pages (dates other than yearly ones only on round
 * anniversaries). Reads the content files directly and checks them with the site's schemas.
 */
import { parseArgs } from 'node:util';
import { buildNow } from '../src/frame/clock.ts';
import { isLocale, type Locale } from '../src/i18n/locales.ts';
import { lunarSpanLabel } from '../src/sections/calendar/format.ts';
import { todayIn, yearOccurrences } from '../src/sections/calendar/logic.ts';
import { anniversaryLabel, type Occurrence } from '../src/sections/calendar/anniversaries.ts';
import { SUPPORTED_YEARS } from '../src/sections/calendar/lunar.ts';
import { loadCalendarEntries } from '../src/sections/calendar/source.ts';
import { EditorError } from '../src/lib/editor-error.ts';
import { readSiteConfig } from '../src/config/load.ts';
import { formatReport } from '../src/lib/problems.ts';

const root = process.cwd();

const USAGE = [
  'Cách dùng / Usage: npm run calendar -- --year <YYYY> [--json] [--lang vi|en|zh]',
  '  --year  năm dương lịch / the solar year (mặc định: năm nay / default: this year)',
  '  --json  in ra JSON / print JSON',
  '  --lang  ngôn ngữ của bảng / language of the table (vi, en, zh)',
].join('\n');

function fail(vi: string, en: string): never {
  throw new EditorError(`✖ ${vi}\n✖ ${en}\n\n${USAGE}`);
}

/** One occurrence as the JSON output gives it. */
function toJson(o: Occurrence) {
  return {
    date: o.date,
    ...(o.endDate ? { endDate: o.endDate } : {}),
    id: o.id,
    kind: o.kind,
    title: o.title,
    calendar: o.calendar,
    precision: o.precision,
    ...(o.lunar ? { lunar: { month: o.lunar.month, day: o.lunar.day, leap: o.lunar.leap } } : {}),
    ...(o.chinaDate ? { chinaDate: o.chinaDate } : {}),
    anniversary: o.anniversary,
    round: o.round,
    major: o.major,
    jubilee: o.jubilee,
    confirmed: o.confirmed,
  };
}

/** A plain-text table, columns padded to their widest cell (by code points). */
function table(rows: string[][]): string {
  // East Asian wide characters take two columns in a terminal.
  const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
  const width = (s: string) => [...s].reduce((n, ch) => n + (wide.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        year: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'vi' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Tham số không hợp lệ (${reason}).`, `Invalid argument (${reason}).`);
  }
  const site = await readSiteConfig(root);
  if (!site.ok) throw new EditorError(formatReport(site.problems));
  const { province } = site.config;
  const now = buildNow();
  const yearText = args.year ?? String(todayIn(now, province.timeZone).year);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year <= SUPPORTED_YEARS.min || year >= SUPPORTED_YEARS.max) {
    fail(
      `Năm "${yearText}" không hợp lệ: hãy ghi một năm bốn chữ số từ ${SUPPORTED_YEARS.min + 1} đến ${SUPPORTED_YEARS.max - 1}.`,
      `"${yearText}" is not a valid year: give a four-digit year from ${SUPPORTED_YEARS.min + 1} to ${SUPPORTED_YEARS.max - 1}.`,
    );
  }
  const lang = args.lang ?? 'vi';
  if (!isLocale(lang))
    fail(`Ngôn ngữ "${lang}" không có: dùng vi, en hoặc zh.`, `No language "${lang}": use vi, en or zh.`);
  const locale: Locale = lang;

  const occurrences = yearOccurrences(loadCalendarEntries(root, now), year);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(occurrences.map(toJson), null, 2)}\n`);
    return;
  }
  const head = {
    vi: ['Ngày', 'Âm lịch', 'Loại', 'Kỷ niệm', 'Tên'],
    en: ['Date', 'Lunar', 'Kind', 'Anniversary', 'Title'],
    zh: ['日期', '农历', '类别', '周年', '名称'],
  }[locale];
  const rows = occurrences.map((o) => [
    o.date ? (o.endDate ? `${o.date}…${o.endDate.slice(5)}` : o.date) : `${year} (?)`,
    o.lunar ? lunarSpanLabel(o.lunar, o.endDate, locale) : '',
    o.kind,
    o.anniversary
      ? `${anniversaryLabel(o.anniversary, locale)}${o.jubilee ? ' ★★★' : o.major ? ' ★★' : o.round ? ' ★' : ''}`
      : '',
    `${o.title[locale]}${o.confirmed ? '' : ' (?)'}`,
  ]);
  console.log(table([head, ...rows]));
  console.log(
    `\n${occurrences.length} mục / entries · ★ chia hết cho 5 / multiple of 5 · ★★ 10 · ★★★ 25 · (?) chưa xác nhận ngày / date not confirmed`,
  );
}

try {
  await main();
} catch (error) {
  if (error instanceof EditorError) {
    console.error(error.message);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✖ Không lập được lịch: ${message}\n✖ The calendar could not be computed: ${message}`);
  }
  process.exit(1);
}
