import type { CreateTenantInput, Tenant } from '#contracts/tenants.ts';
import { createError } from '#server/errors.ts';
import type { TenantsRepository } from './tenants.repository.ts';

export const tenantExists = createError(
  'tenants.scb_code_taken',
  409,
  'A tenant with this SCB code exists',
);

export async function createTenant(
  { tenants }: { tenants: TenantsRepository },
  input: CreateTenantInput,
): Promise<Tenant> {
  if (await tenants.findByScbCode(input.scbCode)) {
    throw tenantExists(
      { scbCode: input.scbCode },
      `A tenant with SCB code ${input.scbCode} exists`,
    );
  }
  return tenants.insert(input);
}
