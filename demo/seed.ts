import { reorganisationInput, type ReorganisationChangeInput } from '#contracts/org.ts';
import type { Database } from '#server/db/client.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { reorganise, treeAt } from '#server/modules/org/org.usecases.ts';
import {
  addGrant,
  createUser,
  hashedUser,
  updateUser,
} from '#server/modules/people/people.usecases.ts';
import { createTenant } from '#server/modules/tenants/tenants.usecases.ts';
import type { Principal } from '#server/principal.ts';
import { repositories } from '#server/repositories.ts';
import { seedEconomy2015 } from './economy2015.ts';
import { seedEfficiency2015 } from './efficiency2015.ts';
import { seedFollowUp2015 } from './followup2015.ts';
import { seedReports2015 } from './reports2015.ts';
import { seedDecisionCase2015 } from './decisions2015.ts';
import { seedStaff2015 } from './staff2015.ts';
import { seedInternalControl2015 } from './internalcontrol2015.ts';
import { seedCompass2021 } from './compass2021.ts';
import {
  baseline,
  importAccount,
  baselineChanges,
  baselineUnits,
  changes2007,
  DEMO_PASSWORD,
  demoUsers,
  reorganisation2007,
  tenant,
} from './stockholm.ts';

/**
 * Seed the demo municipality through the same use cases the app uses, in one transaction:
 * either the whole demo is there or none of it.
 */
export async function seedDemo(database: Database, log: (line: string) => void = () => {}) {
  return inTransaction(database.db, async (tx) => {
    const repos = repositories(tx);
    log(`Demo: creating ${tenant.name} (${tenant.scbCode})…`);
    const created = await createTenant(repos, tenant);
    const system = { tenantId: created.id, userId: null, userName: 'Rödtråd demo' };

    log(`Demo: organisation from ${baseline.effectiveDate} (${baselineChanges().length} units)…`);
    await reorganise(
      repos,
      system,
      reorganisationInput.parse({ ...baseline, changes: baselineChanges(), revision: 0 }),
    );

    const before = await treeAt(repos, created.id, '2006-12-31');
    const idOf = (key: string) => {
      const name = baselineUnits.find((u) => u.key === key)?.name;
      const unit = before.units.find((u: { name: string }) => u.name === name);
      if (!unit) throw new Error(`demo: no unit ${key}`);
      return unit.id;
    };
    const ref = (key: string) =>
      changes2007.some((c) => c.type === 'open' && c.key === key) ? { key } : { unitId: idOf(key) };
    const changes: ReorganisationChangeInput[] = changes2007.map((change) => {
      switch (change.type) {
        case 'open':
          return {
            type: 'open',
            key: change.key,
            name: change.name,
            kind: change.kind,
            parent: ref(change.parent),
          };
        case 'close':
          return { type: 'close', unitId: idOf(change.unit) };
        case 'replace':
          return { type: 'replace', unitId: idOf(change.unit), by: ref(change.by) };
        case 'move':
          return { type: 'move', unitId: idOf(change.unit), parent: ref(change.parent) };
      }
    });
    log(
      `Demo: ${reorganisation2007.title} (${reorganisation2007.effectiveDate}, ${changes.length} changes)…`,
    );
    await reorganise(
      repos,
      system,
      reorganisationInput.parse({ ...reorganisation2007, changes, revision: before.revision }),
    );

    log(`Demo: ${demoUsers.length} users (password "${DEMO_PASSWORD}")…`);
    for (const demoUser of demoUsers) {
      const user = await createUser(
        repos,
        system,
        await hashedUser({ email: demoUser.email, name: demoUser.name, password: DEMO_PASSWORD }),
      );
      await addGrant(repos, system, user.id, {
        role: demoUser.role,
        unitId: demoUser.unit === null ? null : idOf(demoUser.unit),
      });
    }

    // The 2015 follow-up is entered in the name of a disabled account that says where it came
    // from, so that the audit log and "last changed by" tell the truth about it.
    const importer = await createUser(repos, system, await hashedUser(importAccount));
    await updateUser(repos, system, importer.id, { disabled: true, version: importer.version });
    const principal: Principal = {
      tenantId: created.id,
      userId: importer.id,
      userName: importer.name,
      email: importer.email,
      csrfToken: '',
      grants: [{ id: 'demo-import', role: 'admin', unitId: null, unitName: null }],
    };
    await seedFollowUp2015(repos, principal, { council: idOf('kf'), board: idOf('ks') }, log);
    await seedEconomy2015(repos, principal, { board: idOf('ks') }, log);
    await seedEfficiency2015(repos, principal, { board: idOf('ks') }, log);
    const vb2015 = (await repos.years.periodByKey(created.id, 2015, 'VB'))!;
    await seedReports2015(repos, principal, { unitId: idOf('ks'), periodId: vb2015.id }, log);
    await seedDecisionCase2015(repos, principal, { unitId: idOf('ks'), periodId: vb2015.id }, log);
    await seedStaff2015(repos, principal, { board: idOf('ks') }, log);
    await seedInternalControl2015(repos, principal, { board: idOf('ks') }, log);
    await seedCompass2021(repos, principal, log);
    return created;
  });
}

/** On first start the embedded database is empty: seed the demo; later starts keep the data. */
export async function seedDemoIfEmpty(database: Database, log: (line: string) => void) {
  const existing = await repositories(database.db).tenants.list();
  if (existing.length > 0) {
    log(`Database holds ${existing.length} tenant(s); demo not seeded again.`);
    return null;
  }
  return seedDemo(database, log);
}
