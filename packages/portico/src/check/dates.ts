/**
 * Date rules that need "today" or look across a record: diplomatic relations from 1945 to today
 * (the schema knows no clock), and a note for 29 February, which exists only in leap years.
 * Every other date field is checked by its schema: real dates only (YYYY-MM-DD, YYYY-MM, MM-DD).
 */
import type { CheckContext, Item } from './context.ts';
import { lineOf } from './reading.ts';

const at = (item: Item, path: (string | number)[]) => {
  const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
  return line === undefined ? undefined : item.yamlStart + line - 1;
};
const field = (item: Item, path: (string | number)[]) => [...item.prefix, ...path].join('.');

export function checkDates(ctx: CheckContext): void {
  const year = Number(ctx.today.slice(0, 4));
  for (const item of ctx.items) {
    const data = item.data;
    if (!data) continue;
    if (item.collection === 'diplomatic-relations') {
      const established = String(data.established ?? '');
      // "1995" and "1995-07" are compared by what they say: the year, or the month.
      if (established && established > ctx.today.slice(0, established.length)) {
        ctx.rule(
          'relation.range',
          { file: item.file, field: field(item, ['established']), line: at(item, ['established']), found: established },
          { today: ` (${ctx.today})` },
        );
      }
      const history = Array.isArray(data.history) ? (data.history as { year?: number }[]) : [];
      history.forEach((step, i) => {
        if (typeof step.year === 'number' && step.year > year)
          ctx.rule(
            'relation.range',
            {
              file: item.file,
              field: field(item, ['history', i, 'year']),
              line: at(item, ['history', i, 'year']),
              found: step.year,
            },
            { today: ` (${ctx.today})` },
          );
      });
    }
    if (item.collection === 'calendar-dates' && data.calendar === 'solar') {
      const recurring = typeof data.recurring === 'string' ? data.recurring : undefined;
      const date = typeof data.date === 'string' ? data.date : undefined;
      if (recurring === '02-29')
        ctx.warn('feb29.note', {
          file: item.file,
          field: field(item, ['recurring']),
          line: at(item, ['recurring']),
          found: recurring,
        });
      else if (!recurring && date?.endsWith('-02-29'))
        ctx.warn('feb29.note', {
          file: item.file,
          field: field(item, ['date']),
          line: at(item, ['date']),
          found: date,
        });
    }
    if (item.collection === 'festivals') {
      const date = data.date as { calendar?: string; month?: number; day?: number } | undefined;
      if (date?.calendar === 'solar' && date.month === 2 && date.day === 29)
        ctx.warn('feb29.note', { file: item.file, field: 'date.day', line: at(item, ['date', 'day']), found: 29 });
    }
  }
}
