import type { User } from '#contracts/people.ts';

/** Who is acting, as the use cases need it. */
export type Principal = {
  tenantId: string;
  userId: string;
  userName: string;
  email: string;
  csrfToken: string;
  grants: {
    id: string;
    role: User['grants'][number]['role'];
    unitId: string | null;
    unitName: string | null;
  }[];
};

/** The system itself acting (the demo seed, the command line): no user, a name for the log. */
export type SystemActor = { tenantId: string; userId: null; userName: string };

export const actorOf = (p: Principal | SystemActor) => ({
  tenantId: p.tenantId,
  userId: p.userId,
  userName: p.userName,
});
