import type { Db } from './db/client.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createOrgRepository } from './modules/org/org.repository.ts';
import { createPeopleRepository } from './modules/people/people.repository.ts';
import { createTenantsRepository } from './modules/tenants/tenants.repository.ts';

/** Every module's repository over one connection or transaction: what use cases are given. */
export function repositories(db: Db) {
  return {
    tenants: createTenantsRepository(db),
    people: createPeopleRepository(db),
    audit: createAuditRepository(db),
    org: createOrgRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;
