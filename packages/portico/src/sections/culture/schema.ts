import { z } from 'astro/zod';
import { proseBase } from '../../collections/fields.ts';

export const CULTURE_KINDS = ['community', 'heritage', 'craft', 'cuisine', 'custom', 'arts'] as const;

/** A culture article. */
export const CultureSchema = () =>
  proseBase()
    .extend({
      /**
       * community, heritage, craft, cuisine, custom or arts.
       * vi: Chủ đề — community (cộng đồng), heritage (di sản), craft (nghề thủ công), cuisine (ẩm thực), custom (phong tục) hoặc arts (nghệ thuật).
       */
      kind: z.enum(CULTURE_KINDS),
      /**
       * Position in lists (1 first).
       * vi: Thứ tự — Vị trí trong danh sách (1 là đầu tiên).
       */
      order: z.number().int().min(1).default(100),
    })
    .strict();
