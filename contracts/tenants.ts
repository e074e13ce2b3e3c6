import { z } from 'zod';
import { id, shortText } from './common.ts';

export const tenantKinds = ['kommun', 'region'] as const;
export const tenantKind = z.enum(tenantKinds);
export type TenantKind = z.infer<typeof tenantKind>;

/** SCB's four-digit municipality code (0180 Stockholm) or two-digit county code for a region (01). */
export const scbCode = z.string().regex(/^\d{2}(\d{2})?$/, {
  error: 'must be an SCB code of two (region) or four (kommun) digits',
});

export const tenant = z.object({
  id,
  name: z.string(),
  scbCode: z.string(),
  kind: tenantKind,
});
export type Tenant = z.infer<typeof tenant>;

export const createTenantInput = z.strictObject({
  name: shortText(120),
  scbCode,
  kind: tenantKind,
});
export type CreateTenantInput = z.infer<typeof createTenantInput>;
